import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { htmlErrors } from '../helpers/html-validate.js'
import { elementLanguages, languageOf } from '../helpers/language-of.js'
import { cliBin, defaultTheme, makeSite, removeSite, repoRoot } from '../helpers/site.js'
import { serve } from './serve.js'
import { interceptThirdParties } from './stand-ins.js'

// The consent plugin's texts (placeholders, the footer's settings link, banner and dialog) are in the
// page's text language; where the page is in another language they say which (WCAG 2.2 SC 3.1.2).

const address = { street: 'Musterweg 1', postalCode: '20095', city: 'Hamburg', country: 'DE' }
const legal = {
  updated: '2026-11-01',
  operator: { kind: 'person', name: 'Erika Mustermann', address },
  contact: { email: 'kontakt@beispiel.example', phone: '+49 40 1234567' },
  responsibleForContent: { name: 'Erika Mustermann', address },
  hosting: 'netlify',
}
const video = '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Video" width="560" height="315"></iframe>'

function post(title: string, lang: string | undefined, words: string): string {
  return `---\ntitle: ${title}\n${lang ? `lang: ${lang}\n` : ''}date: 2026-10-01\ndescription: A test post with a video.\n---\n\n${words}\n\n${video}\n`
}

const temps: string[] = []
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
  execFileSync(process.execPath, [cliBin, 'build', '--root', root, '--out', out], { cwd: repoRoot, stdio: 'pipe' })
  return out
}

function documentAt(out: string, url: string): string {
  return readFileSync(join(out, url, 'index.html'), 'utf8')
}

// The runtime's config block, as the browser reads it.
function runtimeConfigOf(html: string): { lang?: string; texts: Record<string, string>; privacyPolicyUrl: string; imprintUrl: string } {
  const json = /<script type="application\/json" id="np-consent-config">(.*?)<\/script>/s.exec(html)?.[1]
  if (!json) throw new Error('no consent config')
  return JSON.parse(json) as { lang?: string; texts: Record<string, string>; privacyPolicyUrl: string; imprintUrl: string }
}

// The legal pages exist once, in the site's text language: every link to them must lead to a page.
function legalLinksOf(out: string, html: string): string[] {
  const placeholder = [...html.matchAll(/<a href="(\/[^"#]*)#service-youtube"/g)].map((match) => match[1] as string)
  const config = runtimeConfigOf(html)
  return [...placeholder, config.privacyPolicyUrl, config.imprintUrl].filter((url) => !existsSync(join(out, url, 'index.html')))
}

let german = ''
let french = ''
beforeAll(() => {
  german = buildSite('de', {
    'content/posts/kocher.md': post('Kocher', undefined, 'Der Kocher ist gut.'),
    'content/posts/stove.md': post('Stove', 'en', 'The stove is good.'),
    'content/posts/rechaud.md': post('Réchaud', 'fr-CA', 'Le réchaud est bon.'),
  })
  french = buildSite('fr', { 'content/posts/rechaud.md': post('Réchaud', undefined, 'Le réchaud est bon.') })
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
    expect(await htmlErrors(html)).toEqual([])
  })

  test.each(['kocher', 'stove', 'rechaud'])('%s: placeholder and banner link the legal pages the site has', (slug) => {
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

  test('a French post: the German placeholder, settings link and banner say lang="de"; the post stays French', async () => {
    const html = documentAt(german, 'rechaud')
    expect(elementLanguages(html, 'np-consent-embed')).toEqual(['de'])
    expect(languageOf(html, 'Inhalt von YouTube laden')).toBe('de')
    expect(languageOf(html, 'Hier ist ein Inhalt von YouTube')).toBe('de')
    expect(languageOf(html, 'Cookie-Einstellungen')).toBe('de')
    expect(languageOf(html, 'Le réchaud est bon.')).toBe('fr-CA')
    expect(runtimeConfigOf(html).lang).toBe('de')
    expect(await htmlErrors(html)).toEqual([])
  })
})

test('a French site (texts default to English): placeholder, settings link and banner say lang="en"', async () => {
  const html = documentAt(french, 'rechaud')
  expect(elementLanguages(html, 'np-consent-embed')).toEqual(['en'])
  expect(languageOf(html, 'Load content from YouTube')).toBe('en')
  expect(languageOf(html, 'Cookie settings')).toBe('en')
  expect(runtimeConfigOf(html).lang).toBe('en')
  expect(await htmlErrors(html)).toEqual([])
})

test('a theme\'s own embed (footer video) becomes a placeholder that says lang="de" on a French post', async () => {
  // The default theme with a YouTube video in its footer: blocked when the document is finished, not while rendering Markdown.
  const theme = mkdtempSync(join(tmpdir(), 'np-theme-'))
  temps.push(theme)
  cpSync(defaultTheme, theme, { recursive: true })
  const footer = join(theme, 'partials/footer.hbs')
  writeFileSync(footer, readFileSync(footer, 'utf8').replace('</footer>', `${video}\n</footer>`))
  const out = buildSite('de', { 'content/posts/rechaud.md': post('Réchaud', 'fr', 'Le réchaud est bon.'), 'content/posts/kocher.md': post('Kocher', undefined, 'Der Kocher ist gut.') }, { themeDir: theme })
  const french = documentAt(out, 'rechaud')
  expect(elementLanguages(french, 'np-consent-embed')).toEqual(['de', 'de'])
  expect(french).toMatch(/<footer[\s\S]*class="np-consent-embed"[^>]*lang="de"/)
  expect(await htmlErrors(french)).toEqual([])
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
    { path: '/rechaud/', lang: 'de', settings: 'Einstellungen', says: 'lang="de"' },
    { path: '/kocher/', lang: '', settings: 'Einstellungen', says: 'no lang' },
    { path: '/stove/', lang: '', settings: 'Settings', says: 'no lang' },
  ])('$path: banner and dialog carry $says', async ({ path, lang, settings }) => {
    const context = await browser.newContext()
    await interceptThirdParties(context)
    const page = await context.newPage()
    await page.goto(`${site.origin}${path}`)
    const banner = page.locator('dialog.np-consent-banner')
    await expect.poll(() => banner.count()).toBe(1)
    expect(await banner.evaluate((element) => (element as HTMLElement).lang)).toBe(lang)
    await page.getByRole('button', { name: settings, exact: true }).click()
    expect(await page.locator('dialog.np-consent-dialog').evaluate((element) => (element as HTMLElement).lang)).toBe(lang)
    await context.close()
  })
})
