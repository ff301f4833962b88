import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { repoRoot } from '../helpers/site.js'

// The linter check CI runs (issue #17): Biome, pinned in the root package.json, configured in
// biome.jsonc. Errors fail; warnings are shown.
test('biome lint finds no errors', () => {
  const biome = join(repoRoot, 'node_modules/.bin/biome')
  const result = spawnSync(biome, ['lint', '--max-diagnostics=50', '.'], { cwd: repoRoot, encoding: 'utf8' })
  expect(result.error).toBeUndefined()
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0)
}, 60_000)
