import { readFileSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { slugify } from '@nichepress/core'
import { finishImport, type SiteLayout, siteLayoutWithDefaults } from '../finish-import.js'
import type { ImportedEntry, ImportResult } from '../import-result.js'
import { assetFinder } from '../list-files.js'
import { formatOffsetMinutes, normalizeDate } from '../normalize-date.js'
import { Reporter } from '../report-rules.js'
import { htmlToMarkdown } from './html-to-markdown.js'
import { readWxr, type Wxr, type WxrItem } from './read-wxr.js'
import { seoFields } from './seo-fields.js'

/** Options of `importWordpress`. */
export interface WordpressImportOptions extends Partial<SiteLayout> {
  /** The old site's URL (default: the export's `wp:base_blog_url`). */
  siteUrl?: string | undefined
  /** Time zone for drafts, whose export has no GMT date (default `UTC`). */
  timeZone?: string | undefined
}

// Types that are WordPress machinery, not content; skipped without a report line.
const machineryTypes = new Set(['attachment', 'nav_menu_item', 'revision', 'custom_css', 'customize_changeset', 'oembed_cache', 'wp_global_styles', 'wp_navigation', 'wp_template', 'wp_template_part', 'wp_font_family', 'wp_font_face', 'thirstylink'])
const draftStatuses = new Set(['draft', 'pending', 'future', 'auto-draft'])

/**
 * Reads a WordPress export file (WXR): posts, pages and drafts with dates and their zone, slugs,
 * categories, tags, authors, excerpts, featured images and Yoast/Rank Math fields; HTML becomes
 * Markdown. Uploads are copied when a `wp-content/uploads` folder sits next to the export.
 */
export function importWordpress(exportFile: string, options: WordpressImportOptions = {}): ImportResult {
  const wxr = readWxr(readFileSync(exportFile, 'utf8'))
  const file = basename(exportFile)
  const reporter = new Reporter()
  const siteUrl = (options.siteUrl ?? wxr.baseSiteUrl).replace(/\/+$/, '')
  const attachments = new Map(wxr.items.filter((item) => item.type === 'attachment').map((item) => [item.id, item]))
  const cloakedLinks = new Map(
    wxr.items.filter((item) => item.type === 'thirstylink' && item.meta.get('_ta_destination_url')).map((item) => [pathOf(item.link), item.meta.get('_ta_destination_url') ?? '']),
  )
  const entries: ImportedEntry[] = []
  for (const item of wxr.items) {
    if (machineryTypes.has(item.type)) continue
    const where = `${file} (${item.type} ${item.id} "${item.title}")`
    if (item.type !== 'post' && item.type !== 'page') {
      reporter.add('entrySkipped', where, `Items of the type "${item.type}" have no nichepress equivalent.`)
      continue
    }
    if (item.status === 'private' || item.status === 'trash') {
      reporter.add('entrySkipped', where, `The ${item.status} ${item.type} was not imported.`)
      continue
    }
    entries.push(readEntry(item, { wxr, where, siteUrl, attachments, cloakedLinks, reporter, timeZone: options.timeZone ?? 'UTC' }))
  }
  return finishImport(entries, reporter, {
    kind: 'wordpress',
    source: exportFile,
    siteUrl,
    ...siteLayoutWithDefaults(options),
    findAsset: assetFinder(dirname(exportFile), (path) => path.startsWith('wp-content/uploads/')),
  })
}

interface EntryContext {
  wxr: Wxr
  where: string
  siteUrl: string
  attachments: ReadonlyMap<string, WxrItem>
  cloakedLinks: ReadonlyMap<string, string>
  reporter: Reporter
  timeZone: string
}

function readEntry(item: WxrItem, context: EntryContext): ImportedEntry {
  const { reporter, where } = context
  const isDraft = draftStatuses.has(item.status)
  const title = item.title || '(untitled)'
  if (!item.title) reporter.add('titleMissing', where, 'The item has no title; it is "(untitled)" now.')
  const slug = decodeSlug(item.name) || slugify(title) || `item-${item.id}`
  const image = context.attachments.get(item.meta.get('_thumbnail_id') ?? '')
  const frontMatter: Record<string, unknown> = {
    title,
    date: dateOf(item, context),
    draft: isDraft || undefined,
    author: context.wxr.authors.get(item.creator) ?? (item.creator || undefined),
    categories: namesOf(item, 'category'),
    tags: namesOf(item, 'post_tag'),
    image: image?.attachmentUrl || undefined,
    imageAlt: image?.meta.get('_wp_attachment_image_alt') || undefined,
    ...seoFields(item, { title, siteTitle: context.wxr.title, excerpt: plainText(item.excerpt), file: where, reporter }),
  }
  const oldPath = pathOf(item.link)
  const isPermalink = !isDraft && oldPath !== '' && !/[?]/.test(item.link) && ownsLink(item.link, context.siteUrl)
  const body = htmlToMarkdown(item.content, { file: where, reporter, cloakedLinks: context.cloakedLinks })
  return {
    kind: item.type === 'page' ? 'page' : 'post',
    sourceFile: where,
    slug,
    oldUrls: isPermalink ? [oldPath] : [],
    frontMatter,
    body,
    baseUrl: isPermalink ? oldPath : '/',
  }
}

// WordPress stores local and GMT times; their difference is the zone the post was written in.
function dateOf(item: WxrItem, context: EntryContext): string | undefined {
  const local = item.postDate
  if (!local || local.startsWith('0000')) return undefined
  const gmt = item.postDateGmt
  if (!gmt || gmt.startsWith('0000')) {
    const date = normalizeDate(local, context.timeZone)
    if (date?.addedZone) context.reporter.add('dateWithoutZone', context.where, `The date "${local}" has no GMT counterpart (a draft); read as ${context.timeZone}.`, { original: local, replacement: date.value })
    return date?.value
  }
  const offsetMinutes = Math.round((Date.parse(`${local.replace(' ', 'T')}Z`) - Date.parse(`${gmt.replace(' ', 'T')}Z`)) / 60_000)
  return normalizeDate(`${local}${formatOffsetMinutes(offsetMinutes)}`, context.timeZone)?.value
}

function namesOf(item: WxrItem, domain: string): string[] {
  return [...new Set(item.categories.filter((category) => category.domain === domain).map((category) => category.name))].filter(Boolean)
}

function decodeSlug(name: string): string {
  try {
    return decodeURIComponent(name)
  } catch {
    return name
  }
}

function pathOf(link: string): string {
  try {
    return new URL(link).pathname
  } catch {
    return ''
  }
}

function ownsLink(link: string, siteUrl: string): boolean {
  try {
    return new URL(link).hostname.replace(/^www\./, '') === new URL(siteUrl).hostname.replace(/^www\./, '')
  } catch {
    return false
  }
}

function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim()
}
