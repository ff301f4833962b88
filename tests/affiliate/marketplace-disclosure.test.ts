import { generateSite, type GeneratedSite } from '@nichepress/core'
import { afterAll, expect, test } from 'vitest'
import { languageOf } from '../helpers/language-of.js'
import { germanOperatorLegal, makeSite, presetPath, removeSite } from '../helpers/site.js'

// Amazon marketplaces whose agreement asks for a sentence nichepress could not find on Amazon's own
// pages (amazon.pl, .se, .com.be, .com.tr, .ae, .sa, .eg; packages/affiliate/src/lib/networks.ts):
// the author is told, naming the marketplace and the key, instead of getting the English sentence silently.

const amazonEnglish = 'As an Amazon Associate I earn from qualifying purchases.'
const polishBase = 'Linki oznaczone {marker} są linkami afiliacyjnymi (reklama).'

const legal = germanOperatorLegal

const roots: string[] = []
afterAll(() => {
  for (const root of roots) removeSite(root)
})

async function build(config: Record<string, unknown>, files: Record<string, string>): Promise<GeneratedSite> {
  const root = makeSite({
    'nichepress.config.json': JSON.stringify({ title: 'Testblog', url: 'https://blog.example', description: 'A test blog.', publisher: { type: 'person', name: 'Pat', url: '/' }, legal, ...config }),
    ...files,
  })
  roots.push(root)
  return generateSite({ root, preset: presetPath, cache: false, threads: 1 })
}

function post(title: string, lang: string | undefined, body: string): string {
  return `---\ntitle: ${title}\n${lang ? `lang: ${lang}\n` : ''}date: 2026-10-01\ndescription: Kuchenka turystyczna.\n---\n\n${body}\n`
}

function documentAt(built: GeneratedSite, path: string): string {
  const file = built.files.find((entry) => entry.path === path)
  if (!file) throw new Error(`no document ${path}`)
  return String(file.contents)
}

const warningsOf = (built: GeneratedSite) => built.messages.filter((message) => message.ruleId === 'affiliate-marketplace-disclosure')

test('an amazon.pl link on a Polish page with its own Polish disclosure: the English Amazon sentence is not shown silently', async () => {
  const built = await build({ language: 'pl', affiliate: { disclosure: { pl: polishBase } } }, {
    'content/posts/kuchenka.md': post('Kuchenka', undefined, 'Dobra kuchenka.\n\n[Kup](https://www.amazon.pl/dp/B0C7K4VD2M?tag=kempingpl-21) tutaj.'),
  })
  const html = documentAt(built, 'kuchenka/index.html')
  // What the page shows: the author's Polish disclosure, and Amazon's sentence in English only.
  expect(languageOf(html, 'Linki oznaczone * są linkami afiliacyjnymi')).toBe('pl')
  expect(languageOf(html, amazonEnglish)).toBe('en')
  const warnings = warningsOf(built)
  expect(warnings).toHaveLength(1)
  expect(warnings[0]?.fatal).toBe(false)
  expect([warnings[0]?.file, warnings[0]?.line]).toEqual(['content/posts/kuchenka.md', 9])
  expect(warnings[0]?.reason).toContain('amazon.pl')
  expect(warnings[0]?.reason).toContain('`affiliate.marketplaceDisclosure["amazon.pl"]`')
  expect(warnings[0]?.reason).toContain(amazonEnglish)
  expect(warnings[0]?.url).toMatch(/affiliate-marketplace-disclosure/)
}, 120_000)

test('affiliate.marketplaceDisclosure["amazon.pl"] is shown in its language on the pages linking amazon.pl, and silences the warning', async () => {
  const sentence = 'Zdanie z Associates Central amazon.pl (test).'
  const built = await build({ language: 'de', affiliate: { marketplaceDisclosure: { 'amazon.pl': { lang: 'pl', text: sentence } } } }, {
    'content/posts/kocher.md': post('Kocher', undefined, 'Der [Kocher](https://www.amazon.pl/dp/B0C7K4VD2M?tag=kempingpl-21) ist gut.'),
    'content/posts/zelt.md': post('Zelt', undefined, 'Das [Zelt](https://www.amazon.de/dp/B0C7K4VD2M?tag=kocherkompass-21) ist gut.'),
  })
  expect(languageOf(documentAt(built, 'kocher/index.html'), sentence)).toBe('pl')
  expect(documentAt(built, 'zelt/index.html')).not.toContain(sentence)
  expect(warningsOf(built)).toEqual([])
}, 120_000)

test('each marketplace without a sentence is named once per page; amazon.de and affiliate: false pages get none', async () => {
  // `affiliate: false` leaves its link without disclosure and rel: the build's audit warns instead of failing.
  const built = await build({ language: 'de', lint: { rules: { 'affiliate-disclosure': 'warn', 'affiliate-link-rel': 'warn' } } }, {
    'content/posts/vergleich.md': post('Vergleich', undefined, [
      '[SE](https://www.amazon.se/dp/B0C7K4VD2M?tag=campingse-21)',
      '[TR](https://www.amazon.com.tr/dp/B0C7K4VD2M?tag=kampcitr-21)',
      '[AE](https://www.amazon.ae/dp/B0C7K4VD2M?tag=campingae-21)',
      '[SE again](https://www.amazon.se/dp/B0C7K4VD2N?tag=campingse-21)',
      '[BE](https://www.amazon.com.be/dp/B0C7K4VD2M?tag=kampeerbe-21)',
      '[DE](https://www.amazon.de/dp/B0C7K4VD2M?tag=kocherkompass-21)',
    ].join('\n\n')),
    'content/posts/aus.md': `---\ntitle: Aus\ndate: 2026-10-01\ndescription: Ohne Hinweis.\naffiliate: false\n---\n\n[SE](https://www.amazon.se/dp/B0C7K4VD2M?tag=campingse-21)\n`,
  })
  const warnings = warningsOf(built)
  expect(warnings.map((message) => [message.file, /links (\S+),/.exec(message.reason)?.[1]])).toEqual([
    ['content/posts/vergleich.md', 'amazon.se'],
    ['content/posts/vergleich.md', 'amazon.com.tr'],
    ['content/posts/vergleich.md', 'amazon.ae'],
    ['content/posts/vergleich.md', 'amazon.com.be'],
  ])
  // A German page shows the German sentence meanwhile, and the warning says so.
  expect(warnings[0]?.reason).toContain('Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.')
}, 120_000)

test('the config rejects a marketplace sentence without its language', async () => {
  await expect(build({ language: 'de', affiliate: { marketplaceDisclosure: { 'amazon.pl': 'Zdanie.' } } }, { 'content/posts/a.md': post('A', undefined, 'Text.') }))
    .rejects.toMatchObject({ messages: [expect.objectContaining({ reason: expect.stringMatching(/marketplaceDisclosure\.amazon\.pl|marketplaceDisclosure\["amazon\.pl"\]/) })] })
}, 120_000)
