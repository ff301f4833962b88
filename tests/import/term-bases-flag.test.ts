// `nichepress import export.xml --category-base thema --tag-base schlagwort`: a WordPress site whose
// Settings → Permalinks set other bases than `category` and `tag` keeps its category and tag URLs.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { cliBin, repoRoot } from '../helpers/site.js'

const exportFile = join(repoRoot, 'packages/import/test/fixtures/real/wordpress-theme-unit-test/themeunittestdata.wordpress.xml')
const root = mkdtempSync(join(tmpdir(), 'np-term-bases-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function importJson(...extra: string[]) {
  const result = spawnSync(process.execPath, [cliBin, 'import', exportFile, '--root', root, '--dry-run', '--json', ...extra], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  const json = result.status === 0 ? (JSON.parse(result.stdout) as { report: { items: Array<{ ruleId: string; original?: string }> } }) : undefined
  const redirected = json?.report.items.filter((item) => item.ruleId === 'import-url-redirected').map((item) => item.original ?? '') ?? []
  return { status: result.status, stderr: result.stderr, redirected }
}

test('--category-base and --tag-base move the redirected category and tag URLs; a bad base is a usage error', () => {
  const defaults = importJson()
  expect(defaults.status).toBe(0)
  expect(defaults.redirected).toContain('/category/parent-category/child-category-01/')

  const custom = importJson('--category-base', 'thema', '--tag-base', 'schlagwort')
  expect(custom.status).toBe(0)
  expect(custom.redirected).toContain('/thema/parent-category/child-category-01/')
  expect(custom.redirected.some((from) => from.startsWith('/schlagwort/'))).toBe(true)
  expect(custom.redirected.some((from) => from.startsWith('/category/') || from.startsWith('/tag/'))).toBe(false)

  const wrong = importJson('--category-base', '../up')
  expect(wrong.status).toBe(1)
  expect(wrong.stderr).toContain('--category-base must be the base as WordPress shows it')
  expect(wrong.stderr).not.toMatch(/\n\s+at /)
}, 120_000)
