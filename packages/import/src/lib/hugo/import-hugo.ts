import { existsSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { finishImport, type SiteLayout, siteLayoutWithDefaults, type ImportProgressOptions } from '../finish-import.js'
import type { HostRedirect, ImportedEntry, ImportResult, SiteRedirect } from '../import-result.js'
import { importLanguageTag } from '../import-language.js'
import { assetFinder, listFiles } from '../list-files.js'
import { mapFrontMatter } from '../map-front-matter.js'
import { normalizeDate } from '../normalize-date.js'
import { FrontMatterError, readFrontMatter } from '../read-front-matter.js'
import { Reporter } from '../report-rules.js'
import { convertHugoShortcodes } from './convert-hugo-shortcodes.js'
import { type HugoContentRoot, hugoContentRoots } from './hugo-content-roots.js'
import { hugoPageUrl, urlize } from './hugo-permalink.js'
import { readHugoConfig } from './read-hugo-config.js'

/** Options of `importHugo`; values given here win over the site's config file. */
export interface HugoImportOptions extends Partial<SiteLayout>, ImportProgressOptions {
  /** The old site's URL (`baseURL` in the Hugo config). */
  siteUrl?: string | undefined
  /** Time zone for date-times without one (`timeZone` in the Hugo config, default `UTC`). */
  timeZone?: string | undefined
}

const postSections = new Set(['posts', 'post', 'blog', 'articles', 'news'])
const consumedKeys = ['title', 'slug', 'url', 'aliases', 'images', 'image', 'cover', 'layout', 'type', 'weight', 'menu', 'publishDate', 'date', 'toc', 'featured_image']

/** One language of a Hugo site, as its config declares it. */
interface HugoLanguage {
  code: string
  /** The language's BCP 47 tag: the code when it is one (`de`, `pt-br` → `pt-BR`), else its `languageCode`. */
  tag: string | undefined
  /** Content folder relative to the source (`content`, `content/de`, `content.en`). */
  contentDir: string
  /** URL prefix (`/de`), empty for the default language unless `defaultContentLanguageInSubdir`. */
  prefix: string
  permalinks: Record<string, unknown>
  weight: number
  isDefault: boolean
  /** The language's own `baseURL` (Hugo multihost: each language on its own host), if it has one. */
  baseUrl: string | undefined
}

/**
 * Reads a Hugo site: `content/**` pages and page bundles with TOML, YAML or JSON front matter,
 * their old URLs (permalinks, `url`, `aliases`, language prefixes), translations (`post.de.md`,
 * `content/<lang>/` trees, `translationKey`) and shortcodes converted. Bundle resources and
 * `static/` files that content refers to are copied. The config may be a root file or `config/_default/`.
 */
export function importHugo(sourceDir: string, options: HugoImportOptions = {}): ImportResult {
  const hugoConfig = readHugoConfig(sourceDir)
  const config = hugoConfig.values
  const timeZone = options.timeZone ?? stringOf(config.timezone) ?? 'UTC'
  const reporter = new Reporter()
  const languages = languagesOf(config)
  // Multihost: the default language's host is the site; every other host's language moves below its prefix there.
  const siteUrl = (options.siteUrl ?? languages[0]?.baseUrl ?? stringOf(config.baseurl))?.replace(/\/+$/, '')
  const movedHosts = movedLanguageHosts(languages, siteUrl)
  for (const moved of movedHosts) reporter.add('hostMoved', hugoConfig.files[0] ?? 'hugo.toml', hostMovedMessage(moved), { original: moved.from, replacement: moved.to })
  const isMultilingual = languages.length > 1
  const defaultLanguage = languages[0]?.code ?? 'en'
  const bundleResources = new Map<string, string>()
  const listUrls = new ListUrls(config)
  const entries: Array<ImportedEntry & { groupKey: string; language: string }> = []
  const roots = hugoContentRoots(config, languages)
  const knownCodes = new Set(languages.map((language) => language.code))
  // One content path of one language is one page: the first mount that has it wins, as in Hugo.
  const seen = new Set<string>()
  const entryOfFile = new Map<string, ImportedEntry & { groupKey: string; language: string }>()
  for (const root of roots) {
    // A language whose content folder lies inside another's (content/de in content) is read once, as its own.
    const nested = roots.filter((other) => other !== root && other.target === root.target && other.source.startsWith(`${root.source}/`))
    const rootLanguage = root.languages.includes(defaultLanguage) ? defaultLanguage : (root.languages[0] ?? defaultLanguage)
    const files = listFiles(join(sourceDir, root.source)).filter((path) => root.isMounted(path) && !nested.some((other) => `${root.source}/${path}`.startsWith(`${other.source}/`)))
    for (const relativePath of files.filter((path) => /\.(?:md|markdown)$/i.test(path))) {
      const file = `${root.source}/${relativePath}`
      // Where Hugo sees the file: below the mount's target (`content/blog` → section `blog`).
      const contentPath = root.target === '' ? relativePath : `${root.target}/${relativePath}`
      const segments = contentPath.split('/')
      const nameMatch = /^(.*?)(?:\.([a-z0-9_-]+))?\.(?:md|markdown)$/i.exec(segments.at(-1) ?? '')
      const suffix = nameMatch?.[2]?.toLowerCase()
      const suffixIsLanguage = suffix !== undefined && (knownCodes.has(suffix) || (!isMultilingual && /^[a-z]{2}(?:-[a-z]{2})?$/.test(suffix) && suffix !== 'index'))
      const baseName = suffixIsLanguage ? (nameMatch?.[1] ?? '') : (segments.at(-1) ?? '').replace(/\.(?:md|markdown)$/i, '')
      if (/^_index$/i.test(baseName)) {
        reporter.add('entrySkipped', file, 'Section list pages (_index.md) are generated by nichepress (tag and archive pages); this one was not imported.')
        continue
      }
      const languageCode = (suffixIsLanguage ? suffix : undefined) ?? rootLanguage
      const seenKey = `${languageCode}\0${segments.slice(0, -1).join('/')}/${baseName}`
      if (seen.has(seenKey)) {
        reporter.add('entrySkipped', file, `Hugo reads ${contentPath} (language "${languageCode}") from an earlier content mount; this copy is hidden by it and was not imported.`)
        continue
      }
      seen.add(seenKey)
      let split
      try {
        split = readFrontMatter(readFileSync(join(sourceDir, file), 'utf8'))
      } catch (error) {
        reporter.add('entrySkipped', file, `The front matter does not parse: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { line: error instanceof FrontMatterError ? error.line : 1 })
        continue
      }
      const { data } = split
      const language = languages.find((item) => item.code === languageCode) ?? { code: languageCode, contentDir: root.source, prefix: `/${languageCode}`, permalinks: {} }
      const isBundle = baseName === 'index'
      const filename = isBundle ? (segments.at(-2) ?? 'index') : baseName
      const sections = segments.slice(0, isBundle ? -2 : -1).join('/')
      const frontMatter = mapFrontMatter(data, { file, reporter, timeZone, consumedKeys })
      const dated = pageDate(data, filename, config)
      const date = mapFrontMatter({ date: dated.date }, { file, reporter, timeZone, consumedKeys: [] }).date
      if (typeof date === 'string') frontMatter.date = date
      const title = stringOf(data.title) ?? filename
      if (!stringOf(data.title)) reporter.add('titleMissing', file, `No title; it is now "${filename}".`, { replacement: filename })
      frontMatter.title = title
      const image = imageOf(data)
      if (image) frontMatter.image = image
      const slug = stringOf(data.slug) ?? dated.slug
      const section = sections.split('/')[0] ?? ''
      const permalinks = { ...recordOf(config.permalinks), ...language.permalinks }
      const explicitUrl = stringOf(data.url)
      const pageUrl = explicitUrl ?? hugoPageUrl(stringOf(recordOf(permalinks.page)[section]) ?? stringOf(permalinks[section]), { date: typeof date === 'string' ? date : undefined, title, slug, filename, sections })
      // On its own host (multihost) a language's `url` and `aliases` are relative to that host; they move below the prefix too.
      const hostPrefix = movedHosts.some((moved) => moved.language === language.code) ? language.prefix : ''
      const normalizedUrl = explicitUrl ? `${hostPrefix}${explicitUrl.startsWith('/') ? explicitUrl : `/${explicitUrl}`}` : `${language.prefix}${pageUrl}`
      frontMatter.aliases = listOf(data.aliases).map((alias) => (alias.startsWith('/') ? `${hostPrefix}${alias}` : posix.join(posix.dirname(normalizedUrl.replace(/\/$/, '')), alias)))
      // A file a second mount serves for another language too (Hugo 0.96's mounts that fill missing
      // translations with another language's content): one page in its first language; the other
      // language's URL of it redirects there.
      const first = entryOfFile.get(file)
      if (first) {
        if (first.oldUrls.length > 0 && frontMatter.draft !== true) first.oldUrls.push(normalizedUrl)
        reporter.add('entrySkipped', file, `Hugo also served this file for the language "${languageCode}" at ${normalizedUrl} (a content mount filling missing translations with "${first.language}" content); it is imported once, in "${first.language}", and ${normalizedUrl} redirects to it.`, { original: normalizedUrl })
        continue
      }
      if (isBundle) {
        const folder = relativePath.split('/').slice(0, -1).join('/')
        for (const resource of files.filter((path) => path.startsWith(`${folder}/`) && !/\.(?:md|markdown)$/i.test(path))) {
          bundleResources.set(`${normalizedUrl}${resource.slice(folder.length + 1)}`, join(sourceDir, root.source, resource))
        }
      }
      const body = convertHugoShortcodes(split.body, { file, bodyLine: split.bodyLine, reporter, contentFile: (path) => sourceFileOf(path, [root, ...roots.filter((other) => other !== root)], sourceDir, languageCode) })
      const isDraft = frontMatter.draft === true
      if (!isDraft) listUrls.add(file, language.prefix, section, data)
      const groupKey = stringOf(data.translationKey) ?? stringOf(data.translationkey) ?? [sections, filename].filter(Boolean).join('/')
      const entry: ImportedEntry & { groupKey: string; language: string } = {
        kind: sections === '' || !postSections.has(section) ? 'page' : 'post',
        sourceFile: file,
        slug: slug ?? filename,
        oldUrls: isDraft ? [] : [normalizedUrl],
        frontMatter,
        body,
        baseUrl: normalizedUrl,
        bodyLine: split.bodyLine,
        groupKey,
        language: languageCode,
      }
      entries.push(entry)
      entryOfFile.set(file, entry)
    }
  }
  linkTranslations(entries, languages, isMultilingual, reporter)
  const staticAsset = assetFinder(join(sourceDir, 'static'))
  return finishImport(
    entries.map(({ groupKey: _groupKey, language: _language, ...entry }) => entry),
    reporter,
    {
      kind: 'hugo',
      source: sourceDir,
      siteUrl,
      ...siteLayoutWithDefaults(options),
      onProgress: options.onProgress,
      findAsset: (path) => bundleResources.get(path) ?? bundleResources.get(safeDecode(path)) ?? staticAsset(path),
      siteRedirects: listUrls.redirects(),
      hostRedirects: movedHosts,
      title: stringOf(config.title),
      // A one-language site says its language in `languageCode` (Hugo's default language is `en` whatever the content).
      language: !isMultilingual && defaultLanguage === 'en' && !config.defaultcontentlanguage ? (stringOf(config.languagecode) ?? defaultLanguage) : (languages[0]?.tag ?? defaultLanguage),
    },
  )
}

/**
 * Entries that share a translation key (Hugo's `translationKey`, else the same path without the
 * language) become nichepress translations: the default language's entry keeps its slug, the
 * others go to a folder named after their language and carry `lang` and `translationKey`.
 */
function linkTranslations(entries: Array<ImportedEntry & { groupKey: string; language: string }>, languages: readonly HugoLanguage[], isMultilingual: boolean, reporter: Reporter): void {
  const defaultLanguage = languages[0]?.code ?? 'en'
  const tags = new Map(languages.map((language) => [language.code, language.tag]))
  const tagOf = (code: string) => (tags.has(code) ? tags.get(code) : importLanguageTag(code))
  const groups = new Map<string, Array<ImportedEntry & { groupKey: string; language: string }>>()
  for (const entry of entries) groups.set(`${entry.kind}\0${entry.groupKey}`, [...(groups.get(`${entry.kind}\0${entry.groupKey}`) ?? []), entry])
  for (const group of groups.values()) {
    const original = group.find((entry) => entry.language === defaultLanguage) ?? group[0]
    for (const entry of group) {
      const lang = tagOf(entry.language)
      if (isMultilingual || entry !== original) {
        if (lang) entry.frontMatter.lang = lang
      }
      if (entry !== original) {
        entry.folder = entry.language
        entry.translation = true
      } else if (entry.language !== defaultLanguage) {
        entry.folder = entry.language
      }
      if (!lang && (isMultilingual || entry !== original)) {
        reporter.add('languageUnsupported', entry.sourceFile, `The Hugo language "${entry.language}" is not a BCP 47 language tag and has no \`languageCode\` that is one; this page is imported at its old URL without \`lang\` and hreflang. Set \`lang\` to its tag (like "de", "fr" or "ja") in the imported files.`, { original: entry.language })
      }
    }
    const linked = group.filter((entry) => tagOf(entry.language) !== undefined)
    if (linked.length > 1 && original) {
      const key = typeof original.frontMatter.translationKey === 'string' ? original.frontMatter.translationKey : original.groupKey
      for (const entry of linked) entry.frontMatter.translationKey = key
    }
  }
}

/**
 * The URLs Hugo generated besides pages: taxonomy terms (`/tags/zelt/` → the tag page), taxonomy
 * and section lists (→ the archive), RSS feeds (`index.xml` → the feed) and language homes.
 */
class ListUrls {
  private readonly found = new Map<string, SiteRedirect>()
  private readonly taxonomies: string[]
  private readonly disabled: Set<string>

  constructor(config: Readonly<Record<string, unknown>>) {
    const declared = recordOf(config.taxonomies)
    this.taxonomies = Object.keys(declared).length > 0 ? Object.values(declared).filter((value): value is string => typeof value === 'string') : ['tags', 'categories']
    this.disabled = new Set(listOf(config.disablekinds).map((kind) => kind.toLowerCase()))
  }

  add(file: string, prefix: string, section: string, data: Readonly<Record<string, unknown>>): void {
    if (prefix !== '') this.set(`${prefix}/`, { home: true }, file, 'language home page')
    if (!this.disabled.has('rss')) this.set(`${prefix}/index.xml`, { feed: true }, file, 'feed')
    if (section !== '' && !this.disabled.has('section')) {
      this.set(`${prefix}/${urlize(section)}/`, { archive: true }, file, 'section page')
      if (!this.disabled.has('rss')) this.set(`${prefix}/${urlize(section)}/index.xml`, { feed: true }, file, 'section feed')
    }
    for (const taxonomy of this.taxonomies) {
      const terms = listOf(data[taxonomy] ?? data[taxonomy.toLowerCase()])
      if (terms.length === 0) continue
      if (!this.disabled.has('taxonomy')) this.set(`${prefix}/${urlize(taxonomy)}/`, { archive: true }, file, `${taxonomy} list page`)
      if (this.disabled.has('term')) continue
      for (const term of terms) {
        this.set(`${prefix}/${urlize(taxonomy)}/${urlize(term)}/`, { tag: term }, file, `${taxonomy} page`)
        if (!this.disabled.has('rss')) this.set(`${prefix}/${urlize(taxonomy)}/${urlize(term)}/index.xml`, { feed: true }, file, `${taxonomy} feed`)
      }
    }
  }

  redirects(): SiteRedirect[] {
    return [...this.found.values()]
  }

  private set(from: string, to: SiteRedirect['to'], source: string, reason: string): void {
    if (!this.found.has(from)) this.found.set(from, { from, to, source, reason })
  }
}

/**
 * Hugo multihost (`languages.<code>.baseURL`): each language other than the default one was served at
 * its own base URL, without a language prefix. Its pages move below `/<code>/` on the site's URL; each
 * old base URL gets a host-level redirect there.
 */
function movedLanguageHosts(languages: readonly HugoLanguage[], siteUrl: string | undefined): HostRedirect[] {
  if (siteUrl === undefined) return []
  const site = `${siteUrl}/`
  return languages.flatMap((language) => {
    const base = language.baseUrl?.replace(/\/*$/, '/')
    if (language.isDefault || base === undefined || base === site || !/^https?:\/\/[^/]+\//.test(base)) return []
    return [{ language: language.code, from: base, to: `${siteUrl}${language.prefix}/` }]
  })
}

function hostMovedMessage(moved: HostRedirect): string {
  const host = new URL(moved.from).host
  const path = new URL(moved.from).pathname
  const vercel = JSON.stringify({ source: `${path}:path*`, has: [{ type: 'host', value: host }], destination: `${moved.to}:path*`, permanent: true })
  return `Hugo served the "${moved.language}" pages at ${moved.from} (multihost); they are imported below ${moved.to}, and their old paths redirect there. For the old URLs on ${host} to keep working: (1) point ${host} at the new site (Netlify: Domain management → add ${host} as a domain alias; Vercel: Settings → Domains → add ${host}; then set its DNS records as the host shows them), and (2) keep the host rule the build writes from import-redirects.json (Netlify _redirects: \`${moved.from}* ${moved.to}:splat 301!\`; Vercel: \`${vercel}\`).`
}

/** The site's languages, the default first; a site without `languages` has one, `content/`. */
function languagesOf(config: Record<string, unknown>): HugoLanguage[] {
  const defaultCode = (stringOf(config.defaultcontentlanguage) ?? 'en').toLowerCase()
  const inSubdir = config.defaultcontentlanguageinsubdir === true
  const declared = recordOf(config.languages)
  const codes = Object.keys(declared).filter((code) => recordOf(declared[code]).disabled !== true && !listOf(config.disablelanguages).includes(code))
  if (!codes.includes(defaultCode)) codes.unshift(defaultCode)
  const rootContentDir = stringOf(config.contentdir) ?? 'content'
  return codes
    .map((code) => {
      const settings = recordOf(declared[code])
      const isDefault = code === defaultCode
      return {
        code,
        tag: importLanguageTag(code) ?? importLanguageTag(settings.languagecode ?? (isDefault ? config.languagecode : undefined)),
        contentDir: (stringOf(settings.contentdir) ?? rootContentDir).replace(/^\.\//, '').replace(/\/+$/, ''),
        prefix: isDefault && !inSubdir ? '' : `/${code}`,
        permalinks: recordOf(settings.permalinks),
        weight: typeof settings.weight === 'number' ? settings.weight : 0,
        isDefault,
        baseUrl: stringOf(settings.baseurl),
      }
    })
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.weight - b.weight || (a.code < b.code ? -1 : 1))
}

/**
 * The source file of a content path (`/blog/first.md` as a `ref` names it, from a page in
 * `language`): below the first root whose target holds it where the file is (or its translation,
 * `first.en.md`, as Hugo finds it from an English page), else below the first root whose target holds it.
 */
function sourceFileOf(contentPath: string, roots: readonly HugoContentRoot[], sourceDir: string, language: string): string {
  const path = contentPath.replace(/^\/+/, '')
  const candidates = roots.filter((root) => root.target === '' || path === root.target || path.startsWith(`${root.target}/`)).map((root) => posix.join(root.source, root.target === '' ? path : path.slice(root.target.length + 1)))
  for (const candidate of candidates) {
    const found = [candidate.replace(/\.(md|markdown)$/i, `.${language}.$1`), candidate, `${candidate}.md`].find((file) => existsSync(join(sourceDir, file)))
    if (found) return found === `${candidate}.md` ? candidate : found
  }
  return candidates[0] ?? posix.join('content', path)
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path)
  } catch {
    return path
  }
}

function imageOf(data: Readonly<Record<string, unknown>>): string | undefined {
  const images = listOf(data.images)
  return images[0] ?? stringOf(data.image) ?? stringOf(data.featured_image) ?? stringOf(recordOf(data.cover).image)
}

function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string')
  return typeof value === 'string' ? [value] : []
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}


// Hugo's front matter date sources (`frontmatter.date` in the config, default `[":default"]`): the
// first that gives a date wins. `:filename` reads a date at the start of the file name
// (`2014-06-21-ok-lab.md`) and, unless the front matter sets a slug, makes the rest the slug — as
// Hugo does, so the old URL is `/blog/ok-lab/`. `:fileModTime` and `:git` cannot be known here.
const defaultDateKeys = ['date', 'publishdate', 'pubdate', 'published', 'lastmod', 'modified']

function pageDate(data: Readonly<Record<string, unknown>>, filename: string, config: Readonly<Record<string, unknown>>): { date: unknown; slug?: string } {
  const configured = recordOf(config.frontmatter).date
  const sources = (Array.isArray(configured) ? configured : typeof configured === 'string' ? [configured] : [':default']).filter((source): source is string => typeof source === 'string').map((source) => source.toLowerCase())
  const keys = new Map(Object.keys(data).map((key) => [key.toLowerCase(), key]))
  const valueOf = (name: string) => {
    const key = keys.get(name)
    const value = key === undefined ? undefined : data[key]
    return value === undefined || value === null || value === '' ? undefined : value
  }
  for (const source of sources) {
    if (source === ':filename') {
      // Hugo takes one more extension off first (`2021-04-28-jedeschule-2.0` → slug `jedeschule-2`).
      const match = /^(\d{4}-\d{2}-\d{2})(.*)$/.exec(filename.replace(/\.[^.]*$/, ''))
      const date = match?.[1]
      // Not a calendar day (`2021-09-31-…`), or Go's zero time (0001-01-01): Hugo's handler finds no date and sets no slug.
      const day = date === undefined ? undefined : normalizeDate(date, 'UTC')
      if (date === undefined || !day || day.wasImpossible || date === '0001-01-01') continue
      const slug = (match?.[2] ?? '').replace(/^[ _-]+|[ _-]+$/g, '')
      return slug === '' ? { date } : { date, slug }
    }
    for (const name of source === ':default' ? defaultDateKeys : source.startsWith(':') ? [] : [source]) {
      const value = valueOf(name)
      if (value !== undefined) return { date: value }
    }
  }
  return { date: undefined }
}
