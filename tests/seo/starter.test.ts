import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { googleRequiredProblems } from './google-required.js'
import { collectInlineHashes } from '../../packages/seo/dist/index.js'
import { buildWithCli, jsonLdBlocks, listFiles, parseFeed, repoRoot, validateSitemap, xmllint } from './helpers.js'
import { loadVocabulary, vocabularyProblems } from './schema-org-vocabulary.js'

const base = 'https://kocherkompass.example'
let out: string
let files: string[]
let pages: string[]
const read = (path: string) => readFileSync(join(out, path), 'utf8')

beforeAll(() => {
  out = buildWithCli(join(repoRoot, 'starters/nischenblog'))
  files = listFiles(out)
  pages = files.filter((file) => file.endsWith('.html'))
})

describe('starter sitemaps', () => {
  test('the index and every sitemap validate against the sitemaps.org XSDs', () => {
    const sitemaps = files.filter((file) => /^sitemap-(index|\d+)\.xml$/.test(file))
    expect(sitemaps).toEqual(['sitemap-1.xml', 'sitemap-index.xml'])
    for (const file of sitemaps) expect(validateSitemap(join(out, file)), file).toMatchObject({ status: 0 })
  })

  test('lists indexable pages with front-matter lastmod and images, never 404, noindex or redirect pages', () => {
    const sitemap = read('sitemap-1.xml')
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    expect(locs).toContain(`${base}/test-flammwerk-vanchef-duo/`)
    expect(locs.every((loc) => loc?.startsWith(`${base}/`))).toBe(true)
    expect(locs.some((loc) => loc?.includes('404') || loc?.includes('/go/'))).toBe(false)
    expect(sitemap).toContain(`<loc>${base}/test-flammwerk-vanchef-duo/</loc><lastmod>2026-03-04</lastmod><image:image><image:loc>${base}/images/kocher-duo.svg</image:loc>`)
    const noindexPages = pages.filter((page) => read(page).includes('<meta name="robots" content="noindex'))
    expect(noindexPages).toContain('404.html')
    for (const page of noindexPages) expect(locs).not.toContain(`${base}/${page.replace(/index\.html$/, '')}`)
  })

  test('robots.txt names the absolute sitemap index', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${base}/sitemap-index.xml\n`)
  })
})

describe('starter JSON-LD', () => {
  test('every block on every page parses and uses only schema.org types and properties', () => {
    const vocabulary = loadVocabulary()
    let blocks = 0
    for (const page of pages.filter((file) => !file.startsWith('go/'))) {
      const found = jsonLdBlocks(read(page))
      expect(found, page).toHaveLength(1)
      blocks += found.length
      for (const block of found) expect(vocabularyProblems(block, vocabulary), page).toEqual([])
    }
    expect(blocks).toBeGreaterThan(15)
  })

  test("Google's required properties are present for Article, Review, Product, FAQPage and BreadcrumbList", () => {
    const typesSeen = new Set<string>()
    for (const page of pages.filter((file) => !file.startsWith('go/'))) {
      for (const block of jsonLdBlocks(read(page)) as Array<{ '@graph': Array<{ '@type': string; itemListElement?: Array<{ item?: { '@type'?: string } }> }> }>) {
        expect(googleRequiredProblems(block), page).toEqual([])
        for (const node of block['@graph']) {
          typesSeen.add(node['@type'])
          for (const element of node.itemListElement ?? []) if (element.item?.['@type']) typesSeen.add(element.item['@type'])
        }
      }
    }
    expect([...typesSeen].sort()).toEqual(expect.arrayContaining(['BlogPosting', 'BreadcrumbList', 'FAQPage', 'ItemList', 'Product', 'Review', 'WebSite']))
  })

  test('nodes are linked by @id and never repeated in a graph', () => {
    const [graph] = jsonLdBlocks(read('test-flammwerk-vanchef-duo/index.html')) as Array<{ '@graph': Array<Record<string, unknown>> }>
    const ids = graph?.['@graph'].map((node) => node['@id']) ?? []
    expect(new Set(ids).size).toBe(ids.length)
    const article = graph?.['@graph'].find((node) => node['@type'] === 'BlogPosting')
    expect(article).toMatchObject({ author: { '@id': `${base}/#publisher` }, mainEntityOfPage: { '@id': `${base}/test-flammwerk-vanchef-duo/#webpage` }, wordCount: expect.any(Number) })
    const review = graph?.['@graph'].find((node) => node['@type'] === 'Review')
    expect(review).toMatchObject({ itemReviewed: { '@id': `${base}/test-flammwerk-vanchef-duo/#product` }, positiveNotes: { '@type': 'ItemList' }, negativeNotes: { '@type': 'ItemList' } })
  })
})

