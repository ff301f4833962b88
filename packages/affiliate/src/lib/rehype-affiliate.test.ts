import { createMarkdownRenderer, type FrontMatter } from '@nichepress/core'
import { HtmlValidate } from 'html-validate'
import { describe, expect, test } from 'vitest'
import type { AffiliateFacts } from './affiliate-facts.js'
import { rehypeAffiliate, type RehypeAffiliateOptions } from './rehype-affiliate.js'

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] })

function render(body: string, options: { plugin?: RehypeAffiliateOptions; frontMatter?: Record<string, unknown>; lang?: 'de' | 'en'; runs?: number } = {}) {
  // A fresh attacher per run: unified would merge two uses of the same one into a single run.
  const runs = Array.from({ length: options.runs ?? 1 }, () => [(settings: RehypeAffiliateOptions) => rehypeAffiliate(settings), options.plugin ?? {}] as const)
  const renderer = createMarkdownRenderer({ remarkPlugins: [], rehypePlugins: runs.map(([attacher, settings]) => [attacher, settings]) })
  const frontMatter = { title: 'Test', tags: [], categories: [], draft: false, noindex: false, aliases: [], ...options.frontMatter } as FrontMatter
  const rendered = renderer({ relativePath: 'content/posts/test.md', body, bodyLine: 5, frontMatter, url: '/test/', lang: options.lang ?? 'de', textLanguage: options.lang ?? 'de' })
  return { html: rendered.html, facts: rendered.facts['affiliate'] as AffiliateFacts | undefined, excerpt: rendered.excerpt }
}

async function htmlErrors(fragment: string): Promise<string[]> {
  const report = await validator.validateString(`<!DOCTYPE html>\n<html lang="de"><head><title>Test</title></head><body><main>\n${fragment}\n</main></body></html>\n`)
  return report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))
}

const count = (html: string, needle: string) => html.split(needle).length - 1

const review = [
  'Der Vanchef Duo ist unser Testsieger.',
  '',
  '## Fazit',
  '',
  '[Zum Angebot bei Amazon](https://www.amazon.de/dp/B0C7K4VD2M?tag=kocherkompass-21)',
  '',
  '- [Im Fachhandel](https://www.awin1.com/cread.php?awinmid=1&awinaffid=2) oder [beim Hersteller](https://flammwerk.example/)',
].join('\n')

describe('rehypeAffiliate on a review', () => {
  const { html, facts, excerpt } = render(review)

  test('gives every affiliate link rel="sponsored nofollow noopener", a marker and leaves other links alone', () => {
    expect(count(html, 'rel="sponsored nofollow noopener"')).toBe(2)
    expect(count(html, 'class="np-affiliate-marker"')).toBe(2)
    expect(html).toContain('<a href="https://flammwerk.example/">beim Hersteller</a>')
  })

  test('tells screen readers what the symbol marker means', () => {
    expect(html).toContain('<span aria-hidden="true">*</span><span class="visually-hidden"> (Affiliate-Link)</span>')
  })

  test('puts one disclosure right before the block with the first affiliate link, with Amazon’s sentence', () => {
    expect(count(html, '<aside class="np-disclosure"')).toBe(1)
    const aside = html.indexOf('<aside class="np-disclosure"')
    expect(html.indexOf('<h2 id="fazit">')).toBeLessThan(aside)
    expect(aside).toBeLessThan(html.indexOf('https://www.amazon.de/'))
    expect(html).toContain('Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.')
    expect(html).toContain('Mit * gekennzeichnete Links sind Affiliate-Links (Werbung).')
  })

  test('records links, networks and source positions as facts', () => {
    expect(facts).toEqual({
      links: [
        { href: 'https://www.amazon.de/dp/B0C7K4VD2M?tag=kocherkompass-21', network: 'amazon', line: 9, column: 1 },
        { href: 'https://www.awin1.com/cread.php?awinmid=1&awinaffid=2', network: 'awin', line: 11, column: 3 },
      ],
      sponsored: false,
      disclosure: 'inline',
    })
  })

  test('keeps the author’s first paragraph as the excerpt', () => {
    expect(excerpt).toBe('Der Vanchef Duo ist unser Testsieger.')
  })

  test('is valid HTML (html-validate recommended)', async () => {
    expect(await htmlErrors(html)).toEqual([])
  })
})

describe('idempotency', () => {
  test('a second run on the same tree adds nothing and records the same facts', () => {
    const once = render(review)
    const twice = render(review, { runs: 2 })
    expect(twice.html).toBe(once.html)
    expect(twice.facts).toEqual(once.facts)
  })

  test('processing the finished HTML again (as raw HTML) adds no second marker, rel or disclosure', () => {
    const once = render(review, { frontMatter: { sponsored: true } })
    const again = render(once.html, { frontMatter: { sponsored: true } })
    expect(count(again.html, 'class="np-affiliate-marker"')).toBe(2)
    expect(count(again.html, '<aside class="np-disclosure"')).toBe(1)
    expect(count(again.html, 'class="np-sponsored-label"')).toBe(1)
    expect(again.html).not.toContain('sponsored nofollow noopener sponsored')
  })
})

