import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { repoRoot } from './site.js'

/**
 * The shared corpora and schemas: `../shared` beside the repository (CI clones it there). In a git
 * worktree elsewhere, the one beside the main checkout. Never an absolute machine path.
 */
export const sharedDir = findSharedDir()

function findSharedDir(): string {
  const beside = resolve(repoRoot, '../shared')
  if (existsSync(beside)) return beside
  try {
    const commonDir = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    const besideMain = resolve(dirname(commonDir), '../shared')
    if (existsSync(besideMain)) return besideMain
  } catch {
    // Not a git checkout: keep the documented place.
  }
  return beside
}
