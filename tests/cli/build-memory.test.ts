import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { totalmem, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { cliBin, repoRoot } from '../helpers/site.js'

const out = mkdtempSync(join(tmpdir(), 'np-build-memory-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

function build(env: Record<string, string>): { heapMegabytes: number; ok: boolean; pages: number } {
  const stdout = execFileSync(process.execPath, [cliBin, 'build', '--root', join(repoRoot, 'starters/nischenblog'), '--out', out, '--json', '--no-cache'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })
  return JSON.parse(stdout) as { heapMegabytes: number; ok: boolean; pages: number }
}

test('the build thread gets a heap sized to the site, or the one NICHEPRESS_HEAP_MB names', () => {
  const sized = build({})
  expect(sized.ok).toBe(true)
  // 384 MiB base plus 96 KiB for each of the starter's Markdown files.
  expect(sized.heapMegabytes).toBeGreaterThan(384)
  expect(sized.heapMegabytes).toBeLessThan(400)
  expect(build({ NICHEPRESS_HEAP_MB: '700' }).heapMegabytes).toBe(700)
})

test('a build that runs out of its heap runs again with what the machine can give, and succeeds', () => {
  const result = build({ NICHEPRESS_HEAP_MB: '8' })
  expect(result.ok).toBe(true)
  expect(result.heapMegabytes).toBe(Math.floor((totalmem() / 2 ** 20) * 0.75))
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Kocherkompass')
})
