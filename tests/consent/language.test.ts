import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { htmlErrors } from '../helpers/html-validate.js'
import { elementLanguages, languageOf } from '../helpers/language-of.js'
import { cliBin, defaultTheme, germanOperatorLegal, makeSite, removeSite, repoRoot } from '../helpers/site.js'
import { serve } from './serve.js'
import { interceptThirdParties } from './stand-ins.js'

// The consent plugin's texts (placeholders, the footer's settings link, banner and dialog) are in the
// page's text language; where the page is in another language they say which (WCAG 2.2 SC 3.1.2).

const legal = germanOperatorLegal
const video = '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Video" width="560" height="315"></iframe>'

function post(title: string, lang: string | undefined, words: string): string {
  return `---\ntitle: ${title}\n${lang ? `lang: ${lang}\n` : ''}date: 2026-10-01\ndescription: A test post with a video.\n---\n\n${words}\n\n${video}\n`
}

const temps: string[] = []
// Build output (warnings) by output folder.
const logs = new Map<string, string>()
function buildSite(language: string, files: Record<string, string>, extra: Record<string, unknown> = {}): string {
  const config = {
    ...extra,
    title: 'Testblog',
    url: 'https://blog.example',
    language,
    description: 'A test blog.',
    publisher: { type: 'person', name: 'Pat', url: '/' },
    legal,
    consent: { services: { 'google-analytics': { measurementId: 'G-ABC1234567' } } },
  }
  const root = makeSite({ 'nichepress.config.json': JSON.stringify(config), ...files })
  const out = join(mkdtempSync(join(tmpdir(), 'np-consent-lang-')), 'out')
  temps.push(root, join(out, '..'))
  const run = spawnSync(process.execPath, [cliBin, 'build', '--root', root, '--out', out], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}${run.stderr}`)
  logs.set(out, `${run.stdout}${run.stderr}`)
  return out
}

function documentAt(out: string, url: string): string {
  return readFileSync(join(out, url, 'index.html'), 'utf8')
}

// The runtime's config block, as the browser reads it.
function runtimeConfigOf(html: string): { lang?: string; legalLang?: string; texts: Record<string, string>; privacyPolicyUrl: string; imprintUrl: string } {
  const json = /<script type="application\/json" id="np-consent-config">(.*?)<\/script>/s.exec(html)?.[1]
  if (!json) throw new Error('no consent config')
  return JSON.parse(json) as { lang?: string; legalLang?: string; texts: Record<string, string>; privacyPolicyUrl: string; imprintUrl: string }
}

// The legal pages exist once, in the site's text language: every link to them must lead to a page.
function legalLinksOf(out: string, html: string): string[] {
  const placeholder = [...html.matchAll(/<a href="(\/[^"#]*)#service-youtube"/g)].map((match) => match[1] as string)
  const config = runtimeConfigOf(html)
  return [...placeholder, config.privacyPolicyUrl, config.imprintUrl].filter((url) => !existsSync(join(out, url, 'index.html')))
}

let german = ''
let french = ''
let japanese = ''
beforeAll(() => {
  german = buildSite('de', {
    'content/posts/kocher.md': post('Kocher', undefined, 'Der Kocher ist gut.'),
    'content/posts/stove.md': post('Stove', 'en', 'The stove is good.'),
    'content/posts/rechaud.md': post('Réchaud', 'fr-CA', 'Le réchaud est bon.'),
    'content/posts/kokare.md': post('Kokare', 'sv', 'Kokaren är bra.'),
  })
  french = buildSite('fr', { 'content/posts/rechaud.md': post('Réchaud', undefined, 'Le réchaud est bon.') })
  japanese = buildSite('ja', { 'content/posts/konro.md': post('Konro', undefined, 'コンロは良いです。') })
}, 180_000)

afterAll(() => {
  for (const dir of temps) removeSite(dir)
})

describe('a German site', () => {
  test('a German post: placeholder and settings link in German, no lang needed', async () => {
    const html = documentAt(german, 'kocher')
    expect(languageOf(html, 'Inhalt von YouTube laden')).toBe('de')
    expect(languageOf(html, 'Cookie-Einstellungen')).toBe('de')
    expect(html).not.toMatch(/class="np-consent-embed"[^>]*\blang=/)
    expect(runtimeConfigOf(html).lang).toBeUndefined()
    expect(runtimeConfigOf(html).legalLang).toBeUndefined()
    expect(html).not.toContain('hreflang="de"')
    expect(await htmlErrors(html)).toEqual([])
  })

  test.each(['kocher', 'stove', 'rechaud', 'kokare'])('%s: placeholder and banner link the legal pages the site has', (slug) => {
    const html = documentAt(german, slug)
    expect(html).toContain('#service-youtube"')
    expect(legalLinksOf(german, html)).toEqual([])
  })

  test('an English post: its texts are English like the page, nothing to mark', () => {
    const html = documentAt(german, 'stove')
    expect(languageOf(html, 'Load content from YouTube')).toBe('en')
    expect(languageOf(html, 'Cookie settings')).toBe('en')
    expect(runtimeConfigOf(html).texts['acceptAll']).toBe('Accept all')
    expect(runtimeConfigOf(html).lang).toBeUndefined()
  })

  test('a French post (fr-CA): placeholder, settings link and banner are French like the post, nothing to mark', async () => {
    const html = documentAt(german, 'rechaud')
    expect(languageOf(html, 'Charger le contenu de YouTube')).toBe('fr-CA')
    expect(languageOf(html, 'Paramètres des cookies')).toBe('fr-CA')
    expect(html).not.toMatch(/class="np-consent-embed"[^>]*\blang=/)
    expect(runtimeConfigOf(html).texts['rejectAll']).toBe('Tout refuser')
    expect(runtimeConfigOf(html).lang).toBeUndefined()
    // The legal pages exist in the site's text language only: links to them say so (hreflang).
    expect(runtimeConfigOf(html).privacyPolicyUrl).toBe('/datenschutz/')
    expect(runtimeConfigOf(html).legalLang).toBe('de')
    expect(html).toMatch(/<a href="\/datenschutz\/#service-youtube" hreflang="de">Politique de confidentialité<\/a>/)
    expect(await htmlErrors(html)).toEqual([])
  })

  test('a Swedish post (no consent texts in sv): the German placeholder, settings link and banner say lang="de"; the post stays Swedish', async () => {
    const html = documentAt(german, 'kokare')
    expect(elementLanguages(html, 'np-consent-embed')).toEqual(['de'])
    expect(languageOf(html, 'Inhalt von YouTube laden')).toBe('de')
    expect(languageOf(html, 'Hier ist ein Inhalt von YouTube')).toBe('de')
    expect(languageOf(html, 'Cookie-Einstellungen')).toBe('de')
    expect(languageOf(html, 'Kokaren är bra.')).toBe('sv')
    expect(runtimeConfigOf(html).lang).toBe('de')
    expect(await htmlErrors(html)).toEqual([])
  })

  test('the build warns once, for Swedish, at the post\'s lang line, naming the key to set', () => {
    // The reporter ends a finding's line with its rule id.
    const warnings = (logs.get(german) ?? '').split('\n').filter((line) => line.trimEnd().endsWith(' consent-text-language'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('"sv"')
    expect(warnings[0]).toContain('consent.texts.sv')
    expect(logs.get(german)).toMatch(/kokare\.md[\s\S]*?3:1 +warning/)
  })
})

test('a French site: texts in French, no lang to mark, no consent-text-language warning (core\'s own texts still warn)', async () => {
  const html = documentAt(french, 'rechaud')
  expect(languageOf(html, 'Charger le contenu de YouTube')).toBe('fr')
  expect(languageOf(html, 'Paramètres des cookies')).toBe('fr')
  expect(html).not.toMatch(/class="np-consent-embed"[^>]*\blang=/)
  expect(runtimeConfigOf(html).lang).toBeUndefined()
  expect(runtimeConfigOf(html).texts['acceptAll']).toBe('Tout accepter')
  expect(logs.get(french)).not.toMatch(/ consent-text-language\s*$/m)
  expect(logs.get(french)).toMatch(/ text-language-defaulted\s*$/m)
  expect(logs.get(french)).not.toMatch(/consent banner[^\n]*are in English/)
  expect(await htmlErrors(html)).toEqual([])
})

test('a Japanese site (no consent texts in ja): texts default to English and say lang="en"; the build warns at the config file', async () => {
  const html = documentAt(japanese, 'konro')
  expect(elementLanguages(html, 'np-consent-embed')).toEqual(['en'])
  expect(languageOf(html, 'Load content from YouTube')).toBe('en')
  expect(languageOf(html, 'Cookie settings')).toBe('en')
  expect(runtimeConfigOf(html).lang).toBe('en')
  expect(logs.get(japanese)).toMatch(/nichepress\.config\.json[\s\S]*?1:1 +warning[^\n]*"ja"[^\n]*consent\.texts\.ja/)
  expect(await htmlErrors(html)).toEqual([])
})

test('a theme\'s own embed (footer video) becomes a placeholder that says lang="de" on a Swedish post', async () => {
  // The default theme with a YouTube video in its footer: blocked when the document is finished, not while rendering Markdown.
  const theme = mkdtempSync(join(tmpdir(), 'np-theme-'))
  temps.push(theme)
  cpSync(defaultTheme, theme, { recursive: true })
  const footer = join(theme, 'partials/footer.hbs')
  writeFileSync(footer, readFileSync(footer, 'utf8').replace('</footer>', `${video}\n</footer>`))
  const out = buildSite('de', { 'content/posts/kokare.md': post('Kokare', 'sv', 'Kokaren är bra.'), 'content/posts/kocher.md': post('Kocher', undefined, 'Der Kocher ist gut.') }, { themeDir: theme })
  const swedish = documentAt(out, 'kokare')
  expect(elementLanguages(swedish, 'np-consent-embed')).toEqual(['de', 'de'])
  expect(swedish).toMatch(/<footer[\s\S]*class="np-consent-embed"[^>]*lang="de"/)
  expect(await htmlErrors(swedish)).toEqual([])
  expect(elementLanguages(documentAt(out, 'kocher'), 'np-consent-embed')).toEqual(['de', 'de'])
  expect(documentAt(out, 'kocher')).not.toMatch(/class="np-consent-embed"[^>]*\blang=/)
}, 120_000)

// The banner and the dialog exist only once the runtime ran: their lang is the browser's to show.
describe('in Chromium', () => {
  let browser: Browser
  let site: { origin: string; close(): Promise<void> }
  beforeAll(async () => {
    ;[browser, site] = await Promise.all([launchChromium(), serve(german)])
  }, 60_000)
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()])
  })

  test.each([
    { path: '/kokare/', lang: 'de', settings: 'Einstellungen', says: 'lang="de"', hreflang: [null, null] },
    { path: '/rechaud/', lang: '', settings: 'Personnaliser', says: 'no lang', hreflang: ['de', 'de'] },
    { path: '/kocher/', lang: '', settings: 'Einstellungen', says: 'no lang', hreflang: [null, null] },
    { path: '/stove/', lang: '', settings: 'Settings', says: 'no lang', hreflang: ['de', 'de'] },
  ])('$path: banner and dialog carry $says; the links to the legal pages say their language where it differs', async ({ path, lang, settings, hreflang }) => {
    const context = await browser.newContext()
    await interceptThirdParties(context)
    const page = await context.newPage()
    await page.goto(`${site.origin}${path}`)
    const banner = page.locator('dialog.np-consent-banner')
    await expect.poll(() => banner.count()).toBe(1)
    expect(await banner.evaluate((element) => (element as HTMLElement).lang)).toBe(lang)
    expect(await banner.locator('.np-consent-links a').evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')))).toEqual(hreflang)
    await page.getByRole('button', { name: settings, exact: true }).click()
    expect(await page.locator('dialog.np-consent-dialog').evaluate((element) => (element as HTMLElement).lang)).toBe(lang)
    await context.close()
  })
})
