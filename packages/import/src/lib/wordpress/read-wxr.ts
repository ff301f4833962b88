import { decodeHTML } from 'entities'
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
  /** Non-empty for password-protected posts. */
  password: string
  parentId: string
  /** Approved comments in the export. */
  comments: number
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
  /** Categories with their URL path below `/category/` (parents first: `reisen/berge`). */
  categories: Array<{ name: string; path: string }>
  tags: Array<{ name: string; slug: string }>
  items: WxrItem[]
}

const listElements = new Set(['item', 'category', 'wp:postmeta', 'wp:author', 'wp:category', 'wp:tag', 'wp:comment'])
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
  const nicenames = new Map<string, { name: string; parent: string }>()
  for (const category of list(channel['wp:category'])) {
    const fields = record(category)
    nicenames.set(text(fields['wp:category_nicename']), { name: decodeHTML(text(fields['wp:cat_name'])), parent: text(fields['wp:category_parent']) })
  }
  const pathOf = (nicename: string, depth = 0): string => {
    const parent = nicenames.get(nicename)?.parent ?? ''
    return parent && depth < 10 && nicenames.has(parent) ? `${pathOf(parent, depth + 1)}/${nicename}` : nicename
  }
  return {
    title: decodeHTML(text(channel.title)),
    link: text(channel.link),
    baseSiteUrl: text(channel['wp:base_blog_url']) || text(channel['wp:base_site_url']) || text(channel.link),
    language: text(channel.language),
    authors,
    categories: [...nicenames].filter(([nicename]) => nicename !== '').map(([nicename, category]) => ({ name: category.name, path: pathOf(nicename) })),
    tags: list(channel['wp:tag']).map((tag) => ({ name: decodeHTML(text(record(tag)['wp:tag_name'])), slug: text(record(tag)['wp:tag_slug']) })).filter((tag) => tag.slug !== ''),
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
    title: decodeHTML(text(item.title)),
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
    password: text(item['wp:post_password']),
    parentId: text(item['wp:post_parent']),
    comments: list(item['wp:comment']).filter((comment) => text(record(comment)['wp:comment_approved']) === '1').length,
    categories: list(item.category).map((category) => ({ domain: typeof category === 'object' && category !== null ? text(record(category)['@_domain']) : '', name: decodeHTML(text(category)) })),
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