describe('link shapes', () => {
  test('links inside raw HTML are covered, with their source position', () => {
    const { html, facts } = render('Intro.\n\n<div class="box"><p>Jetzt <a href="https://amzn.to/3abc" rel="external">kaufen</a></p></div>')
    expect(html).toContain('rel="external sponsored nofollow noopener"')
    expect(facts?.links).toEqual([{ href: 'https://amzn.to/3abc', network: 'amazon', line: 7, column: 27 }])
  })

  test('reference-style links are covered', () => {
    const { html, facts } = render('Hier [der Kocher][kocher] im Test.\n\n[kocher]: https://www.amazon.de/dp/B0?tag=x-21')
    expect(html).toContain('rel="sponsored nofollow noopener"')
    expect(facts?.links[0]).toMatchObject({ network: 'amazon', line: 5, column: 6 })
  })

  test('linked images count and keep valid markup', async () => {
    const { html, facts } = render('[![Der Kocher](/images/kocher.jpg)](https://www.awin1.com/cread.php?awinmid=1)')
    expect(facts?.links).toHaveLength(1)
    expect(html).toMatch(/<a [^>]*rel="sponsored nofollow noopener"[^>]*><img [^>]*><span class="np-affiliate-marker"/)
    expect(await htmlErrors(html)).toEqual([])
  })

  test('/go/ links are affiliate links of their target’s network', () => {
    const { html, facts } = render('[Angebot](/go/campingaz-360/)', { plugin: { links: { 'campingaz-360': 'https://www.amazon.de/dp/B07?tag=x-21' } } })
    expect(html).toContain('rel="sponsored nofollow noopener"')
    expect(facts?.links[0]).toMatchObject({ href: '/go/campingaz-360/', network: 'amazon', target: 'https://www.amazon.de/dp/B07?tag=x-21' })
    expect(html).toContain('Als Amazon-Partner')
  })

  test('a /go/ link defined elsewhere still counts, with network "other"', () => {
    expect(render('[Angebot](/go/anderswo/)').facts?.links[0]).toMatchObject({ network: 'other' })
  })

  test('a page’s affiliateLinks front matter defines /go/ slugs', () => {
    const { facts } = render('[Kurs](/go/kurs/)', { frontMatter: { affiliateLinks: { kurs: 'https://www.digistore24.com/redir/1/jana/' } } })
    expect(facts?.links[0]).toMatchObject({ network: 'digistore24' })
  })
})

describe('pages without affiliate links', () => {
  test('get no disclosure, no marker and no facts', () => {
    const { html, facts } = render('Nur [ein interner Link](/spiritus-oder-gas/) und [ein externer](https://www.amazon.de/dp/B0).')
    expect(html).not.toContain('np-disclosure')
    expect(html).not.toContain('np-affiliate-marker')
    expect(html).not.toContain('sponsored')
    expect(facts).toBeUndefined()
  })
})

describe('options and front matter', () => {
  test('position "top" puts the disclosure first', () => {
    const { html, facts } = render(review, { plugin: { position: 'top' } })
    expect(html.startsWith('<aside class="np-disclosure"')).toBe(true)
    expect(facts?.disclosure).toBe('top')
  })

  test('position "template" leaves the disclosure to the template', () => {
    const { html, facts } = render(review, { plugin: { position: 'template' } })
    expect(html).not.toContain('np-disclosure')
    expect(facts?.disclosure).toBe('template')
  })

  test('a word marker is shown and read as is; the disclosure names it', () => {
    const { html } = render(review, { plugin: { marker: '(Anzeige)' } })
    expect(html).toContain('<span class="np-affiliate-marker" data-np-affiliate="marker"> (Anzeige)</span>')
    expect(html).toContain('Mit (Anzeige) gekennzeichnete Links')
  })

  test('own wording per language replaces the default, escaped; Amazon’s sentence stays', () => {
    const { html } = render(review, { lang: 'en', plugin: { disclosure: { en: 'Links with {marker} pay us <b>money</b>.' } } })
    expect(html).toContain('Links with * pay us &#x3C;b>money&#x3C;/b>.')
    expect(html).toContain('As an Amazon Associate I earn from qualifying purchases.')
  })

  test('English pages get English wording', () => {
    const { html } = render(review, { lang: 'en' })
    expect(html).toContain('links marked * are affiliate links')
    expect(html).toContain('<span class="visually-hidden"> (affiliate link)</span>')
  })

  test('affiliate: false leaves the page alone but still records its links', () => {
    const { html, facts } = render(review, { frontMatter: { affiliate: false } })
    expect(html).not.toContain('np-')
    expect(facts?.disclosure).toBe('none')
    expect(facts?.links).toHaveLength(2)
  })

  test('sponsored: true labels the page at the top, even without links', async () => {
    const { html, facts } = render('Ein Beitrag in Kooperation mit Flammwerk.', { frontMatter: { sponsored: true } })
    expect(html.startsWith('<div class="np-sponsored" data-np-affiliate="sponsored"><span class="np-sponsored-label">Anzeige</span></div>')).toBe(true)
    expect(facts).toEqual({ links: [], sponsored: true, disclosure: 'none' })
    expect(await htmlErrors(html)).toEqual([])
    expect(render('A post.', { lang: 'en', frontMatter: { sponsored: true } }).html).toContain('>Sponsored</span>')
  })

  test('custom networks are detected and their disclosure is added', () => {
    const shop = {
      id: 'kocherladen', name: 'Kocherladen', operator: { name: 'Kocherladen GmbH', address: 'Hafenstraße 1, 20457 Hamburg', country: 'DE' },
      privacyPolicyUrl: 'https://kocherladen.example/datenschutz', patterns: [{ hosts: ['kocherladen.example'], params: ['partner'] }],
      disclosure: { de: 'Kocherladen zahlt mir eine Provision.', en: 'Kocherladen pays me a commission.' },
    }
    const { html, facts } = render('[Kocher](https://kocherladen.example/p/1?partner=jana)', { plugin: { networks: [shop] } })
    expect(facts?.links[0]?.network).toBe('kocherladen')
    expect(html).toContain('Kocherladen zahlt mir eine Provision.')
  })
})
