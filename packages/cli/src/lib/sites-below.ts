import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { configFileNames } from '@nichepress/core'

/**
 * Folders directly inside `dir` that hold a nichepress config: where someone who ran a command one
 * folder too high (create-nichepress's "cd my-blog" skipped) meant to be.
 */
export function sitesBelow(dir: string): string[] {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
  return entries
    .filter((entry) => entry.isDirectory() && entry.name !== 'node_modules' && configFileNames.some((name) => existsSync(join(dir, entry.name, name))))
    .map((entry) => entry.name)
    .sort()
}
