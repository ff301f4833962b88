import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Every file below `dir` (relative, `/`-separated, sorted), skipping dot-files. Reads the disk. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  const found: string[] = []
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue
      const path = join(current, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile()) found.push(relative(dir, path).split(sep).join('/'))
    }
  }
  walk(dir)
  return found.sort()
}

/** A function that answers whether a file exists below `root` at a site path like `/files/a.pdf`. */
export function assetFinder(root: string, isAllowed: (path: string) => boolean = () => true): (path: string) => string | undefined {
  return (path) => {
    const clean = path.split(/[?#]/)[0]?.replace(/^\/+/, '') ?? ''
    if (clean === '' || clean.split('/').includes('..') || !isAllowed(clean)) return undefined
    const file = join(root, clean)
    try {
      return statSync(file).isFile() ? file : undefined
    } catch {
      return undefined
    }
  }
}
