import { XMLParser } from 'fast-xml-parser'

/** One `<item>` of a WordPress export, with the fields the importer reads. */
export interface WxrItem {
  id: string
  title: string
  link: string
  creator: string
  content: string
  excerpt: string
  postDate: string
  postDateGmt: string
  name: string
  status: string
  type: string
  attachmentUrl: string
  categories: Array<{ domain: string; name: string }>
  meta: ReadonlyMap<string, string>
}

/** A parsed WordPress export (WXR). */
export interface Wxr {
  title: string
  link: string
  baseSiteUrl: string
  language: string
  authors: ReadonlyMap<string, string>
  items: WxrItem[]
}

const listElements = new Set(['item', 'category', 'wp:postmeta', 'wp:author'])
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => listElements.has(name),
})

/** Parses the text of a WXR file (Tools → Export in WordPress). Throws when it is no WXR. */
export function readWxr(xml: string): Wxr {
  const document = record(parser.parse(xml))
  const channel = record(record(document.rss).channel)
  if (Object.keys(channel).length === 0) throw new Error('The file has no <rss><channel>: it is not a WordPress export.')
  const authors = new Map<string, string>()
  for (const author of list(channel['wp:author'])) {
    const fields = record(author)
    const login = text(fields['wp:author_login'])
    if (login) authors.set(login, text(fields['wp:author_display_name']) || login)
  }
  return {
    title: text(channel.title),
    link: text(channel.link),
    baseSiteUrl: text(channel['wp:base_blog_url']) || text(channel['wp:base_site_url']) || text(channel.link),
    language: text(channel.language),
    authors,
    items: list(channel.item).map((item) => readItem(record(item))),
  }
}

function readItem(item: Record<string, unknown>): WxrItem {
  const meta = new Map<string, string>()
  for (const entry of list(item['wp:postmeta'])) {
    const fields = record(entry)
    meta.set(text(fields['wp:meta_key']), text(fields['wp:meta_value']))
  }
  return {
    id: text(item['wp:post_id']),
    title: text(item.title),
    link: text(item.link),
    creator: text(item['dc:creator']),
    content: text(item['content:encoded']),
    excerpt: text(item['excerpt:encoded']),
    postDate: text(item['wp:post_date']),
    postDateGmt: text(item['wp:post_date_gmt']),
    name: text(item['wp:post_name']),
    status: text(item['wp:status']),
    type: text(item['wp:post_type']),
    attachmentUrl: text(item['wp:attachment_url']),
    categories: list(item.category).map((category) => ({ domain: typeof category === 'object' && category !== null ? text(record(category)['@_domain']) : '', name: text(category) })),
    meta,
  }
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value]
}

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number') return String(value)
  if (typeof value === 'object' && value !== null && '#text' in value) return text((value as { '#text': unknown })['#text'])
  return ''
}
