import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { slugify } from '@nichepress/core'
import { finishImport, type SiteLayout, siteLayoutWithDefaults, type ImportProgressOptions } from '../finish-import.js'
import type { ImportedEntry, ImportResult, SiteRedirect } from '../import-result.js'
import { assetFinder } from '../list-files.js'
import { formatOffsetMinutes, normalizeDate } from '../normalize-date.js'
import { Reporter } from '../report-rules.js'
import { type ExportReferences, expandExportReferences } from './expand-export-references.js'
import { htmlToMarkdown } from './html-to-markdown.js'
import { detectTermBases } from './detect-term-bases.js'
import { readWxr, type Wxr, type WxrItem } from './read-wxr.js'
import { seoFields } from './seo-fields.js'

/** Options of `importWordpress`. */
export interface WordpressImportOptions extends Partial<SiteLayout>, ImportProgressOptions {
  /** The old site's URL (default: the export's `wp:base_blog_url`). */
  siteUrl?: string | undefined
  /** Time zone for drafts, whose export has no GMT date (default `UTC`). */
  timeZone?: string | undefined
  /**
   * The site's uploads folder (the contents of `wp-content/uploads`). Default: `wp-content/uploads`
   * or `uploads` next to the export file.
   */
  uploads?: string | undefined
  /**
   * The site's category base (WordPress: Settings → Permalinks → "Category base"), which the export
   * does not contain. Default: the base the export's own links to category pages show (reported as
   * `import-term-base-detected`), else `category`: category pages were at `/category/<path>/`.
   */
  categoryBase?: string | undefined
  /** The site's tag base (Settings → Permalinks → "Tag base"). Default: what the export's links show, else `tag`: `/tag/<slug>/`. */
  tagBase?: string | undefined
}

/**
 * A category or tag base as WordPress stores it (`thema`, `/thema/`, `blog/thema`), as path segments
 * without slashes at either end; throws a RangeError naming the option for anything else.
 */
export function termBase(value: string | undefined, fallback: string, option: string): string {
  if (value === undefined) return fallback
  const base = value.trim().replace(/^\/+|\/+$/g, '')
  const segments = base.split('/')
  if (base === '' || segments.some((segment) => segment === '' || segment === '.' || segment === '..' || !/^[\p{L}\p{N}._~%-]+$/u.test(segment))) {
    throw new RangeError(`${option} must be the base as WordPress shows it under Settings → Permalinks, e.g. "thema" or "blog/thema"; "${value}" is not one.`)
  }
  return base
}

/**
 * The category and tag bases: the flags when given, else what the export's own links to its category
 * and tag pages show (reported), else WordPress's defaults `category` and `tag`.
 */
function termBasesOf(wxr: Wxr, siteUrl: string, options: WordpressImportOptions, file: string, reporter: Reporter): { category: string; tag: string } {
  const detected = detectTermBases(wxr, siteUrl)
  const pick = (taxonomy: 'category' | 'tag', given: string | undefined, option: string, flag: string): string => {
    if (given !== undefined) return termBase(given, taxonomy, option)
    const found = detected[taxonomy]
    if (found === undefined || found.base === taxonomy) return taxonomy
    const others = found.others.length > 0 ? ` Links also pointed below ${found.others.map((other) => `/${other.base}/ (${other.links})`).join(', ')}.` : ''
    reporter.add(
      'termBaseDetected',
      file,
      `The export does not say the ${taxonomy} base, but ${found.links} link${found.links === 1 ? '' : 's'} in the content point to ${taxonomy} pages below /${found.base}/ (e.g. ${found.example}); the old ${taxonomy} URLs are taken to be /${found.base}/<${taxonomy}>/ and redirect to their tag pages.${others} If the site's Settings → Permalinks say otherwise, run the import again with ${flag} <base>.`,
      { original: `/${taxonomy}/`, replacement: found.base },
    )
    return found.base
  }
  return { category: pick('category', options.categoryBase, 'categoryBase', '--category-base'), tag: pick('tag', options.tagBase, 'tagBase', '--tag-base') }
}

// WordPress's default category, which says nothing about a post.
const defaultCategories = new Set(['uncategorized', 'allgemein', 'unkategorisiert', 'non-classe', 'sin-categoria'])

