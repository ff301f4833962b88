import { readdir, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'

/** Result of walking a content folder: Markdown files found and entries that could not be walked. */
export interface FoundFiles {
  files: string[]
  /** `outside`: a symlink resolving outside the site folder (never followed; `reason` is its target). */
  problems: Array<{ path: string; reason: string; outside?: boolean }>
}

/** True when `path` is `folder` or inside it. */
export function isWithin(path: string, folder: string): boolean {
  const rest = relative(folder, path)
  return rest === '' || (rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest))
}

/**
 * Lists `*.md` files below `dir`, following symlinks but never into a folder it has already
 * entered (a symlink loop is reported, not followed), and never out of the site: a symlink that
 * resolves outside `root` (and outside `dir` itself) is reported, not read. Sorted, so builds are
 * deterministic.
 */
export async function findMarkdownFiles(dir: string, root: string = dir): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], problems: [] }
  const visited = new Set<string>()
  const allowed: string[] = []
  for (const folder of [root, dir]) {
    try {
      allowed.push(await realpath(folder))
    } catch {
      // Missing: nothing below it to allow.
    }
  }
  const isInsideSite = (real: string) => allowed.some((folder) => isWithin(real, folder))
  async function walk(current: string): Promise<void> {
    let real: string
    try {
      real = await realpath(current)
    } catch (error) {
      found.problems.push({ path: current, reason: describeFsError(error) })
      return
    }
    if (visited.has(real)) {
      found.problems.push({ path: current, reason: `symlink loop: ${current} leads back to ${real}, which is already part of the content` })
      return
    }
    visited.add(real)
    const entries = await readdir(current, { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const path = join(current, entry.name)
      let isDirectory = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        try {
          const real = await realpath(path)
          if (!isInsideSite(real)) {
            found.problems.push({ path, reason: real, outside: true })
            continue
          }
          const target = await stat(path)
          isDirectory = target.isDirectory()
          isFile = target.isFile()
        } catch (error) {
          found.problems.push({ path, reason: describeFsError(error) })
          continue
        }
      }
      if (isDirectory) await walk(path)
      else if (isFile && entry.name.endsWith('.md')) found.files.push(path)
    }
  }
  try {
    await stat(dir)
  } catch {
    return found
  }
  await walk(dir)
  return found
}

function describeFsError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && error.code === 'ELOOP') return 'symlink loop (the link points back to itself)'
  return error instanceof Error ? error.message : String(error)
}
