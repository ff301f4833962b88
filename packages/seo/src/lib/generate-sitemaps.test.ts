import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { generateSitemaps, type SitemapEntry } from './generate-sitemaps.js'

const schemas = resolve(fileURLToPath(new URL('../../../..', import.meta.url)), '../shared/schemas')
const base = 'https://example.com'

function validate(path: string, schema: string) {
  // Throws (non-zero exit) with xmllint's messages when the file does not validate.
  execFileSync('xmllint', ['--nonet', '--noout', '--schema', join(schemas, schema), path], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XML_CATALOG_FILES: join(schemas, 'catalog.xml') },
  })
}

test('120,000 pages yield three sitemaps of at most 50,000 URLs and a valid index', () => {
  const entries: SitemapEntry[] = Array.from({ length: 120_000 }, (_, index) => ({
    url: `${base}/post-${String(index).padStart(6, '0')}/`,
    lastmod: `20${String(10 + (index % 16))}-0${1 + (index % 9)}-1${index % 10}`,
  }))
  const files = generateSitemaps(entries, { baseUrl: base })
  expect(files.map((file) => file.path)).toEqual(['sitemap-index.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml'])
  const counts = files.slice(1).map((file) => String(file.contents).split('<url>').length - 1)
  expect(counts).toEqual([50_000, 50_000, 20_000])
  const dir = mkdtempSync(join(tmpdir(), 'seo-sitemap-'))
  const index = join(dir, 'sitemap-index.xml')
  writeFileSync(index, files[0]?.contents ?? '')
  validate(index, 'siteindex.xsd')
  expect(String(files[0]?.contents)).toContain(`<sitemap><loc>${base}/sitemap-3.xml</loc><lastmod>2025-`)
  const last = join(dir, 'sitemap-3.xml')
  writeFileSync(last, files[3]?.contents ?? '')
  validate(last, 'sitemap-all.xsd')
})

test('splits by size too, and image and hreflang entries validate against sitemap-all.xsd', () => {
  const entries: SitemapEntry[] = ['b', 'a', 'c'].map((slug) => ({
    url: `${base}/${slug}/`,
    lastmod: '2026-03-04T09:30:00+01:00',
    images: [`${base}/images/${slug}.png?w=1&h=2`],
    alternates: [
      { hreflang: 'de', href: `${base}/${slug}/` },
      { hreflang: 'en', href: `${base}/en/${slug}/` },
    ],
  }))
  const files = generateSitemaps(entries, { baseUrl: base, maxBytesPerFile: 900 })
  expect(files.length).toBeGreaterThan(2)
  expect(String(files[1]?.contents)).toContain(`<loc>${base}/a/</loc>`)
  const dir = mkdtempSync(join(tmpdir(), 'seo-sitemap-'))
  for (const file of files) {
    expect(Buffer.byteLength(file.contents)).toBeLessThanOrEqual(file.path === 'sitemap-index.xml' ? Infinity : 900)
    writeFileSync(join(dir, file.path), file.contents)
    validate(join(dir, file.path), file.path === 'sitemap-index.xml' ? 'siteindex.xsd' : 'sitemap-all.xsd')
  }
})

test('the same entries in any order give the same files', () => {
  const entries = [{ url: `${base}/b/` }, { url: `${base}/a/` }]
  expect(generateSitemaps(entries, { baseUrl: base })).toEqual(generateSitemaps([...entries].reverse(), { baseUrl: base }))
})
