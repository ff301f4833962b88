// A German site's old Impressum and Datenschutz pages meet the pages nichepress generates from
// `legal` (/impressum/, /datenschutz/): `nichepress import` keeps the old texts as drafts, points
// links and old URLs at the generated pages, and the site builds — before, the build stopped with
// `duplicate-url` on every German site that had these pages (codefor.de, a real Hugo site, did).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { cliBin, makeSite, removeSite, writeFiles } from '../helpers/site.js'
import { siteConfig } from './site-config.js'

const root = makeSite({})
afterAll(() => removeSite(root))

function cli(...args: string[]) {
  return spawnSync(process.execPath, [cliBin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' } })
}

test('old legal pages become drafts; links and old URLs lead to the generated pages; the site builds', () => {
  writeFiles(root, {
    'old/_config.yml': 'url: https://verein.example\ntitle: Verein\nlang: de\n',
    'old/impressum.md': '---\ntitle: Impressum\npermalink: /impressum/\nredirect_from: /rechtliches/\n---\n\nVerein e.V., Musterweg 1, 12345 Musterstadt. Vereinsregister VR 1234.\n',
    'old/datenschutz.html': '---\ntitle: Datenschutz\npermalink: /datenschutzerklaerung/\n---\n\n<p>Wir speichern nichts.</p>\n',
    'old/_posts/2024-03-01-hallo.md': '---\ntitle: Hallo Welt\n---\n\nMehr im [Impressum](/impressum/) und in der [Datenschutzerklärung](/datenschutzerklaerung/#cookies).\n',
    'site/nichepress.config.json': siteConfig('Verein', 'https://verein.example'),
  })
  const imported = cli('import', join(root, 'old'), '--root', join(root, 'site'), '--json')
  expect(imported.status, imported.stderr).toBe(0)
  const report = JSON.parse(imported.stdout) as { report: { items: Array<{ ruleId: string; file: string }> } }
  expect(report.report.items.filter((item) => item.ruleId === 'import-generated-page-kept').map((item) => item.file).sort()).toEqual(['datenschutz.html', 'impressum.md'])

  // The old texts are kept, as drafts under another slug.
  const draft = readFileSync(join(root, 'site/content/pages/impressum-2.md'), 'utf8')
  expect(draft).toMatch(/^draft: true$/m)
  expect(draft).toContain('Vereinsregister VR 1234')
  expect(existsSync(join(root, 'site/content/pages/impressum.md'))).toBe(false)
  // Links lead to the generated pages, fragment kept.
  const post = readFileSync(join(root, 'site/content/posts/hallo.md'), 'utf8')
  expect(post).toContain('[Impressum](/impressum/)')
  expect(post).toContain('[Datenschutzerklärung](/datenschutz/#cookies)')
  // The old URLs /datenschutzerklaerung/ and /rechtliches/ redirect to the generated pages.
  const redirects = JSON.parse(readFileSync(join(root, 'site/import-redirects.json'), 'utf8')) as { redirects: Array<{ from: string; to: { url?: string } }> }
  expect(redirects.redirects.filter((redirect) => redirect.to.url === '/datenschutz/').map((redirect) => redirect.from)).toEqual(['/datenschutzerklaerung/'])
  // Another old URL of a page whose own URL the generated page took leads there too, not home.
  expect(redirects.redirects.filter((redirect) => redirect.to.url === '/impressum/').map((redirect) => redirect.from)).toEqual(['/rechtliches/'])

  const built = cli('build', '--root', join(root, 'site'))
  expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0)
  expect(readFileSync(join(root, 'site/public/impressum/index.html'), 'utf8')).toContain('Jana Beispiel')
  expect(existsSync(join(root, 'site/public/impressum-2/index.html'))).toBe(false)
}, 90_000)

// A Swiss operator's French site generates its Impressum at /mentions-legales/ (session 10): an old
// "Mentions légales" page there is kept as a draft like the German Impressum, or the build would stop
// with duplicate-url. Without the Swiss URL in the importer's list the old page took /mentions-legales/.
test('a Swiss French site: the old "Mentions légales" page becomes a draft and links lead to the generated one', () => {
  const lausanne = { street: 'Rue du Lac 5', postalCode: '1003', city: 'Lausanne', country: 'CH' }
  const legal = {
    updated: '2026-11-01',
    hosting: 'netlify',
    operator: { kind: 'person', name: 'Claire Exemple', address: lausanne },
    contact: { email: 'contact@exemple.example', phone: '+41 21 123 45 67' },
  }
  writeFiles(root, {
    'ancien/_config.yml': 'url: https://blog-ch.example\ntitle: Blog\nlang: fr\n',
    'ancien/mentions-legales.md': '---\ntitle: Mentions légales\npermalink: /mentions-legales/\n---\n\nClaire Exemple, Rue du Lac 5, 1003 Lausanne.\n',
    'ancien/_posts/2024-03-01-bonjour.md': '---\ntitle: Bonjour\n---\n\nVoir les [mentions légales](/mentions-legales/).\n',
    'site-ch/nichepress.config.json': JSON.stringify({ title: 'Blog', url: 'https://blog-ch.example', language: 'fr-CH', legal }),
  })
  const imported = cli('import', join(root, 'ancien'), '--root', join(root, 'site-ch'), '--json')
  expect(imported.status, imported.stderr).toBe(0)
  const report = JSON.parse(imported.stdout) as { report: { items: Array<{ ruleId: string; file: string }> } }
  expect(report.report.items.filter((item) => item.ruleId === 'import-generated-page-kept').map((item) => item.file)).toEqual(['mentions-legales.md'])
  expect(readFileSync(join(root, 'site-ch/content/pages/mentions-legales-2.md'), 'utf8')).toMatch(/^draft: true$/m)
  expect(existsSync(join(root, 'site-ch/content/pages/mentions-legales.md'))).toBe(false)
  expect(readFileSync(join(root, 'site-ch/content/posts/bonjour.md'), 'utf8')).toContain('[mentions légales](/mentions-legales/)')

  const built = cli('build', '--root', join(root, 'site-ch'))
  expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0)
  expect(readFileSync(join(root, 'site-ch/public/mentions-legales/index.html'), 'utf8')).toContain('<h1>Mentions légales</h1>')
}, 90_000)
