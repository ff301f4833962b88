import { readdir } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Files below `dir` as output paths (relative, `/`-separated) mapped to their absolute paths. */
export async function listStaticFiles(dir: string, prefix = ''): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  if (!existsSync(dir)) return found
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue
    const absolute = join(entry.parentPath, entry.name)
    found.set(prefix + relative(dir, absolute).split(sep).join('/'), absolute)
  }
  return new Map([...found.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))
}
