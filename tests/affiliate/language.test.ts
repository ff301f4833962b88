import { generateSite, type GeneratedSite } from '@nichepress/core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { htmlErrors } from '../helpers/html-validate.js'
import { elementLanguages, languageOf } from '../helpers/language-of.js'
import { germanOperatorLegal, makeSite, presetPath, removeSite } from '../helpers/site.js'

// Every text the affiliate plugin puts into a page says which language it is in where that differs from
// the text around it (WCAG 2.2 SC 3.1.2): built sites in de, en, fr, es, it and nl, with posts in other
// languages, checked on the finished HTML with the language each text inherits.

const amazonDe = 'https://www.amazon.de/dp/B07ABCDEFG?tag=beispiel-21'
const amazonFr = 'https://www.amazon.fr/dp/B07ABCDEFG?tag=beispiel-21'
const amazonIt = 'https://www.amazon.it/dp/B07ABCDEFG?tag=beispiel-21'
const amazonEs = 'https://www.amazon.es/dp/B07ABCDEFG?tag=beispiel-21'
const amazonNl = 'https://www.amazon.nl/dp/B07ABCDEFG?tag=beispiel-21'

const germanBase = 'Hinweis: Mit * gekennzeichnete Links sind Affiliate-Links'
const englishBase = 'Note: links marked * are affiliate links'
const amazonGerman = 'Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.'
const amazonEnglish = 'As an Amazon Associate I earn from qualifying purchases.'
// The marketplace sentences of the registry (packages/affiliate/src/lib/networks.ts, with their sources).
const amazonFrench = 'En tant que Partenaire Amazon'
const amazonItalian = 'In qualità di Affiliato Amazon'
const amazonSpanish = 'Como Afiliado de Amazon'
const amazonDutch = 'Als Amazon Associate verdien ik'

function post(title: string, lang: string | undefined, body: string, extra = ''): string {
  return `---\ntitle: ${title}\n${lang ? `lang: ${lang}\n` : ''}date: 2026-10-01\ndescription: A test post about a camping stove.\n${extra}---\n\n${body}\n`
}

// German sites need an Impressum (the legal plugin refuses to build without one).
const legal = germanOperatorLegal

async function build(config: Record<string, unknown>, files: Record<string, string>): Promise<{ root: string; built: GeneratedSite }> {
  const root = makeSite({
    'nichepress.config.json': JSON.stringify({ title: 'Testblog', url: 'https://blog.example', description: 'A test blog.', publisher: { type: 'person', name: 'Pat', url: '/' }, legal, ...config }),
    ...files,
  })
  const built = await generateSite({ root, preset: presetPath, cache: false, threads: 1 }).catch((error: unknown) => {
    const messages = (error as { messages?: Array<{ ruleId?: unknown; reason?: unknown }> }).messages ?? []
    throw new Error(messages.map((message) => `${String(message.ruleId)}: ${String(message.reason)}`).join('\n') || String(error))
  })
  return { root, built }
}

function documentAt(built: GeneratedSite, url: string): string {
  const path = `${url.replace(/^\//, '')}index.html`
  const file = built.files.find((entry) => entry.path === path)
  if (!file) throw new Error(`no document ${path}`)
  return String(file.contents)
}

const roots: string[] = []
afterAll(() => {
  for (const root of roots) removeSite(root)
})

