// `nichepress import export.xml --uploads <dir>`: a WordPress site's uploads folder that is not next
// to the export (a download of wp-content/uploads kept elsewhere) is found through the flag.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { cliBin, repoRoot } from '../helpers/site.js'

const fixture = join(repoRoot, 'packages/import/test/fixtures/wordpress')
const root = mkdtempSync(join(tmpdir(), 'np-uploads-flag-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function importJson(...extra: string[]) {
  const result = spawnSync(process.execPath, [cliBin, 'import', join(root, 'export/export.xml'), '--root', join(root, 'site'), '--dry-run', '--json', ...extra], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: result.status, stderr: result.stderr, json: result.status === 0 ? (JSON.parse(result.stdout) as { report: { counts: { assets: number }; items: Array<{ ruleId: string }> } }) : undefined }
}

test('without the flag the uploads are missing; with it they are copied; a wrong path is a usage error', () => {
  mkdirSync(join(root, 'export'), { recursive: true })
  mkdirSync(join(root, 'site'), { recursive: true })
  cpSync(join(fixture, 'export.xml'), join(root, 'export/export.xml'))
  cpSync(join(fixture, 'wp-content/uploads'), join(root, 'backup/uploads'), { recursive: true })

  const without = importJson()
  expect(without.status).toBe(0)
  expect(without.json?.report.counts.assets).toBe(0)
  expect(without.json?.report.items.map((item) => item.ruleId)).toContain('import-uploads-missing')

  const withFlag = importJson('--uploads', join(root, 'backup/uploads'))
  expect(withFlag.status).toBe(0)
  expect(withFlag.json?.report.counts.assets).toBe(1)
  expect(withFlag.json?.report.items.map((item) => item.ruleId)).not.toContain('import-uploads-missing')

  const wrong = importJson('--uploads', join(root, 'nowhere'))
  expect(wrong.status).toBe(1)
  expect(wrong.stderr).toContain('--uploads must be a folder')
}, 60_000)
