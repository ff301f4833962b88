import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { workspaceCodeStamp } from './code-stamp.js'

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

function workspace(base = mkdtempSync(join(tmpdir(), 'np-stamp-'))): string {
  roots.push(base)
  for (const name of ['core', 'consent']) {
    mkdirSync(join(base, 'packages', name, 'dist', 'lib'), { recursive: true })
    writeFileSync(join(base, 'packages', name, 'dist', 'lib', 'index.js'), `export const name = '${name}'\n`)
  }
  return join(base, 'packages', 'core')
}

test('in a workspace checkout, rebuilding any package changes the stamp (a cache of other code is not read)', () => {
  const core = workspace()
  const before = workspaceCodeStamp(core)
  expect(before).toMatch(/^[0-9a-f]{40}$/)
  expect(workspaceCodeStamp(core)).toBe(before)
  const plugin = join(core, '..', 'consent', 'dist', 'lib', 'index.js')
  writeFileSync(plugin, "export const name = 'consent, rebuilt'\n")
  utimesSync(plugin, new Date(2030, 0, 1), new Date(2030, 0, 1))
  expect(workspaceCodeStamp(core)).not.toBe(before)
})

test('an installed package (below node_modules) has no stamp: its version names its code', () => {
  const base = mkdtempSync(join(tmpdir(), 'np-stamp-'))
  roots.push(base)
  const core = workspace(join(base, 'node_modules', '@nichepress'))
  expect(workspaceCodeStamp(core)).toBe('')
})
