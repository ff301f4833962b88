import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { finishImport, type SiteLayout, siteLayoutWithDefaults, type ImportProgressOptions } from '../finish-import.js'
import type { ImportedEntry, ImportResult, SiteRedirect } from '../import-result.js'
import { assetFinder, listFiles } from '../list-files.js'
import { mapFrontMatter } from '../map-front-matter.js'
import { calendarDayIn, normalizeDate } from '../normalize-date.js'
import { FrontMatterError, readFrontMatter } from '../read-front-matter.js'
import { Reporter } from '../report-rules.js'
import { convertLiquid, type LiquidFinding } from './convert-liquid.js'
import { describeLiquidTemplate } from './describe-liquid-template.js'
import { readDataFolder } from './read-data-folder.js'
import { type CollectionDocument, frontMatterDefaults, liquidDocuments } from './collection-documents.js'
import { jekyllCollectionTemplate, jekyllDocumentUrl, jekyllPageUrl, jekyllPostUrl } from './jekyll-permalink.js'
import { htmlToMarkdown } from '../wordpress/html-to-markdown.js'

/** Options of `importJekyll`; values given here win over the source's `_config.yml`. */
export interface JekyllImportOptions extends Partial<SiteLayout>, ImportProgressOptions {
  /** The old site's URL (`url` in `_config.yml`). */
  siteUrl?: string | undefined
  /** The old permalink style or pattern (`permalink` in `_config.yml`, default `date`). */
  permalink?: string | undefined
  /** Time zone for date-times without one (`timezone` in `_config.yml`, default `UTC`). */
  timeZone?: string | undefined
}

