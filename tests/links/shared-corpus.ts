import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)))

/**
 * A corpus of ../shared/corpora beside the repository (CI clones the repository next to shared/; a
 * git worktree one folder deeper finds it one level further up).
 */
export function sharedCorpus(name: string): string {
  const candidates = [resolve(repoRoot, '../shared/corpora', name), resolve(repoRoot, '../../shared/corpora', name)]
  return candidates.find((path) => existsSync(path)) ?? candidates[0]!
}
