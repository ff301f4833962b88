import { posix } from 'node:path'
import { expandPermalink, slugify } from '@nichepress/core'
import { isEmbedIframe } from './embed-providers.js'
import type { ImportedAsset, ImportedEntry, ImportedFile, ImportRedirect, ImportResult, SourceKind } from './import-result.js'
import { type Reporter, sortReportItems, needsReview } from './report-rules.js'
import { ownHostsOf, resolveOldUrl, urlKey } from './resolve-old-url.js'
import { rewriteMarkdownUrls, type UrlPlace } from './rewrite-markdown-urls.js'
import { writeMarkdownFile } from './write-front-matter.js'

/** Prefix of a link that names a source file (Jekyll `post_url`, Hugo `ref`) until the target's new path is known. */
export const sourceReferencePrefix = 'nichepress-import-source:'

/** Where the imported site keeps things, and how it forms URLs. */
export interface SiteLayout {
  /** Content folder, relative to the site folder (default `content`). */
  contentDir: string
  /** Static folder, relative to the site folder (default `static`). */
  staticDir: string
  /** The new site's permalink patterns (default `/:slug/` for both). */
  permalinks: { posts: string; pages: string }
}

/** The layout of a nichepress site when the importer is not told otherwise. */
export const defaultSiteLayout: SiteLayout = { contentDir: 'content', staticDir: 'static', permalinks: { posts: '/:slug/', pages: '/:slug/' } }

/** The given layout, each part left out taken from `defaultSiteLayout`. */
export function siteLayoutWithDefaults(layout: Partial<SiteLayout>): SiteLayout {
  return {
    contentDir: layout.contentDir ?? defaultSiteLayout.contentDir,
    staticDir: layout.staticDir ?? defaultSiteLayout.staticDir,
    permalinks: layout.permalinks ?? defaultSiteLayout.permalinks,
  }
}

/** What every importer hands to `finishImport`. */
export interface FinishOptions extends SiteLayout {
  kind: SourceKind
  source: string
  /** The old site's URL; links to its own host count as internal, unknown paths point back to it. */
  siteUrl: string | undefined
  /** The source file behind a root-relative asset path of the old site, if it is in the source. */
  findAsset: (path: string) => string | undefined
}

interface PlacedEntry {
  entry: ImportedEntry
  slug: string
  url: string
  path: string
}

/**
 * Gives every entry its new slug, URL, file and aliases, rewrites internal links to relative
 * `.md` paths, collects assets and builds the report. Pure: nothing is read or written.
 */
export function finishImport(entries: readonly ImportedEntry[], reporter: Reporter, options: FinishOptions): ImportResult {
  const placed = placeEntries([...entries].sort((a, b) => compare(a.sourceFile, b.sourceFile)), reporter, options)
  const lookup = createLookup(placed)
  const assets = new Map<string, ImportedAsset>()
  const ownHosts = ownHostsOf(options.siteUrl)
  let linksRewritten = 0
  let rawHtml = 0
  const files: ImportedFile[] = []
  const redirects: ImportRedirect[] = []
  for (const item of placed) {
    const { entry } = item
    const lineOffset = entry.bodyLine === undefined ? undefined : entry.bodyLine - 1
    const sourceLineOf = (line: number | undefined) => (line === undefined || lineOffset === undefined ? undefined : line + lineOffset)
    const rewrite = (href: string, place: UrlPlace, line: number | undefined): string | undefined => {
      const sourceLine = sourceLineOf(line)
      if (href.startsWith(sourceReferencePrefix)) {
        const [reference = '', fragment] = href.slice(sourceReferencePrefix.length).split('#')
        const target = lookup.bySource.get(sourceKey(reference)) ?? lookup.bySource.get(sourceKey(posix.basename(reference)))
        if (!target) {
          reporter.add('linkOutsideImport', entry.sourceFile, `The reference to "${reference}" matches no imported file; it is left as a plain path.`, { line: sourceLine, original: reference })
          return reference
        }
        linksRewritten++
        return relativeLink(item.path, target.path, fragment === undefined ? '' : `#${fragment}`)
      }
      const link = resolveOldUrl(href, entry.baseUrl, ownHosts)
      if (link.kind === 'external') return undefined
      if (link.kind === 'bare-domain') {
        reporter.add('linkBareDomain', entry.sourceFile, `The link "${href}" has no scheme; it now starts with https://.`, { line: sourceLine, original: href, replacement: link.url })
        return link.url
      }
      const isAbsolute = /^(?:[a-z]+:)?\/\//i.test(href.trim())
      const target = place === 'link' || place === 'html-href' ? lookup.find(link.path) : undefined
      if (target) {
        linksRewritten++
        return relativeLink(item.path, target.path, link.suffix.startsWith('#') ? link.suffix : '')
      }
      const decodedPath = safeDecode(link.path)
      const assetFile = options.findAsset(decodedPath)
      if (assetFile) {
        const assetPath = posix.join(options.staticDir, decodedPath.replace(/^\/+/, ''))
        assets.set(assetPath, { path: assetPath, copyFrom: assetFile })
        return `${link.path}${link.suffix}`
      }
      if (isAbsolute) return undefined
      const looksLikeFile = /\.[a-z0-9]{2,5}$/i.test(link.path) && !/\.html?$/i.test(link.path)
      const replacement = options.siteUrl ? `${options.siteUrl}${link.path}${link.suffix}` : undefined
      if (looksLikeFile || place === 'image' || place === 'html-src') {
        reporter.add('assetMissing', entry.sourceFile, `The file "${link.path}" is not in the source${replacement ? '; the link now points to the old site' : ''}.`, { line: sourceLine, original: href, replacement })
      } else {
        reporter.add('linkOutsideImport', entry.sourceFile, `The link "${href}" leads to no imported post or page${replacement ? '; it now points to the old site' : ''}.`, { line: sourceLine, original: href, replacement })
      }
      return replacement
    }
    const rewritten = rewriteMarkdownUrls(entry.body, rewrite)
    for (const element of rewritten.rawHtml) {
      if (isEmbedIframe(element.text)) continue
      rawHtml++
      reporter.add('rawHtmlKept', entry.sourceFile, `<${element.tagName}> stays raw HTML.`, { line: sourceLineOf(element.line), original: element.text })
    }
    const aliases = aliasesOf(entry, item.url)
    for (const from of aliases) redirects.push({ from, to: item.url, file: item.path })
    const image = typeof entry.frontMatter.image === 'string' ? rewrite(entry.frontMatter.image, 'image', undefined) ?? entry.frontMatter.image : entry.frontMatter.image
    const frontMatter = { ...entry.frontMatter, slug: item.slug, aliases, image }
    files.push({ path: item.path, contents: writeMarkdownFile(frontMatter, rewritten.markdown), source: entry.sourceFile })
  }
  const items = sortReportItems(reporter.items)
  const posts = placed.filter((item) => item.entry.kind === 'post')
  return {
    files: files.sort((a, b) => compare(a.path, b.path)),
    assets: [...assets.values()].sort((a, b) => compare(a.path, b.path)),
    redirects: redirects.sort((a, b) => compare(a.from, b.from)),
    report: {
      kind: options.kind,
      source: options.source,
      counts: {
        posts: posts.length,
        pages: placed.length - posts.length,
        drafts: placed.filter((item) => item.entry.frontMatter.draft === true).length,
        assets: assets.size,
        redirects: redirects.length,
        linksRewritten,
        embedsConverted: items.filter((entry) => entry.ruleId === 'import-embed-converted').length,
        rawHtml,
        itemsToCheck: items.filter((entry) => needsReview(entry.ruleId)).length,
      },
      items,
    },
  }
}