const postNamePattern = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.+)\.(?:md|markdown|mkdown|mkd)$/i
const draftNamePattern = /^(.+)\.(?:md|markdown|mkdown|mkd)$/i
// A page that lists the site's posts or pages (a blog index, an archive) rather than saying something itself.
// Loops over a collection's documents or data files run at import instead (`site.licenses`, `site.data.team`).
const listingPattern = /\{%-?\s*for\s+\w+\s+in\s+(?:site\.(?:posts|pages|html_pages|documents|related_posts|categories|tags)\b|paginator\.)|\{\{-?\s*paginator\./
const documentPattern = /\.(?:md|markdown|mkdown|mkd|html?)$/i
const consumedKeys = ['title', 'layout', 'type', 'permalink', 'published', 'slug', 'author', 'authors', 'image', 'categories', 'category']
// Jekyll's own default `exclude`, plus what no site publishes.
const defaultExcludes = ['Gemfile', 'Gemfile.lock', 'node_modules', 'vendor', 'gemfiles', '.sass-cache', '.jekyll-cache', '_site']

/**
 * Reads a Jekyll site (the folder holding `_posts`, or `_posts` itself): posts and drafts with
 * their dates, old URLs (`permalink`, `collections.posts.permalink`, `timezone`), pages (files with
 * front matter outside `_` folders), documents of output collections, and Liquid converted.
 * Reads the disk, writes nothing.
 */
export function importJekyll(sourceDir: string, options: JekyllImportOptions = {}): ImportResult {
  const root = basename(sourceDir) === '_posts' ? dirname(sourceDir) : sourceDir
  const config = readJekyllConfig(root)
  const siteUrl = (options.siteUrl ?? stringOf(config.url))?.replace(/\/+$/, '')
  const baseurl = stringOf(config.baseurl) ?? ''
  const collections = collectionsOf(config)
  const permalinkStyle = stringOf(config.permalink) ?? 'date'
  const permalink = options.permalink ?? collections.get('posts')?.permalink ?? permalinkStyle
  const timeZone = options.timeZone ?? stringOf(config.timezone) ?? 'UTC'
  const reporter = new Reporter()
  const entries: ImportedEntry[] = []
  const siteRedirects: SiteRedirect[] = []
  const documents = collectionDocumentsOf(root, config, collections, permalinkStyle, baseurl)
  const site = { ...siteValues(root, config, reporter), ...Object.fromEntries([...documents].map(([name, list]) => [name, liquidDocuments(list)])) }
  const context = { baseurl, siteUrl, timeZone, reporter, root, siteRedirects, site, config, pluginTags: pluginTagsOf(root) }
  const excludes = [...defaultExcludes, ...listOf(config.exclude)]
  const isExcluded = (relativePath: string) => excludes.some((pattern) => relativePath === pattern || relativePath.startsWith(`${pattern.replace(/\/+$/, '')}/`))
  const allFiles = listFiles(root)
  for (const { file, folder, isDraftFolder } of postFiles(allFiles, isExcluded)) {
    const name = basename(file)
    const match = isDraftFolder ? draftNamePattern.exec(name) : postNamePattern.exec(name)
    if (!match) {
      if (/\.(?:md|markdown)$/i.test(name)) reporter.add('entrySkipped', file, 'Jekyll ignores posts whose file name does not start with a date (YYYY-MM-DD-).')
      continue
    }
    const fileDate = isDraftFolder ? undefined : `${match[1]}-${(match[2] ?? '').padStart(2, '0')}-${(match[3] ?? '').padStart(2, '0')}`
    const fileSlug = (isDraftFolder ? match[1] : match[4]) ?? name
    // Jekyll reads `_posts` in any folder it reads (`de/news/_posts/`); the folders above it are the
    // post's first categories (`de`, `news`), before those of its front matter.
    const pathCategories = folder === '' ? [] : folder.split('/')
    const entry = readPost(join(root, file), file, { ...context, fileDate, fileSlug, isDraftFolder, permalink, pathCategories })
    if (entry) entries.push(entry)
  }
  for (const [name, collection] of collections) {
    if (name === 'posts') continue
    const files = documents.get(name) ?? []
    if (!collection.output) {
      if (files.length > 0) reporter.add('entrySkipped', `_${name}/`, `The collection "${name}" has no \`output: true\`, so Jekyll gave its ${files.length} documents no URL; they were not imported (they fed templates).`)
      continue
    }
    for (const document of files) {
      const entry = readPage(join(root, document.relativePath), document.relativePath, context, () => document.url)
      if (entry) entries.push(entry)
    }
  }
  for (const relativePath of allFiles) {
    if (relativePath.split('/').some((part) => part.startsWith('_') || part.startsWith('.')) || isExcluded(relativePath)) continue
    if (!hasFrontMatter(join(root, relativePath))) continue
    if (!documentPattern.test(relativePath)) {
      reporter.add('entrySkipped', relativePath, 'Jekyll made this file from a template (a feed, sitemap or stylesheet); nichepress makes its own feeds, sitemap and styles, so it was not imported.')
      continue
    }
    const entry = readPage(join(root, relativePath), relativePath, context, () => jekyllPageUrl(relativePath, permalinkStyle, baseurl))
    if (entry) entries.push(entry)
  }
  return finishImport(entries, reporter, {
    kind: 'jekyll',
    source: sourceDir,
    siteUrl,
    ...siteLayoutWithDefaults(options),
    onProgress: options.onProgress,
    findAsset: assetFinder(root, (path) => !path.split('/').some((part) => part.startsWith('_') || part.startsWith('.'))),
    siteRedirects: [...siteRedirects, ...paginationRedirects(config, entries.filter((entry) => entry.kind === 'post' && entry.oldUrls.length > 0).length, baseurl)],
    title: stringOf(config.title) ?? stringOf(config.name),
    language: stringOf(config.lang) ?? stringOf(config.locale) ?? stringOf(config.language),
  })
}

/**
 * The files of every `_posts` and `_drafts` folder Jekyll reads: the site's own and those inside
 * any folder it reads (not one starting with `_` or `.`, not excluded), with the folder above.
 */
function postFiles(files: readonly string[], isExcluded: (path: string) => boolean): Array<{ file: string; folder: string; isDraftFolder: boolean }> {
  const found: Array<{ file: string; folder: string; isDraftFolder: boolean }> = []
  for (const file of files) {
    const parts = file.split('/')
    const at = parts.findIndex((part) => part === '_posts' || part === '_drafts')
    if (at < 0 || parts.slice(0, at).some((part) => part.startsWith('_') || part.startsWith('.'))) continue
    const folder = parts.slice(0, at).join('/')
    if (folder !== '' && isExcluded(folder)) continue
    found.push({ file, folder, isDraftFolder: parts[at] === '_drafts' })
  }
  // Posts before drafts, as Jekyll reads them (the first of two entries with one slug keeps it).
  return [...found.filter((entry) => !entry.isDraftFolder), ...found.filter((entry) => entry.isDraftFolder)]
}

interface ReadContext {
  siteRedirects: SiteRedirect[]
  baseurl: string
  siteUrl: string | undefined
  timeZone: string
  reporter: Reporter
  root: string
  site: Readonly<Record<string, unknown>>
  config: Readonly<Record<string, unknown>>
  pluginTags: ReadonlySet<string>
}

interface PostContext extends ReadContext {
  /** The folders above the `_posts` folder the post is in (`de/news/_posts/…` → `de`, `news`). */
  pathCategories: readonly string[]
  fileDate: string | undefined
  fileSlug: string
  isDraftFolder: boolean
  permalink: string
}

function readSource(path: string, file: string, reporter: Reporter) {
  try {
    return readFrontMatter(readFileSync(path, 'utf8'))
  } catch (error) {
    reporter.add('entrySkipped', file, `The front matter does not parse: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { line: error instanceof FrontMatterError ? error.line : 1 })
    return undefined
  }
}

function readPost(path: string, file: string, context: PostContext): ImportedEntry | undefined {
  const { reporter } = context
  const split = readSource(path, file, reporter)
  if (!split) return undefined
  const { data } = split
  const frontMatter = mapFrontMatter(data, { file, reporter, timeZone: context.timeZone, consumedKeys })
  const slugSource = typeof data.slug === 'string' && data.slug.trim() !== '' ? data.slug : context.fileSlug
  if (!frontMatter.date && context.fileDate) {
    const date = normalizeDate(context.fileDate, context.timeZone)
    if (date?.wasImpossible) reporter.add('dateFixed', file, `The date ${context.fileDate} in the file name does not exist; it is now ${date.value}.`, { original: context.fileDate, replacement: date.value })
    if (date) frontMatter.date = date.value
  }
  const title = typeof data.title === 'string' && data.title.trim() !== '' ? data.title.trim() : undefined
  if (!title) reporter.add('titleMissing', file, `No title; it is now "${titleFromSlug(context.fileSlug)}".`, { replacement: titleFromSlug(context.fileSlug) })
  frontMatter.title = title ?? titleFromSlug(context.fileSlug)
  const isDraft = context.isDraftFolder || data.published === false || data.published === 'false'
  if (isDraft) frontMatter.draft = true
  Object.assign(frontMatter, authorOf(data), imageOf(data))
  const categories = listOf(data.categories ?? data.category)
  if (categories.length > 0) frontMatter.categories = categories
  // Jekyll fills :year/:month/:day with the post's time in the site's `timezone`.
  const date = typeof frontMatter.date === 'string' ? calendarDayIn(frontMatter.date, context.timeZone) : context.fileDate
  const oldUrl =
    typeof data.permalink === 'string'
      ? `${context.baseurl}${data.permalink.startsWith('/') ? '' : '/'}${data.permalink}`
      : jekyllPostUrl(context.permalink, { date: date ?? '1970-01-01', title: slugSource, categories: [...new Set([...context.pathCategories, ...categories])] }, context.baseurl)
  const findings: LiquidFinding[] = []
  const body = convertSiteLiquid(split.body, file, split.bodyLine, context, data, oldUrl, findings)
  const isTemplate = !isDraft && holdTemplate(findings, file, oldUrl, frontMatter, context)
  return { kind: 'post', sourceFile: file, slug: slugSource, oldUrls: isDraft || isTemplate ? [] : [oldUrl], heldUrls: isTemplate ? [oldUrl] : undefined, frontMatter, body, baseUrl: oldUrl, bodyLine: split.bodyLine }
}

/** A page or collection document: imported as a nichepress page, unless Liquid generates it from other content. */
function readPage(path: string, file: string, context: ReadContext, urlOf: (data: Record<string, unknown>) => string): ImportedEntry | undefined {
  const { reporter } = context
  const split = readSource(path, file, reporter)
  if (!split) return undefined
  const { data } = split
  const oldUrl = typeof data.permalink === 'string' ? `${context.baseurl}${data.permalink.startsWith('/') ? '' : '/'}${data.permalink}`.replace(/\/{2,}/g, '/') : urlOf(data)
  if (listingPattern.test(withoutCode(split.body))) {
    reporter.add('entrySkipped', file, `The page ${oldUrl} lists posts or pages with a Liquid loop; nichepress generates its home, archive and tag pages itself, so it was not imported.`, { original: oldUrl })
    if (oldUrl !== `${context.baseurl.replace(/\/+$/, '')}/`) context.siteRedirects.push({ from: oldUrl, to: { archive: true }, source: file, reason: 'list page' })
    return undefined
  }
  const redirectTo = stringOf(data.redirect_to)
  if (redirectTo) {
    context.siteRedirects.push({ from: oldUrl, to: { url: redirectTo }, source: file, reason: 'redirect page' })
    return undefined
  }
  if (/\/404(?:\.html|\/)$/.test(oldUrl)) {
    reporter.add('entrySkipped', file, 'This is the old "not found" page; nichepress makes its own 404 page, so it was not imported.', { original: oldUrl })
    return undefined
  }
  if (oldUrl === `${context.baseurl.replace(/\/+$/, '')}/`) {
    reporter.add('entrySkipped', file, 'This is the old home page; nichepress makes its own home page at the same URL, so its text was not imported. Put what you need of it into an `index.md` page.', { original: oldUrl })
    return undefined
  }
  const frontMatter = mapFrontMatter(data, { file, reporter, timeZone: context.timeZone, consumedKeys })
  const stem = file.replace(/\.[^./]+$/, '').split('/')
  const fileSlug = ((stem.at(-1) === 'index' ? stem.at(-2) : stem.at(-1)) ?? 'index').replace(/^_/, '')
  const slugSource = stringOf(data.slug) ?? fileSlug
  const title = stringOf(data.title)
  if (!title) reporter.add('titleMissing', file, `No title; it is now "${titleFromSlug(slugSource)}".`, { replacement: titleFromSlug(slugSource) })
  frontMatter.title = title ?? titleFromSlug(slugSource)
  if (data.published === false || data.published === 'false') frontMatter.draft = true
  Object.assign(frontMatter, authorOf(data), imageOf(data))
  const findings: LiquidFinding[] = []
  const liquid = convertSiteLiquid(split.body, file, split.bodyLine, context, data, oldUrl, findings)
  const isTemplate = frontMatter.draft !== true && holdTemplate(findings, file, oldUrl, frontMatter, context)
  const body = /\.html?$/i.test(file) ? htmlToMarkdown(liquid, { file, reporter, cloakedLinks: new Map() }) : documentPattern.test(file) ? liquid : plainTextBody(liquid)
  return {
    kind: 'page',
    sourceFile: file,
    slug: slugSource,
    oldUrls: frontMatter.draft === true ? [] : [oldUrl],
    heldUrls: isTemplate ? [oldUrl] : undefined,
    frontMatter,
    body,
    baseUrl: oldUrl,
    bodyLine: /\.(?:md|markdown|mkdown|mkd)$/i.test(file) ? split.bodyLine : undefined,
  }
}

/**
 * The documents of every collection but `posts` (files with front matter in `_<label>/`, any
 * extension, as Jekyll reads them) with the URL Jekyll gave each (also when it wrote none).
 */
function collectionDocumentsOf(root: string, config: Readonly<Record<string, unknown>>, collections: ReadonlyMap<string, JekyllCollection>, permalinkStyle: string, baseurl: string): Map<string, CollectionDocument[]> {
  const result = new Map<string, CollectionDocument[]>()
  for (const [name, collection] of collections) {
    if (name === 'posts') continue
    const pattern = collection.permalink ?? jekyllCollectionTemplate(permalinkStyle)
    const documents: CollectionDocument[] = []
    for (const path of listFiles(join(root, `_${name}`))) {
      const relativePath = `_${name}/${path}`
      if (!hasFrontMatter(join(root, relativePath))) continue
      const frontMatter = { ...frontMatterDefaults(config, relativePath, name), ...quietFrontMatter(join(root, relativePath)) }
      const stem = path.replace(/\.[^./]+$/, '')
      const url = jekyllDocumentUrl(pattern, { collection: name, path: stem, slug: stringOf(frontMatter.slug), date: dateText(frontMatter.date), categories: listOf(frontMatter.categories ?? frontMatter.category) }, baseurl)
      documents.push({ collection: name, path: stem, relativePath, frontMatter, url: typeof frontMatter.permalink === 'string' ? `${baseurl}${frontMatter.permalink.startsWith('/') ? '' : '/'}${frontMatter.permalink}`.replace(/\/{2,}/g, '/') : url })
    }
    result.set(name, documents)
  }
  return result
}

// A document's front matter for `site.<label>`; one that does not parse is reported when the document itself is read.
function quietFrontMatter(path: string): Record<string, unknown> {
  try {
    return readFrontMatter(readFileSync(path, 'utf8')).data
  } catch {
    return {}
  }
}

// `defaults:` scope types: a post, a collection's document, or a page.
function documentTypeOf(file: string): string {
  const parts = file.split('/')
  if (parts.some((part) => part === '_posts' || part === '_drafts')) return 'posts'
  return parts[0]?.startsWith('_') ? parts[0].slice(1) : 'pages'
}

// A plain-text document (a licence text): Jekyll printed it as it is, line breaks kept.
function plainTextBody(text: string): string {
  return `\`\`\`text\n${text.trim()}\n\`\`\``
}

interface JekyllCollection {
  output: boolean
  permalink: string | undefined
}

/** `collections:` as a mapping or a list of names; `posts` always exists and always has output. */
function collectionsOf(config: Readonly<Record<string, unknown>>): Map<string, JekyllCollection> {
  const result = new Map<string, JekyllCollection>()
  const declared = config.collections
  if (Array.isArray(declared)) for (const name of declared) if (typeof name === 'string') result.set(name, { output: false, permalink: undefined })
  if (typeof declared === 'object' && declared !== null && !Array.isArray(declared)) {
    for (const [name, value] of Object.entries(declared as Record<string, unknown>)) {
      const settings = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
      result.set(name, { output: settings.output === true || name === 'posts', permalink: stringOf(settings.permalink) })
    }
  }
  return result
}

// jekyll-paginate's `/page2/`… pages of the home page.
function paginationRedirects(config: Readonly<Record<string, unknown>>, posts: number, baseurl: string): SiteRedirect[] {
  const perPage = typeof config.paginate === 'number' ? config.paginate : 0
  if (perPage < 1) return []
  const pattern = stringOf(config.paginate_path) ?? '/page:num/'
  const pages = Math.ceil(posts / perPage)
  const redirects: SiteRedirect[] = []
  for (let number = 2; number <= pages; number++) {
    redirects.push({ from: `${baseurl.replace(/\/+$/, '')}/${pattern.replace(':num', String(number))}`.replace(/\/{2,}/g, '/'), to: { home: true }, source: '_config.yml', reason: 'paginated list page' })
  }
  return redirects
}

function hasFrontMatter(path: string): boolean {
  const descriptor = openSync(path, 'r')
  try {
    const buffer = Buffer.alloc(5)
    const length = readSync(descriptor, buffer, 0, 5, 0)
    return /^(?:\uFEFF)?---\s/.test(buffer.subarray(0, length).toString('utf8'))
  } finally {
    closeSync(descriptor)
  }
}

// Liquid in `{% raw %}` blocks and fenced code is an example in the text, not what the page does.
function withoutCode(body: string): string {
  return body.replace(/\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\}/g, '').replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '')
}

function dateText(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined
}

/**
 * `site.…` as Liquid saw it: `_config.yml`'s values, and under `data` the files of the data
 * folder (`data_dir`, default `_data`), never outside the site folder.
 */
function siteValues(root: string, config: Readonly<Record<string, unknown>>, reporter: Reporter): Record<string, unknown> {
  if (typeof config.data === 'object' && config.data !== null) return { ...config }
  const folderName = stringOf(config.data_dir) ?? '_data'
  const folder = resolve(root, folderName)
  const data = folder.startsWith(resolve(root) + sep) ? readDataFolder(folder, reporter, folderName.replace(/\/+$/, '')) : {}
  return { ...config, data }
}

/**
 * The Liquid tags the site's own plugins define (`Liquid::Template.register_tag("translation_status", …)`
 * in `_plugins/*.rb`): Ruby code made what they printed, so the import cannot.
 */
function pluginTagsOf(root: string): Set<string> {
  const folder = join(root, '_plugins')
  const tags = new Set<string>()
  if (!existsSync(folder)) return tags
  for (const file of listFiles(folder).filter((path) => path.endsWith('.rb'))) {
    for (const match of readFileSync(join(folder, file), 'utf8').matchAll(/register_(?:tag|block)\(\s*[:'"]([\w-]+)/g)) tags.add(match[1] ?? '')
  }
  return tags
}

// A post's or page's Liquid, with what the site knows (its URL, base URL, folder and `site.…` values).
function convertSiteLiquid(body: string, file: string, bodyLine: number, context: ReadContext, data: Readonly<Record<string, unknown>>, oldUrl: string, findings: LiquidFinding[]): string {
  // Jekyll's `page.url` is the page's URL without the base URL (`/it/downloads/`).
  const url = context.baseurl !== '' && oldUrl.startsWith(`${context.baseurl.replace(/\/+$/, '')}/`) ? oldUrl.slice(context.baseurl.replace(/\/+$/, '').length) : oldUrl
  const withDefaults = { ...frontMatterDefaults(context.config, file, documentTypeOf(file)), ...data }
  const pageData = Object.hasOwn(data, 'url') ? withDefaults : { ...withDefaults, url }
  return convertLiquid(body, { file, bodyLine, reporter: context.reporter, siteUrl: context.siteUrl, baseUrl: context.baseurl, root: context.root, site: context.site, timeZone: context.timeZone, pageData, findings, pluginTags: context.pluginTags })
}

/**
 * A page or post whose Liquid decides what it shows becomes a draft (its old URL leads to the
 * archive or home page until it is published with it in `aliases`), reported at the first such piece. True when it did.
 */
function holdTemplate(findings: readonly LiquidFinding[], file: string, oldUrl: string, frontMatter: Record<string, unknown>, context: ReadContext): boolean {
  const template = describeLiquidTemplate(findings, oldUrl)
  if (!template) return false
  frontMatter.draft = true
  context.reporter.add('liquidTemplate', file, template.message, { line: template.finding.line, column: template.finding.column, original: template.finding.original })
  if (oldUrl !== `${context.baseurl.replace(/\/+$/, '')}/`) context.siteRedirects.push({ from: oldUrl, to: template.redirectTo, source: file, reason: 'Liquid template page (now a draft)' })
  return true
}

function readJekyllConfig(root: string): Record<string, unknown> {
  const file = join(root, '_config.yml')
  if (!existsSync(file)) return {}
  const value: unknown = parseYaml(readFileSync(file, 'utf8'))
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
}

function authorOf(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  // `author` may be a list too (several authors of one post); nichepress shows the first.
  const authors = Array.isArray(data.author) ? data.author.filter((item): item is string => typeof item === 'string') : Array.isArray(data.authors) ? data.authors.filter((item): item is string => typeof item === 'string') : listOf(data.authors)
  const author = typeof data.author === 'string' ? data.author.trim() : authors[0]
  return { author, ...(authors.length > 1 ? { authors } : {}) }
}

// Themes store images as a string or as a mapping like { src, title, alt, license }.
function imageOf(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const image = data.image
  if (typeof image === 'string') return { image }
  if (typeof image !== 'object' || image === null) return {}
  const record = image as Record<string, unknown>
  const src = stringOf(record.src) ?? stringOf(record.path) ?? stringOf(record.url)
  const imageAlt = stringOf(record.alt) ?? stringOf(record.title)
  return { image: src, imageAlt, imageLicense: stringOf(record.license) }
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item) => item !== null && item !== undefined).map(String)
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : []
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

function titleFromSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
