import { buildSite } from '@nichepress/core'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { htmlErrors } from '../helpers/html-validate.js'
import { makeSite, presetPath, removeSite } from '../helpers/site.js'

// Austrian German names January "Jänner" (ICU's de-AT data, Node's Intl). Real built sites: the
// theme's date lines (post, list, archive, a page's "Aktualisiert am") follow each page's language
// tag, the legal pages declare the country's German (de-AT) whatever the site's language, and a site
// of an Austrian operator that declares plain German is told once how to fix it.

const wien = { street: 'Mariahilfer Straße 1', postalCode: '1060', city: 'Wien', country: 'AT' }
const hamburg = { street: 'Musterweg 1', postalCode: '20095', city: 'Hamburg', country: 'DE' }
const austrian = { operator: { name: 'Erika Musterfrau', address: wien }, contact: { email: 'kontakt@beispiel.example', phone: '+43 1 2345678' }, mediaDisclosure: { businessPurpose: 'Blog', editorialLine: 'Tests' } }
const german = { operator: { name: 'Erika Mustermann', address: hamburg }, contact: { email: 'kontakt@beispiel.example', phone: '+49 40 1234567' }, responsibleForContent: { name: 'Erika Mustermann', address: hamburg } }

async function build(language: string, legal: Record<string, unknown>) {
  const root = makeSite({
    'nichepress.config.json': JSON.stringify({ title: 'Testblog', url: 'https://blog.example', language, legal: { updated: '2026-01-15', hosting: 'netlify', ...legal } }),
    'content/posts/neujahr.md': '---\ntitle: Neujahr\ndate: 2026-01-05\ndescription: Ein Test.\n---\n\nText.\n',
  })
  try {
    const result = await buildSite({ root, preset: presetPath, outDir: join(root, 'public'), cache: false })
    const read = (path: string) => readFileSync(join(result.outDir, path), 'utf8')
    return { messages: result.messages, post: read('neujahr/index.html'), home: read('index.html'), archive: read('archiv/index.html'), impressum: read('impressum/index.html'), privacy: read('datenschutz/index.html') }
  } finally {
    removeSite(root)
  }
}

test('a de-AT site of an Austrian operator says "Jänner" in every date line and on its legal pages', async () => {
  const site = await build('de-AT', austrian)
  expect(site.post).toContain('<html lang="de-AT"')
  expect(site.post).toContain('<time datetime="2026-01-05">5. Jänner 2026</time>')
  expect(site.home).toContain('5. Jänner 2026')
  expect(site.archive).toContain('5. Jänner 2026')
  for (const page of [site.impressum, site.privacy]) {
    expect(page).toContain('<html lang="de-AT"')
    expect(page).toContain('Aktualisiert am <time datetime="2026-01-15">15. Jänner 2026</time>')
    expect(page).toContain('Stand der Angaben: <time datetime="2026-01-15">15. Jänner 2026</time>')
    expect(page).not.toContain('Januar')
  }
  expect(site.messages.map((message) => message.ruleId)).not.toContain('legal-language-region')
  for (const page of [site.post, site.impressum]) expect(await htmlErrors(page)).toEqual([])
})

test('an Austrian operator’s site in plain "de": the legal pages still say "Jänner" (de-AT); the other pages are warned about once, with the fix', async () => {
  const site = await build('de', austrian)
  expect(site.impressum).toContain('<html lang="de-AT"')
  expect(site.impressum).toContain('Aktualisiert am <time datetime="2026-01-15">15. Jänner 2026</time>')
  expect(site.post).toContain('5. Januar 2026')
  const warnings = site.messages.filter((message) => message.ruleId === 'legal-language-region')
  expect(warnings).toHaveLength(1)
  expect(warnings[0]?.reason).toContain('the site\'s `language` is "de"')
  expect(warnings[0]?.note).toContain("Set `language: 'de-AT'`")
  expect(String(warnings[0]?.file)).toMatch(/nichepress\.config\.json$/)
  expect(warnings[0]?.fatal).toBe(false)
})

test('a German operator’s de site keeps "Januar" and lang="de" everywhere', async () => {
  const site = await build('de', german)
  for (const page of [site.post, site.impressum, site.privacy]) expect(page).toContain('<html lang="de"')
  expect(site.post).toContain('5. Januar 2026')
  expect(site.impressum).toContain('Stand der Angaben: <time datetime="2026-01-15">15. Januar 2026</time>')
  expect(site.messages.map((message) => message.ruleId)).not.toContain('legal-language-region')
})