function placeEntries(entries: readonly ImportedEntry[], reporter: Reporter, options: FinishOptions): PlacedEntry[] {
  const takenUrls = new Set<string>()
  const takenPaths = new Set<string>()
  return entries.map((entry) => {
    const base = slugify(entry.slug) || 'untitled'
    const folder = posix.join(options.contentDir, entry.kind === 'post' ? 'posts' : 'pages')
    const pattern = entry.kind === 'post' ? options.permalinks.posts : options.permalinks.pages
    const date = typeof entry.frontMatter.date === 'string' ? entry.frontMatter.date : undefined
    const categories = entry.frontMatter.categories
    const category = Array.isArray(categories) && typeof categories[0] === 'string' ? slugify(categories[0]) : 'allgemein'
    let slug = base
    for (let suffix = 2; ; suffix++) {
      // Imported files lie directly in posts/ or pages/, so `:path` is the slug.
      const url = expandPermalink(pattern, { slug, date, category, path: slug })
      const path = `${folder}/${slug}.md`
      if (!takenUrls.has(url) && !takenPaths.has(path)) {
        takenUrls.add(url)
        takenPaths.add(path)
        if (slug !== base) reporter.add('slugChanged', entry.sourceFile, `Another entry already has the slug "${base}"; this one is now "${slug}".`, { original: base, replacement: slug })
        return { entry, slug, url, path }
      }
      slug = `${base}-${suffix}`
    }
  })
}


function createLookup(placed: readonly PlacedEntry[]) {
  const byUrl = new Map<string, PlacedEntry>()
  const bySlug = new Map<string, PlacedEntry[]>()
  const bySource = new Map<string, PlacedEntry>()
  for (const item of placed) {
    for (const url of [...item.entry.oldUrls, item.url]) if (!byUrl.has(urlKey(url))) byUrl.set(urlKey(url), item)
    const slugKey = urlKey(item.entry.slug)
    bySlug.set(slugKey, [...(bySlug.get(slugKey) ?? []), item])
    bySource.set(sourceKey(item.entry.sourceFile), item)
    bySource.set(sourceKey(posix.basename(item.entry.sourceFile)), item)
  }
  return {
    bySource,
    /** By old or new URL; failing that, by a unique last path segment (an older permalink form). */
    find(path: string): PlacedEntry | undefined {
      const key = urlKey(path)
      const exact = byUrl.get(key)
      if (exact) return exact
      const candidates = bySlug.get(key.split('/').pop() ?? '')
      return candidates?.length === 1 && key.split('/').length > 2 ? candidates[0] : undefined
    },
  }
}

function sourceKey(path: string): string {
  return path.replace(/\.(?:md|markdown|html)$/i, '').replace(/\/index$/, '').toLowerCase()
}

function aliasesOf(entry: ImportedEntry, url: string): string[] {
  const declared = Array.isArray(entry.frontMatter.aliases) ? entry.frontMatter.aliases.filter((value): value is string => typeof value === 'string') : []
  const all = [...declared, ...entry.oldUrls].map((path) => safeDecode(path.startsWith('/') ? path : `/${path}`)).filter((path) => !path.includes('?'))
  return [...new Set(all)].filter((path) => path !== url).sort()
}

function relativeLink(fromPath: string, toPath: string, fragment: string): string {
  return `${posix.relative(posix.dirname(fromPath), toPath)}${fragment}`
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path)
  } catch {
    return path
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