// Types that are WordPress machinery, not content; skipped without a report line.
// `wp_block` (reusable blocks) is inlined where a post uses it.
const machineryTypes = new Set(['wp_block', 'nav_menu_item', 'revision', 'custom_css', 'customize_changeset', 'oembed_cache', 'wp_global_styles', 'wp_navigation', 'wp_template', 'wp_template_part', 'wp_font_family', 'wp_font_face', 'thirstylink'])
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
  // A site installed in a subfolder (https://example.org/blog) has every URL below that folder.
  const sitePath = pathOf(siteUrl).replace(/\/+$/, '')
  const attachments = new Map(wxr.items.filter((item) => item.type === 'attachment').map((item) => [item.id, item]))
  const cloakedLinks = new Map(
    wxr.items.filter((item) => item.type === 'thirstylink' && item.meta.get('_ta_destination_url')).map((item) => [pathOf(item.link), item.meta.get('_ta_destination_url') ?? '']),
  )
  const uploadsDir = [options.uploads, join(dirname(exportFile), 'wp-content', 'uploads'), join(dirname(exportFile), 'uploads')].find((dir): dir is string => dir !== undefined && existsSync(dir))
  const findUpload = (path: string): string | undefined => {
    const decoded = path.startsWith(sitePath) ? path.slice(sitePath.length) : path
    const match = /^\/wp-content\/uploads\/(.+)$/.exec(decoded)
    if (!match || !uploadsDir) return undefined
    const find = assetFinder(uploadsDir)
    // WordPress made `photo-300x200.jpg` from `photo.jpg`; an uploads folder without the sizes still has the original.
    return find(`/${match[1]}`) ?? find(`/${(match[1] ?? '').replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1')}`)
  }
  const entries: ImportedEntry[] = []
  const siteRedirects: SiteRedirect[] = []
  const byId = new Map(wxr.items.map((item) => [item.id, item]))
  const attachmentsOf = new Map<string, WxrItem[]>()
  for (const attachment of attachments.values()) attachmentsOf.set(attachment.parentId, [...(attachmentsOf.get(attachment.parentId) ?? []), attachment])
  const references: ExportReferences = { byId, attachmentsOf, siteUrl, reporter }
  let uploadsMissing = 0
  for (const item of wxr.items) {
    const where = `${file} (${item.type} ${item.id} "${item.title}")`
    if (item.type === 'attachment') {
      const uploadPath = pathOf(item.attachmentUrl)
      const found = ownsLink(item.attachmentUrl, siteUrl) && findUpload(uploadPath) !== undefined
      if (!found) uploadsMissing++
      const pagePath = pathOf(item.link)
      if (item.status !== 'inherit' && item.status !== 'publish') continue
      if (pagePath === '' || item.link.includes('?') || !ownsLink(item.link, siteUrl)) continue
      const parent = byId.get(item.parentId)
      const parentPath = parent && !draftStatuses.has(parent.status) && !parent.password ? pathOf(parent.link) : ''
      const to = found ? { url: uploadPath } : parentPath !== '' ? { url: parentPath } : item.attachmentUrl !== '' ? { url: item.attachmentUrl } : { home: true as const }
      siteRedirects.push({ from: pagePath, to, source: where, reason: 'attachment page' })
      continue
    }
    if (machineryTypes.has(item.type)) continue
    if (item.type !== 'post' && item.type !== 'page') {
      reporter.add('entrySkipped', where, `Items of the type "${item.type}" have no nichepress equivalent.`)
      continue
    }
    if (item.status === 'private' || item.status === 'trash') {
      reporter.add('entrySkipped', where, `The ${item.status} ${item.type} was not imported.`)
      continue
    }
    if (item.comments > 0) {
      reporter.add('commentsNotImported', where, `${item.comments} approved comment${item.comments === 1 ? '' : 's'} of this ${item.type} were not imported (nichepress sites have no comments); they stay in the export file.`)
    }
    entries.push(readEntry(item, { wxr, where, siteUrl, attachments, cloakedLinks, reporter, references, timeZone: options.timeZone ?? 'UTC' }))
  }
  if (uploadsMissing > 0) {
    reporter.add(
      'uploadsMissing',
      file,
      uploadsDir
        ? `${uploadsMissing} of ${attachments.size} uploads of the export are not in ${uploadsDir}; links to them keep pointing to the old site.`
        : `${uploadsMissing} uploads of the export were not copied: no uploads folder was found next to the export (wp-content/uploads or uploads). Copy it there from the old server (or pass its path as \`uploads\`) and run the import again; until then links to them point to the old site.`,
    )
  }
  const bases = termBasesOf(wxr, siteUrl, options, file, reporter)
  siteRedirects.push(...listRedirects(wxr, sitePath, file, bases))
  return finishImport(entries, reporter, {
    kind: 'wordpress',
    source: exportFile,
    // Old URLs here are paths from the host's root (/blog/2024/…): the site is imported to the root
    // of its host and they redirect there. A `url` with the folder would put it in front of every
    // one of them a second time (/blog/blog/2024/…), now that a site in a folder is one.
    siteUrl: sitePath === '' ? siteUrl : new URL(siteUrl).origin,
    ...siteLayoutWithDefaults(options),
    onProgress: options.onProgress,
    findAsset: findUpload,
    siteRedirects,
    title: wxr.title || undefined,
    language: wxr.language || undefined,
  })
}