describe('a German site with posts in other languages', () => {
  let built: GeneratedSite
  beforeAll(async () => {
    const site = await build({ language: 'de' }, {
      'content/posts/kocher.md': post('Kocher', undefined, `Der [Kocher](${amazonIt}) ist gut.`),
      'content/posts/stove.md': post('Stove', 'en', `The [stove](${amazonDe}) is good.`, 'sponsored: true\n'),
      'content/posts/rechaud.md': post('Réchaud', 'fr-CA', `Le [réchaud](${amazonFr}) est bon, [aussi ici](${amazonDe}).`, 'sponsored: true\n'),
    })
    roots.push(site.root)
    built = site.built
  }, 120_000)

  test('a German post: its disclosure needs no lang; Amazon Italy\'s sentence is marked Italian', async () => {
    const html = documentAt(built, '/kocher/')
    expect(languageOf(html, germanBase)).toBe('de')
    expect(languageOf(html, amazonGerman)).toBe('de')
    expect(languageOf(html, amazonItalian)).toBe('it')
    expect(elementLanguages(html, 'np-disclosure')).toEqual(['de'])
    expect(html).not.toMatch(/<aside[^>]*\blang=/)
    expect(await htmlErrors(html)).toEqual([])
  })

  test('an English post: everything in English, nothing to mark', async () => {
    const html = documentAt(built, '/stove/')
    expect(languageOf(html, englishBase)).toBe('en')
    expect(languageOf(html, amazonEnglish)).toBe('en')
    expect(languageOf(html, 'Sponsored')).toBe('en')
    expect(languageOf(html, '(affiliate link)')).toBe('en')
    expect(html).not.toMatch(/<aside[^>]*\blang=/)
  })

  test('a French post (fr-CA) without a French text: German disclosure, label, marker and sponsored label marked lang="de", Amazon France\'s sentence lang="fr"', async () => {
    const html = documentAt(built, '/rechaud/')
    expect(html).toMatch(/<html lang="fr-CA">/)
    expect(languageOf(html, germanBase)).toBe('de')
    expect(languageOf(html, amazonGerman)).toBe('de')
    expect(languageOf(html, amazonFrench)).toBe('fr')
    expect(languageOf(html, '(Affiliate-Link)')).toBe('de')
    expect(languageOf(html, 'Anzeige')).toBe('de')
    // The aside's aria-label "Werbehinweis" is read in the aside's language.
    expect(elementLanguages(html, 'np-disclosure')).toEqual(['de'])
    expect(html).toContain('aria-label="Werbehinweis"')
    // The post's own words stay French.
    expect(languageOf(html, 'est bon')).toBe('fr-CA')
    expect(await htmlErrors(html)).toEqual([])
  })

  test('the French post gets warnings naming the page, its language and the config keys; the others none', () => {
    const warnings = built.messages.filter((message) => message.ruleId === 'affiliate-disclosure-language')
    expect(warnings.map((message) => [message.file, message.line])).toEqual([
      ['content/posts/rechaud.md', 3],
      ['content/posts/rechaud.md', 3],
    ])
    expect(warnings.map((message) => /`(affiliate\.[a-zA-Z]+\.[a-z]+)`/.exec(message.reason)?.[1])).toEqual(['affiliate.sponsoredLabel.fr', 'affiliate.disclosure.fr'])
    expect(warnings[0]?.reason).toContain('"fr-CA"')
    expect(warnings[0]?.fatal).toBe(false)
    expect(warnings[0]?.url).toMatch(/affiliate-disclosure-language/)
  })
})

test('affiliate.disclosure.fr is the French post\'s disclosure, marked French inside the German-labelled aside; no warning', async () => {
  const french = 'Les liens marqués {marker} sont des liens affiliés.'
  const { root, built } = await build({ language: 'de', affiliate: { disclosure: { fr: french } } }, {
    'content/posts/rechaud.md': post('Réchaud', 'fr', `Le [réchaud](${amazonFr}) est bon.`),
  })
  roots.push(root)
  const html = documentAt(built, '/rechaud/')
  expect(languageOf(html, 'Les liens marqués * sont des liens affiliés.')).toBe('fr')
  expect(html).not.toContain(germanBase)
  expect(languageOf(html, amazonGerman)).toBe('de')
  expect(languageOf(html, amazonFrench)).toBe('fr')
  expect(built.messages.filter((message) => message.ruleId === 'affiliate-disclosure-language')).toEqual([])
  expect(await htmlErrors(html)).toEqual([])
}, 120_000)

test('an English site with a German post: the German disclosure needs no lang', async () => {
  const { root, built } = await build({ language: 'en' }, {
    'content/posts/kocher.md': post('Kocher', 'de', `Der [Kocher](${amazonDe}) ist gut.`),
  })
  roots.push(root)
  const html = documentAt(built, '/kocher/')
  expect(languageOf(html, germanBase)).toBe('de')
  expect(languageOf(html, amazonGerman)).toBe('de')
  expect(html).not.toMatch(/<aside[^>]*\blang=/)
  expect(built.messages.filter((message) => message.ruleId === 'affiliate-disclosure-language')).toEqual([])
}, 120_000)

