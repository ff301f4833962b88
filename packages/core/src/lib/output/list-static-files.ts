import { readdir, realpath } from 'node:fs/promises'
import { existsSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { isWithin } from '../content/find-markdown-files.js'
import { symlinkOutsideSite, symlinkSkipped } from '../diagnostic-catalogue.js'
import { NichepressError } from '../diagnostics.js'
import type { VFileMessage } from 'vfile-message'

/** What to do with a symlink resolving outside the site (config `symlinks`); `report` gets the warnings. */
export interface SymlinkPolicy {
  symlinks?: 'error' | 'skip' | undefined
  report?: ((message: VFileMessage) => void) | undefined
}

/**
 * Files below `dir` as output paths (relative, `/`-separated) mapped to their absolute paths.
 * Symlinks are followed only while they stay inside `root` (the site) or `dir`: one resolving
 * outside is a `symlink-outside-site` error (thrown), so nothing outside the site is published; with
 * `symlinks: 'skip'` it is left out and reported as a `symlink-skipped` warning.
 */
export async function listStaticFiles(dir: string, prefix = '', root?: string, policy: SymlinkPolicy = {}): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  if (!existsSync(dir)) return found
  const allowed = [await realpath(dir), ...(root && existsSync(root) ? [await realpath(root)] : [])]
  const siteRoot = root ?? dir
  const visited = new Set<string>()
  const walk = async (folder: string, outputPrefix: string): Promise<void> => {
    const real = await realpath(folder)
    if (visited.has(real)) return
    visited.add(real)
    const entries = await readdir(folder, { recursive: true, withFileTypes: true })
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const absolute = join(entry.parentPath, entry.name)
      const path = outputPrefix + relative(folder, absolute).split(sep).join('/')
      if (entry.isSymbolicLink()) {
        let target: string
        try {
          target = await realpath(absolute)
        } catch {
          continue // dangling: nothing to publish
        }
        if (!allowed.some((folder) => isWithin(target, folder))) {
          const place = { file: relative(siteRoot, absolute).split(sep).join('/'), line: 1, column: 1 }
          if (policy.symlinks !== 'skip') throw new NichepressError('symlink outside the site', [symlinkOutsideSite.create(place, [target])])
          policy.report?.(symlinkSkipped.create(place, [target]))
          continue
        }
        const stats = statSync(target)
        if (stats.isFile()) found.set(path, absolute)
        else if (stats.isDirectory()) await walk(absolute, `${path}/`)
        continue
      }
      if (!entry.isFile()) continue
      found.set(path, absolute)
    }
  }
  await walk(dir, prefix)
  return new Map([...found.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))
}