/**
 * Category, tag, feed, author and date-archive URLs WordPress serves for every site; category and tag
 * pages below the site's bases (WordPress's defaults `category` and `tag` unless set).
 */
function listRedirects(wxr: Wxr, sitePath: string, file: string, bases: { category: string; tag: string }): SiteRedirect[] {
  const redirects: SiteRedirect[] = []
  const add = (from: string, to: SiteRedirect['to'], reason: string) => redirects.push({ from: `${sitePath}${from}`, to, source: file, reason })
  for (const category of wxr.categories) {
    const to = defaultCategories.has(category.path) ? { archive: true as const } : { tag: category.name }
    add(`/${bases.category}/${category.path}/`, to, 'category page')
    add(`/${bases.category}/${category.path}/feed/`, { feed: true }, 'category feed')
  }
  for (const tag of wxr.tags) {
    add(`/${bases.tag}/${tag.slug}/`, { tag: tag.name }, 'tag page')
    add(`/${bases.tag}/${tag.slug}/feed/`, { feed: true }, 'tag feed')
  }
  for (const feed of ['/feed/', '/feed/atom/', '/feed/rss/', '/feed/rss2/', '/feed/rdf/', '/comments/feed/']) add(feed, { feed: true }, 'feed')
  const logins = new Set(wxr.items.filter((item) => item.type === 'post' && item.status === 'publish').map((item) => item.creator).filter(Boolean))
  for (const login of logins) add(`/author/${slugify(login) || login}/`, { home: true }, 'author page')
  const months = new Set(wxr.items.filter((item) => item.type === 'post' && item.status === 'publish' && /^\d{4}-\d{2}/.test(item.postDate)).map((item) => item.postDate.slice(0, 7)))
  for (const month of months) {
    add(`/${month.slice(0, 4)}/`, { archive: true }, 'year archive')
    add(`/${month.slice(0, 4)}/${month.slice(5, 7)}/`, { archive: true }, 'month archive')
  }
  return redirects
}

interface EntryContext {
  wxr: Wxr
  where: string
  siteUrl: string
  attachments: ReadonlyMap<string, WxrItem>
  cloakedLinks: ReadonlyMap<string, string>
  reporter: Reporter
  references: ExportReferences
  timeZone: string
}

function readEntry(item: WxrItem, context: EntryContext): ImportedEntry {
  const { reporter, where } = context
  const isProtected = item.password !== ''
  if (isProtected) {
    reporter.add('passwordProtected', where, `The ${item.type} was protected by a password; it is a draft now, so it is neither published nor in the sitemap. Its old URL ${pathOf(item.link) || item.link} is not served until you publish it.`)
  }
  const isDraft = draftStatuses.has(item.status) || isProtected
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
    // nichepress has tag pages only; categories join the tags so /category/x/ can lead to a page.
    tags: [...new Set([...namesOf(item, 'post_tag'), ...namesOf(item, 'category').filter((name) => !defaultCategories.has(slugify(name)))])],
    image: image?.attachmentUrl || undefined,
    imageAlt: image?.meta.get('_wp_attachment_image_alt') || undefined,
    ...seoFields(item, { title, siteTitle: context.wxr.title, excerpt: plainText(item.excerpt), file: where, reporter }),
  }
  const oldPath = pathOf(item.link)
  const isPermalink = !isDraft && oldPath !== '' && !/[?]/.test(item.link) && ownsLink(item.link, context.siteUrl)
  const body = htmlToMarkdown(expandExportReferences(item.content, item, where, context.references), { file: where, reporter, cloakedLinks: context.cloakedLinks })
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