describe.each([
  { language: 'fr', link: amazonFr, marketplace: amazonFrench },
  { language: 'es', link: amazonEs, marketplace: amazonSpanish },
  { language: 'it', link: amazonIt, marketplace: amazonItalian },
  { language: 'nl', link: amazonNl, marketplace: amazonDutch },
])('a $language site (texts default to English)', ({ language, link, marketplace }) => {
  let built: GeneratedSite
  beforeAll(async () => {
    const site = await build({ language }, { 'content/posts/p.md': post('Post', undefined, `A [link](${link}) here.`, 'sponsored: true\n') })
    roots.push(site.root)
    built = site.built
  }, 120_000)

  test('the English disclosure, marker and label are marked lang="en"; the marketplace sentence is in the page\'s language', async () => {
    const html = documentAt(built, '/p/')
    expect(languageOf(html, englishBase)).toBe('en')
    expect(languageOf(html, amazonEnglish)).toBe('en')
    expect(languageOf(html, '(affiliate link)')).toBe('en')
    expect(languageOf(html, 'Sponsored')).toBe('en')
    expect(languageOf(html, marketplace)).toBe(language)
    expect(await htmlErrors(html)).toEqual([])
  })

  test(`warnings name affiliate.sponsoredLabel.${language} and affiliate.disclosure.${language}`, () => {
    const warnings = built.messages.filter((message) => message.ruleId === 'affiliate-disclosure-language')
    expect(warnings.map((message) => message.file)).toEqual(['content/posts/p.md', 'content/posts/p.md'])
    expect(warnings[0]?.reason).toContain(`\`affiliate.sponsoredLabel.${language}\``)
    expect(warnings[1]?.reason).toContain(`\`affiliate.disclosure.${language}\``)
  })
})

test('a marker per language: each page takes its own language\'s, else its text language\'s, marked where it differs', async () => {
  const { root, built } = await build({ language: 'de', affiliate: { marker: { de: '(Werbelink)', en: '(ad)' } } }, {
    'content/posts/kocher.md': post('Kocher', undefined, `Der [Kocher](${amazonDe}) ist gut.`),
    'content/posts/stove.md': post('Stove', 'en', `The [stove](${amazonDe}) is good.`),
    'content/posts/rechaud.md': post('Réchaud', 'fr', `Le [réchaud](${amazonDe}) est bon.`),
  })
  roots.push(root)
  // The disclosure before the link names the marker too: the marker elements themselves are checked.
  const german = documentAt(built, '/kocher/')
  expect(elementLanguages(german, 'np-affiliate-marker')).toEqual(['de'])
  expect(german).not.toMatch(/class="np-affiliate-marker"[^>]*\blang=/)
  expect(german).toContain('Hinweis: Mit (Werbelink) gekennzeichnete Links')
  const english = documentAt(built, '/stove/')
  expect(elementLanguages(english, 'np-affiliate-marker')).toEqual(['en'])
  expect(english).toContain('Note: links marked (ad) are affiliate links')
  expect(english).not.toContain('(Werbelink)')
  const french = documentAt(built, '/rechaud/')
  expect(elementLanguages(french, 'np-affiliate-marker')).toEqual(['de'])
  expect(await htmlErrors(french)).toEqual([])
}, 120_000)

test('position "template": the disclosure the theme places says lang="de" on a French post', async () => {
  const { root, built } = await build({ language: 'de', affiliate: { position: 'template' } }, {
    'content/posts/rechaud.md': post('Réchaud', 'fr', `Le [réchaud](${amazonFr}) est bon.`),
  })
  roots.push(root)
  const html = documentAt(built, '/rechaud/')
  expect(languageOf(html, germanBase)).toBe('de')
  expect(languageOf(html, amazonFrench)).toBe('fr')
  expect(await htmlErrors(html)).toEqual([])
}, 120_000)

test('affiliate.sponsoredLabel.fr labels a French sponsored post in French; no warning for it', async () => {
  const { root, built } = await build({ language: 'de', affiliate: { sponsoredLabel: { fr: 'Publicité' } } }, {
    'content/posts/rechaud.md': post('Réchaud', 'fr', 'Le réchaud est bon.', 'sponsored: true\n'),
    'content/posts/kocher.md': post('Kocher', undefined, 'Der Kocher ist gut.', 'sponsored: true\n'),
  })
  roots.push(root)
  const french = documentAt(built, '/rechaud/')
  expect(elementLanguages(french, 'np-sponsored')).toEqual(['fr'])
  expect(languageOf(french, 'Publicité')).toBe('fr')
  expect(french).not.toMatch(/class="np-sponsored"[^>]*\blang=/)
  expect(languageOf(documentAt(built, '/kocher/'), 'Anzeige')).toBe('de')
  expect(built.messages.filter((message) => message.ruleId === 'affiliate-disclosure-language')).toEqual([])
}, 120_000)
