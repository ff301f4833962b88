import type { SiteFile } from '@nichepress/core'
import { escapeXml } from './xml.js'

/** One URL of a sitemap, with absolute URLs throughout. */
export interface SitemapEntry {
  url: string
  /** W3C datetime (`2026-03-04` or `2026-03-04T09:30:00+01:00`), from front matter only. */
  lastmod?: string | undefined
  images?: readonly string[] | undefined
  /** Language versions, the page itself included (Google wants every version listed on each). */
  alternates?: ReadonlyArray<{ hreflang: string; href: string }> | undefined
}

/** Options of `generateSitemaps`. */
export interface SitemapOptions {
  /** Absolute base URL the sitemap files are served under, no trailing slash. */
  baseUrl: string
  /** Default 50,000, the sitemaps.org limit. */
  maxUrlsPerFile?: number
  /** Default 52,428,800 (50 MiB uncompressed), the sitemaps.org limit. */
  maxBytesPerFile?: number
}

/** The sitemaps.org limits per sitemap file. */
export const sitemapLimits = { maxUrlsPerFile: 50_000, maxBytesPerFile: 52_428_800 } as const

/** The name of the index file robots.txt points to. */
export const sitemapIndexFileName = 'sitemap-index.xml'

const urlsetOpen =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
const urlsetClose = '</urlset>\n'

/**
 * `sitemap-index.xml` plus `sitemap-1.xml`, `sitemap-2.xml`… Entries are sorted by URL and split
 * when a file would pass `maxUrlsPerFile` URLs or `maxBytesPerFile` bytes, so output is stable.
 */
export function generateSitemaps(entries: readonly SitemapEntry[], options: SitemapOptions): SiteFile[] {
  const maxUrls = options.maxUrlsPerFile ?? sitemapLimits.maxUrlsPerFile
  const maxBytes = options.maxBytesPerFile ?? sitemapLimits.maxBytesPerFile
  const sorted = [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
  const frameBytes = Buffer.byteLength(urlsetOpen) + Buffer.byteLength(urlsetClose)
  const chunks: Array<{ parts: string[]; lastmod: string | undefined; lastmodTime: number }> = []
  let current = { parts: [] as string[], lastmod: undefined as string | undefined, lastmodTime: -Infinity }
  let bytes = frameBytes
  for (const entry of sorted) {
    const xml = urlElement(entry)
    const size = Buffer.byteLength(xml)
    if (frameBytes + size > maxBytes) throw new Error(`The sitemap entry for ${entry.url} alone is larger than ${maxBytes} bytes.`)
    if (current.parts.length > 0 && (current.parts.length >= maxUrls || bytes + size > maxBytes)) {
      chunks.push(current)
      current = { parts: [], lastmod: undefined, lastmodTime: -Infinity }
      bytes = frameBytes
    }
    current.parts.push(xml)
    bytes += size
    if (entry.lastmod !== undefined) {
      const time = Date.parse(entry.lastmod)
      if (time > current.lastmodTime) current = { ...current, lastmod: entry.lastmod, lastmodTime: time }
    }
  }
  if (current.parts.length > 0 || chunks.length === 0) chunks.push(current)
  const files: SiteFile[] = chunks.map((chunk, index) => ({ path: `sitemap-${index + 1}.xml`, contents: `${urlsetOpen}${chunk.parts.join('')}${urlsetClose}` }))
  const index = chunks
    .map((chunk, position) => {
      const lastmod = chunk.lastmod === undefined ? '' : `<lastmod>${escapeXml(chunk.lastmod)}</lastmod>`
      return `<sitemap><loc>${escapeXml(`${options.baseUrl}/sitemap-${position + 1}.xml`)}</loc>${lastmod}</sitemap>\n`
    })
    .join('')
  files.unshift({
    path: sitemapIndexFileName,
    contents: `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index}</sitemapindex>\n`,
  })
  return files
}

function urlElement(entry: SitemapEntry): string {
  // sitemap.xsd wants loc and lastmod before any extension element.
  let xml = `<url><loc>${escapeXml(entry.url)}</loc>`
  if (entry.lastmod !== undefined) xml += `<lastmod>${escapeXml(entry.lastmod)}</lastmod>`
  for (const image of entry.images ?? []) xml += `<image:image><image:loc>${escapeXml(image)}</image:loc></image:image>`
  for (const alternate of entry.alternates ?? []) {
    xml += `<xhtml:link rel="alternate" hreflang="${escapeXml(alternate.hreflang)}" href="${escapeXml(alternate.href)}"/>`
  }
  return `${xml}</url>\n`
}
