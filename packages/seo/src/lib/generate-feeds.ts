import type { SiteFile } from '@nichepress/core'
import type { NormalizedDate } from './dates.js'
import { feedFileNames } from './feed-links.js'
import { escapeXml } from './xml.js'

/** One post as the feeds show it; every URL absolute. */
export interface FeedItem {
  url: string
  title: string
  summary: string
  /** Post HTML with absolute URLs; left out for summary-only feeds. */
  contentHtml?: string | undefined
  published: NormalizedDate | undefined
  modified: NormalizedDate | undefined
  author: { name: string; url?: string | undefined } | undefined
  tags: readonly string[]
  image?: string | undefined
  /** The post's language (BCP 47); written only when it is not the feed's (an English post on a German blog). */
  language?: string | undefined
}

// The item's language when it differs from the feed's, else undefined (nothing to say).
function itemLanguage(feed: Feed, item: FeedItem): string | undefined {
  return item.language !== undefined && item.language !== '' && item.language.toLowerCase() !== feed.language.toLowerCase() ? item.language : undefined
}

/** A feed's channel data. */
export interface Feed {
  title: string
  description: string
  language: string
  /** Absolute URL of the page the feed belongs to. */
  homeUrl: string
  /** Absolute URL of the folder the feed files live in, ending in `/`. */
  feedBaseUrl: string
  /** Output folder of the feed files relative to the output root: `''` or `themen/gas/`. */
  outputFolder: string
  author: { name: string; url?: string | undefined } | undefined
  /** Newest first. */
  items: readonly FeedItem[]
}

/**
 * RSS 2.0 (`feed.xml`), Atom 1.0 (`atom.xml`) and JSON Feed 1.1 (`feed.json`) for one feed. The
 * feed's own date is its newest item's, never the clock; a feed without items yields no files.
 */
export function generateFeeds(feed: Feed): SiteFile[] {
  if (feed.items.length === 0) return []
  const newest = feed.items.map((item) => item.modified ?? item.published).reduce<NormalizedDate | undefined>(
    (latest, date) => (date && (!latest || date.epochMilliseconds > latest.epochMilliseconds) ? date : latest),
    undefined,
  )
  return [
    { path: `${feed.outputFolder}${feedFileNames.rss}`, contents: rss(feed, newest) },
    { path: `${feed.outputFolder}${feedFileNames.atom}`, contents: atom(feed, newest) },
    { path: `${feed.outputFolder}${feedFileNames.json}`, contents: jsonFeed(feed) },
  ]
}

function rss(feed: Feed, newest: NormalizedDate | undefined): string {
  const items = feed.items.map((item) =>
    [
      '<item>',
      `<title>${escapeXml(item.title)}</title>`,
      `<link>${escapeXml(item.url)}</link>`,
      `<guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      item.published ? `<pubDate>${item.published.rfc822}</pubDate>` : '',
      item.author ? `<dc:creator>${escapeXml(item.author.name)}</dc:creator>` : '',
      itemLanguage(feed, item) ? `<dc:language>${escapeXml(itemLanguage(feed, item)!)}</dc:language>` : '',
      ...item.tags.map((tag) => `<category>${escapeXml(tag)}</category>`),
      `<description>${escapeXml(item.summary)}</description>`,
      item.contentHtml === undefined ? '' : `<content:encoded>${escapeXml(item.contentHtml)}</content:encoded>`,
      '</item>',
    ]
      .filter(Boolean)
      .join('\n'),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(feed.homeUrl)}</link>`,
    `<description>${escapeXml(feed.description || feed.title)}</description>`,
    `<language>${escapeXml(feed.language)}</language>`,
    newest ? `<lastBuildDate>${newest.rfc822}</lastBuildDate>` : '',
    `<atom:link href="${escapeXml(feed.feedBaseUrl + feedFileNames.rss)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ]
    .filter((line, index, lines) => line !== '' || index === lines.length - 1)
    .join('\n')
}

function atom(feed: Feed, newest: NormalizedDate | undefined): string {
  const person = (author: { name: string; url?: string | undefined }) =>
    `<author><name>${escapeXml(author.name)}</name>${author.url ? `<uri>${escapeXml(author.url)}</uri>` : ''}</author>`
  const entries = feed.items.map((item) =>
    [
      itemLanguage(feed, item) ? `<entry xml:lang="${escapeXml(itemLanguage(feed, item)!)}">` : '<entry>',
      `<id>${escapeXml(item.url)}</id>`,
      `<title type="text">${escapeXml(item.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
      item.published ? `<published>${item.published.dateTime}</published>` : '',
      `<updated>${(item.modified ?? item.published ?? newest)?.dateTime ?? '1970-01-01T00:00:00Z'}</updated>`,
      item.author ? person(item.author) : '',
      ...item.tags.map((tag) => `<category term="${escapeXml(tag)}"/>`),
      `<summary type="text">${escapeXml(item.summary)}</summary>`,
      item.contentHtml === undefined ? '' : `<content type="html">${escapeXml(item.contentHtml)}</content>`,
      '</entry>',
    ]
      .filter(Boolean)
      .join('\n'),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `<id>${escapeXml(feed.homeUrl)}</id>`,
    `<title type="text">${escapeXml(feed.title)}</title>`,
    feed.description ? `<subtitle type="text">${escapeXml(feed.description)}</subtitle>` : '',
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedBaseUrl + feedFileNames.atom)}"/>`,
    `<updated>${newest?.dateTime ?? '1970-01-01T00:00:00Z'}</updated>`,
    feed.author ? person(feed.author) : '',
    ...entries,
    '</feed>',
    '',
  ]
    .filter((line, index, lines) => line !== '' || index === lines.length - 1)
    .join('\n')
}

function jsonFeed(feed: Feed): string {
  const authors = (author: { name: string; url?: string | undefined } | undefined) => (author ? [{ name: author.name, ...(author.url ? { url: author.url } : {}) }] : undefined)
  const value = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.feedBaseUrl + feedFileNames.json,
    ...(feed.description ? { description: feed.description } : {}),
    language: feed.language,
    ...(feed.author ? { authors: authors(feed.author) } : {}),
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      ...(item.contentHtml === undefined ? { content_text: item.summary } : { content_html: item.contentHtml }),
      summary: item.summary,
      ...(item.image ? { image: item.image } : {}),
      ...(item.published ? { date_published: item.published.dateTime } : {}),
      ...(item.modified ? { date_modified: item.modified.dateTime } : {}),
      ...(item.author ? { authors: authors(item.author) } : {}),
      ...(item.tags.length > 0 ? { tags: item.tags } : {}),
      ...(itemLanguage(feed, item) ? { language: itemLanguage(feed, item) } : {}),
    })),
  }
  return `${JSON.stringify(value, null, 2)}\n`
}
