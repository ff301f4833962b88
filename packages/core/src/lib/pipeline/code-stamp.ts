import { createHash } from 'node:crypto'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'

/** A stamp of every package's `dist` folder when core runs from a workspace checkout; empty for an installed package. */
export function workspaceCodeStamp(coreDir: string): string {
  if (coreDir.split(sep).includes('node_modules')) return ''
  const packagesDir = dirname(resolve(coreDir))
  const hash = createHash('sha1')
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) visit(path)
      else if (entry.isFile()) {
        const stats = statSync(path)
        hash.update(`${path}\0${stats.size}\0${stats.mtimeMs}\n`)
      }
    }
  }
  try {
    for (const name of readdirSync(packagesDir).sort()) {
      const dist = join(packagesDir, name, 'dist')
      if (existsSync(dist)) visit(dist)
    }
  } catch {
    return ''
  }
  return hash.digest('hex')
}
