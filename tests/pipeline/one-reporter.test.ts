import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { cliBin, repoRoot } from '../helpers/site.js'

// Issue #17, defect 2: `build` and `lint` printed two fix texts and two docs URLs (`/errors/` and
// `/rules/`) for the same broken link. One reporter, one catalogue entry, one URL per id.
const root = join(repoRoot, 'tests/pipeline', `.site-reporter-${process.pid}`)

beforeAll(() => {
  cpSync(join(repoRoot, 'starters/nischenblog'), root, { recursive: true, filter: (path) => !/[\\/](node_modules|public)$/.test(path) })
  appendFileSync(join(root, 'content/posts/spiritus-oder-gas.md'), '\nMehr im [Kocher-Test](/gibt-es-nicht/).\n')
})
afterAll(() => rmSync(root, { recursive: true, force: true, maxRetries: 5 }))

const run = (...args: string[]) => spawnSync(process.execPath, [cliBin, ...args, '--root', root], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })

/** The printed finding for `content/posts/spiritus-oder-gas.md`: its line and the lines below it. */
function finding(output: string): string[] {
  const lines = output.split('\n')
  const start = lines.indexOf('content/posts/spiritus-oder-gas.md')
  expect(start, output).toBeGreaterThanOrEqual(0)
  const at = lines.findIndex((line, index) => index > start && line.includes('broken-internal-link'))
  const below: string[] = []
  for (let index = at + 1; index < lines.length && /^ {11}\S/.test(lines[index] ?? ''); index++) below.push((lines[index] ?? '').trim())
  return [(lines[at] ?? '').replace(/\s+/g, ' ').trim(), ...below]
}

test('build and lint print the same finding with the same fix text and docs URL', () => {
  const build = run('build', '--no-cache', '--out', join(root, 'public'))
  const lint = run('lint')
  expect(build.status).toBe(1)
  expect(lint.status).toBe(1)
  const built = finding(build.stderr)
  const linted = finding(lint.stdout)
  expect(built.find((line) => line.startsWith('fix: '))).toBeDefined()
  expect(built).toContain('docs: https://nichepress.dev/errors/broken-internal-link/')
  expect(linted.filter((line) => /^(fix|docs): /.test(line))).toEqual(built.filter((line) => /^(fix|docs): /.test(line)))
  // Both end with the same kind of summary.
  expect(build.stderr).toMatch(/✖ \d+ problems? \(1 error/)
  expect(lint.stdout).toMatch(/✖ \d+ problems? \(1 error/)
}, 120_000)