describe('starter head', () => {
  test('a post has description, canonical, Open Graph with image size, Twitter card and feed links', () => {
    const html = read('test-flammwerk-vanchef-duo/index.html')
    for (const expected of [
      `<link rel="canonical" href="${base}/test-flammwerk-vanchef-duo/">`,
      '<meta property="og:type" content="article">',
      '<meta property="og:image:width" content="1200">',
      '<meta property="og:image:height" content="630">',
      '<meta property="og:locale" content="de_DE">',
      '<meta property="article:published_time" content="2025-11-20T00:00:00Z">',
      '<meta property="article:modified_time" content="2026-03-04T00:00:00Z">',
      '<meta name="twitter:card" content="summary_large_image">',
      `<link rel="alternate" type="application/rss+xml" title="Kocherkompass (RSS)" href="${base}/feed.xml">`,
    ]) {
      expect(html).toContain(expected)
    }
    const description = /<meta name="description" content="([^"]*)">/.exec(html)?.[1] ?? ''
    expect(description.length).toBeGreaterThan(50)
    expect(description.length).toBeLessThanOrEqual(155)
  })
})

describe('starter feeds', () => {
  test('RSS and Atom are well-formed XML', () => {
    expect(xmllint([join(out, 'feed.xml'), join(out, 'atom.xml')])).toMatchObject({ status: 0 })
  })

  test.each(['feed.xml', 'atom.xml'])('%s parses and carries only absolute URLs', (file) => {
    const feed = parseFeed(read(file))
    expect(feed.title).toBe('Kocherkompass')
    expect(feed.items.length).toBeGreaterThan(5)
    for (const item of feed.items) {
      expect(item.url).toMatch(/^https:\/\/kocherkompass\.example\/[a-z0-9-]+\/$/)
      expect(item.published).toBeInstanceOf(Date)
      const content = item.content ?? ''
      expect(content.length).toBeGreaterThan(100)
      expect(content).not.toMatch(/\s(?:href|src)="\/(?!\/)/)
    }
  })

  test('feed.json is a JSON Feed 1.1 with absolute URLs and full text', () => {
    const feed = JSON.parse(read('feed.json')) as { version: string; feed_url: string; items: Array<{ id: string; url: string; content_html: string; date_published: string }> }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.feed_url).toBe(`${base}/feed.json`)
    expect(feed.items.length).toBeGreaterThan(5)
    for (const item of feed.items) {
      expect(item.id).toBe(item.url)
      expect(item.url.startsWith(`${base}/`)).toBe(true)
      expect(Number.isNaN(Date.parse(item.date_published))).toBe(false)
      expect(item.content_html).not.toMatch(/\s(?:href|src)="\/(?!\/)/)
    }
  })
})

describe('starter host files', () => {
  test('the CSP hashes every inline script the documents run, and the security headers are set', () => {
    const hashes = collectInlineHashes(pages.map(read))
    const headers = read('_headers')
    const csp = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? ''
    const scriptSources = /script-src ([^;]*)/.exec(csp)?.[1]?.split(' ') ?? []
    for (const hash of hashes.scripts) expect(scriptSources).toContain(hash)
    expect(csp).toContain("frame-ancestors 'none'")
    for (const name of ['Strict-Transport-Security', 'X-Content-Type-Options: nosniff', 'Referrer-Policy', 'Permissions-Policy']) expect(headers).toContain(name)
    // Vercel gets the same headers through its Build Output API (tests/seo/vercel-output.test.ts); nothing Vercel's is published.
    expect(files).not.toContain('vercel.json')
  })

  test('redirects reach _redirects', () => {
    const redirects = read('_redirects')
    expect(redirects).toMatch(/^\/go\/campingaz-360\/ https:\/\/www\.amazon\.de\/\S+ 30[12]!$/m)
  })
})
