// A Hugo site in a folder (baseURL https://x.de/blog/): its aliases and old URLs are paths below the
// baseURL (/posts/a/), and the import keeps the folder in `url`. Until a url could name a folder
// that config was invalid; now the imported site builds at /blog/ and every old URL redirects once.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { cliBin, germanOperatorLegal, readTree, writeFiles } from '../helpers/site.js'

const root = mkdtempSync(join(tmpdir(), 'np-hugo-folder-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

test('a Hugo site at https://x.de/blog/ is imported there; its old URLs redirect within /blog/', () => {
  const source = join(root, 'hugo')
  writeFiles(source, {
    'hugo.toml': 'baseURL = "https://x.de/blog/"\ntitle = "Zeltblog"\nlanguageCode = "de"\n',
    'content/posts/a.md': '---\ntitle: "A"\ndate: 2024-01-02\naliases: ["/alt/"]\ntags: ["zelte"]\n---\nSiehe [B](/posts/b/).\n',
    'content/posts/b.md': '---\ntitle: "B"\ndate: 2024-01-03\n---\nB.\n',
  })
  const site = join(root, 'site')
  const imported = spawnSync(process.execPath, [cliBin, 'import', source, '--root', site], { encoding: 'utf8' })
  expect(imported.status, imported.stderr).toBe(0)
  const config = JSON.parse(readFileSync(join(site, 'nichepress.config.json'), 'utf8')) as Record<string, unknown>
  expect(config['url']).toBe('https://x.de/blog')
  writeFileSync(join(site, 'nichepress.config.json'), JSON.stringify({ ...config, legal: germanOperatorLegal }))
  const built = spawnSync(process.execPath, [cliBin, 'build', '--root', site, '--out', join(site, 'public'), '--no-cache', '--json'], { encoding: 'utf8' })
  expect(built.status, `${built.stdout}${built.stderr}`).toBe(0)
  const tree = readTree(join(site, 'public'))
  const redirects = tree.get('_redirects')?.toString('utf8') ?? ''
  expect(redirects).toContain('/blog/alt/ /blog/a/ 301!')
  expect(redirects).toContain('/blog/posts/a/ /blog/a/ 301!')
  expect(redirects).toContain('/blog/index.xml /blog/feed.xml 301!')
  expect(redirects).not.toContain('/blog/blog/')
  expect(tree.get('a/index.html')?.toString('utf8')).toContain('<link rel="canonical" href="https://x.de/blog/a/">')
}, 120_000)
