// A WordPress install in a folder (https://zelt-ratgeber.de/blog): its export's links are paths from
// the host's root (/blog/2024/03/…). Since `url` may name a folder, writing the folder into `url`
// as well would put it in front of every old URL a second time (/blog/blog/2024/…): the site is
// imported to the root of its host and every old URL, folder included, redirects there.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { cliBin, germanOperatorLegal, readTree, repoRoot } from '../helpers/site.js'

const root = mkdtempSync(join(tmpdir(), 'np-wp-folder-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

test('old URLs in the folder redirect once, to the pages at the root of the host', () => {
  const fixture = join(repoRoot, 'packages/import/test/fixtures/wordpress')
  cpSync(fixture, join(root, 'export'), { recursive: true })
  const exportFile = join(root, 'export/export.xml')
  const xml = readFileSync(exportFile, 'utf8')
  expect(xml).toContain('https://zelt-ratgeber.de/2024/')
  writeFileSync(exportFile, xml.replaceAll('https://zelt-ratgeber.de', 'https://zelt-ratgeber.de/blog'))
  const site = join(root, 'site')
  const imported = spawnSync(process.execPath, [cliBin, 'import', exportFile, '--root', site], { encoding: 'utf8' })
  expect(imported.status, imported.stderr).toBe(0)
  const config = JSON.parse(readFileSync(join(site, 'nichepress.config.json'), 'utf8')) as Record<string, unknown>
  expect(config['url']).toBe('https://zelt-ratgeber.de')
  writeFileSync(join(site, 'nichepress.config.json'), JSON.stringify({ ...config, legal: germanOperatorLegal }))
  const built = spawnSync(process.execPath, [cliBin, 'build', '--root', site, '--out', join(site, 'public'), '--no-cache', '--json'], { encoding: 'utf8' })
  expect(built.status, `${built.stdout}${built.stderr}`).toBe(0)
  const redirects = readTree(join(site, 'public')).get('_redirects')?.toString('utf8') ?? ''
  expect(redirects).toContain('/blog/2024/03/beste-trekkingzelte/ /beste-trekkingzelte/ 301!')
  expect(redirects).not.toContain('/blog/blog/')
}, 120_000)
