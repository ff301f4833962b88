import { posix } from 'node:path'
import anyAscii from 'any-ascii'
import { expandPermalink, slugify } from '@nichepress/core'
import { isEmbedIframe } from './embed-providers.js'
import { gateThirdParty, unknownThirdPartyHost, type ThirdPartyFinding } from './gate-third-party.js'
import type { HostRedirect, ImportedAsset, ImportedEntry, ImportedFile, ImportRedirect, ImportResult, SiteRedirect, SourceKind } from './import-result.js'
import { type Reporter, reportRules, sortReportItems, needsReview } from './report-rules.js'
import { ownHostsOf, parseAbsoluteUrl, resolveOldUrl, urlKey } from './resolve-old-url.js'
import { imageToLinkMarker, rewriteMarkdownUrls, unlinkMarker, type UrlPlace } from './rewrite-markdown-urls.js'
import { writeMarkdownFile } from './write-front-matter.js'
import { importLanguageTag, importTextLanguage } from './import-language.js'

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
  /**
   * Pages the new site generates itself (the legal pages, in the site's language): an entry that would
   * get one of these URLs is imported as a draft under another slug, and links to it lead here.
   */
  generatedPages?: ReadonlyArray<{ url: string; title: string }> | undefined
}

/** The layout of a nichepress site when the importer is not told otherwise. */
// Hugo shortcodes (`{{< x >}}`, `{{% x %}}`) and Liquid (`{{ x }}`, `{% x %}`) left in a URL.
const templateTargetPattern = /\{\{|\{%/

export const defaultSiteLayout: SiteLayout = { contentDir: 'content', staticDir: 'static', permalinks: { posts: '/:slug/', pages: '/:slug/' } }

/** The given layout, each part left out taken from `defaultSiteLayout`. */
export function siteLayoutWithDefaults(layout: Partial<SiteLayout>): SiteLayout {
  return {
    contentDir: layout.contentDir ?? defaultSiteLayout.contentDir,
    staticDir: layout.staticDir ?? defaultSiteLayout.staticDir,
    permalinks: layout.permalinks ?? defaultSiteLayout.permalinks,
    generatedPages: layout.generatedPages,
  }
}

/** What every importer hands to `finishImport`. */
/** A step of an import: the source read (`read`), each entry converted and placed (`convert`), each file written (`write`). */
export interface ImportProgress {
  phase: 'read' | 'convert' | 'write'
  done: number
  total: number
}

/** For a progress display of a long import (ruby-lang.org's 5,333 files take ≈ 30 s). */
export interface ImportProgressOptions {
  onProgress?: ((event: ImportProgress) => void) | undefined
}

export interface FinishOptions extends SiteLayout, ImportProgressOptions {
  kind: SourceKind
  source: string
  /** The old site's URL; links to its own host count as internal, unknown paths point back to it. */
  siteUrl: string | undefined
  /** The source file behind a root-relative asset path of the old site, if it is in the source. */
  findAsset: (path: string) => string | undefined
  /** Old URLs of lists, feeds and attachments and where they now lead; a URL an entry has wins. */
  siteRedirects?: readonly SiteRedirect[] | undefined
  hostRedirects?: readonly HostRedirect[] | undefined
  /** The old site's title and language, if the source says them. */
  title?: string | undefined
  language?: string | undefined
}

interface PlacedEntry {
  /** The generated page whose URL this entry would have had (it is kept as a draft). */
  generated?: { url: string; title: string } | undefined
  entry: ImportedEntry
  slug: string
  url: string
  path: string
}

/**
 * The site's language: the source config's, else the one more than half of the entries name in
 * their front matter (a Jekyll `_config.yml` has no `lang` by default; ruby-lang.org's had none and
 * nichepress would have built its English pages as German), reported either way; undefined, and
 * reported loudly, when neither says (core then builds in German).
 */
function siteLanguageOf(entries: readonly ImportedEntry[], options: FinishOptions, reporter: Reporter): string | undefined {
  const declared = importLanguageTag(options.language)
  if (declared !== undefined || entries.length === 0) return declared
  const counts = new Map<string, number>()
  for (const entry of entries) {
    const tag = importLanguageTag(entry.frontMatter.lang)
    if (tag !== undefined) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  }
  const [tag, count] = [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0] ?? []
  if (tag !== undefined && count !== undefined && count * 2 > entries.length) {
    reporter.add('languageGuessed', options.source, `The old site's config names no language; ${count} of ${entries.length} entries say "${tag}" in their front matter, so the new config says "${tag}". Change \`language\` if the site is in another language.`, { replacement: tag })
    return tag
  }
  reporter.add('languageUnknown', options.source, `Neither the old site's config nor most of its ${entries.length} entries name a language, so nichepress would build the site in German ("de"). Set \`language\` in the config to the site's language (de, en, fr …).`)
  return undefined
}

/**
 * Gives every entry its new slug, URL, file and aliases, rewrites internal links to relative
 * `.md` paths, collects assets and builds the report. Pure: nothing is read or written.
 */
export function finishImport(entries: readonly ImportedEntry[], reporter: Reporter, options: FinishOptions): ImportResult {
  const siteLanguage = siteLanguageOf(entries, options, reporter)
  const placed = placeEntries([...entries].sort((a, b) => Number(a.translation === true) - Number(b.translation === true) || compare(a.sourceFile, b.sourceFile)), reporter, options)
  const claimed = claimOldUrls(placed, reporter)
  const lookup = createLookup(placed, claimed)
  const assets = new Map<string, ImportedAsset>()
  const ownHosts = ownHostsOf(options.siteUrl)
  let linksRewritten = 0
  let rawHtml = 0
  const files: ImportedFile[] = []
  const authorNames = new Map<string, string>()
  // nichepress shows an author whose id the config's `authors` lists; the display name becomes that id.
  const authorIdOf = (name: unknown): string | undefined => {
    if (typeof name !== 'string' || name.trim() === '') return undefined
    const id = stableSlug(name) || name.trim()
    if (!authorNames.has(id)) authorNames.set(id, name.trim())
    return id
  }
  const redirects: ImportRedirect[] = []
  const generatedRedirects: SiteRedirect[] = []
  const thirdParty: ThirdPartyFinding[] = []
  const ownUploadOf = (href: string): (ImportedAsset & { url: string }) | undefined => {
    const url = cdnUploadPath(href, ownHosts)
    const file = url === undefined ? undefined : options.findAsset(safeDecode(url))
    if (url === undefined || file === undefined) return undefined
    return { url, path: posix.join(options.staticDir, safeDecode(url).replace(/^\/+/, '')), copyFrom: file }
  }
  for (const [done, item] of placed.entries()) {
    options.onProgress?.({ phase: 'convert', done, total: placed.length })
    const { entry } = item
    const lang = importTextLanguage(typeof entry.frontMatter.lang === 'string' ? entry.frontMatter.lang : undefined, siteLanguage ?? 'de')
    const lineOffset = entry.bodyLine === undefined ? undefined : entry.bodyLine - 1
    const sourceLineOf = (line: number | undefined) => (line === undefined || lineOffset === undefined ? undefined : line + lineOffset)
    const rewrite = (href: string, place: UrlPlace, line: number | undefined): string | undefined => {
      const sourceLine = sourceLineOf(line)
      // A target only the old site's templates could fill in (`{{% eturl figure %}}`, `{{ post.url }}`)
      // would be a broken link: the link goes, its text stays.
      if ((place === 'link' || place === 'image') && templateTargetPattern.test(href)) {
        reporter.add('linkTargetTemplate', entry.sourceFile, `The ${place === 'image' ? 'image source' : 'link target'} "${href}" is a template expression only the old site could fill in; the ${place === 'image' ? 'image was removed and its description kept' : 'link was removed and its text kept'}. Put in the address it stood for.`, { line: sourceLine, original: href })
        return unlinkMarker
      }
      if (href.startsWith(sourceReferencePrefix)) {
        const [reference = '', fragment] = href.slice(sourceReferencePrefix.length).split('#')
        const target = lookup.bySource.get(sourceKey(reference)) ?? lookup.bySource.get(sourceKey(posix.basename(reference)))
        if (!target) {
          reporter.add('linkOutsideImport', entry.sourceFile, `The reference to "${reference}" matches no imported file; the link was removed and its text kept. Link the page that replaces it.`, { line: sourceLine, original: reference })
          return unlinkMarker
        }
        if (target.generated) {
          linksRewritten++
          return `${target.generated.url}${fragment === undefined ? '' : `#${fragment}`}`
        }
        if (isHiddenTarget(target)) {
          reporter.add('linkToDraft', entry.sourceFile, `The link to ${target.path} leads to a draft, which the site does not publish; the link was removed and its text kept. Put it back when the draft is published.`, { line: sourceLine, original: reference })
          return unlinkMarker
        }
        linksRewritten++
        return relativeLink(item.path, target.path, fragment === undefined ? '' : `#${fragment}`)
      }
      const link = resolveOldUrl(href, entry.baseUrl, ownHosts)
      // The site's own upload, served by WordPress.com's or Jetpack's CDN: this site's file when the source has it.
      const upload = link.kind === 'external' ? ownUploadOf(href) : undefined
      if (upload) {
        assets.set(upload.path, upload)
        linksRewritten++
        return upload.url
      }
      // A Markdown image on a host no consent service covers: a link to it (see gate-third-party.ts).
      const unknownHost = place === 'image' && link.kind === 'external' ? unknownThirdPartyHost(href, ownHosts) : undefined
      if (unknownHost) {
        const label = `${lang === 'en' ? 'Image' : 'Bild'}{alt} (${unknownHost})`
        thirdParty.push({ host: unknownHost, file: entry.sourceFile, line: sourceLine, kind: 'image', outcome: 'linked', original: href, replacement: label.replace('{alt}', '') })
        return `${imageToLinkMarker}${label}`
      }
      if (link.kind === 'external') {
        if ((place === 'image' || place === 'html-src') && /^http:\/\//i.test(href.trim())) {
          const upgraded = href.trim().replace(/^http:/i, 'https:')
          reporter.add('insecureUrlUpgraded', entry.sourceFile, `The file ${href} was loaded over http://, which browsers block on an https site; it is now ${upgraded}.`, { line: sourceLine, original: href, replacement: upgraded })
          return upgraded
        }
        return undefined
      }
      if (link.kind === 'bare-domain') {
        reporter.add('linkBareDomain', entry.sourceFile, `The link "${href}" has no scheme; it now starts with https://.`, { line: sourceLine, original: href, replacement: link.url })
        return link.url
      }
      const isAbsolute = /^(?:[a-z]+:)?\/\//i.test(href.trim())
      const target = place === 'link' || place === 'html-href' ? lookup.find(link.path) : undefined
      if (target?.generated) {
        linksRewritten++
        return `${target.generated.url}${link.suffix.startsWith('#') ? link.suffix : ''}`
      }
      if (target && isHiddenTarget(target)) {
        reporter.add('linkToDraft', entry.sourceFile, `The link "${href}" leads to a draft (${target.path}), which the site does not publish; the link was removed and its text kept. Put it back when the draft is published.`, { line: sourceLine, original: href })
        return place === 'link' ? unlinkMarker : undefined
      }
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
      // An image or embedded file the source lacks stays a path on this site (add the file to static/):
      // pointing it at the old site would load it from another server before consent.
      if (place === 'image' || place === 'html-src') {
        const ownPath = `${link.path}${link.suffix}`
        reporter.add('assetMissing', entry.sourceFile, `The file "${link.path}" is not in the source; the reference is now ${ownPath} on this site. Copy the file to ${posix.join(options.staticDir, safeDecode(link.path).replace(/^\/+/, ''))} (loading it from the old site would contact another server before consent).`, { line: sourceLine, original: href, replacement: ownPath })
        return ownPath === href ? undefined : ownPath
      }
      // A template expression (`{{ entry.url }}` in a Liquid loop) is no address: prefixing the old
      // site would make a broken one. It stays as it is; its expression is reported where it stands.
      if (/\{\{|\{%/.test(href)) {
        reporter.add('shortcodeKept', entry.sourceFile, `The link "${href}" is a template expression, not an address; it stays as it is.`, { line: sourceLine, original: href })
        return undefined
      }
      // The old site's home page is the new site's home page.
      if (place === 'link' || place === 'html-href') {
        if (urlKey(link.path) === '') return `/${link.suffix}`
      }
      const replacement = options.siteUrl ? `${options.siteUrl}${link.path}${link.suffix}` : undefined
      if (looksLikeFile) {
        reporter.add('assetMissing', entry.sourceFile, `The file "${link.path}" is not in the source${replacement ? '; the link now points to the old site' : ''}.`, { line: sourceLine, original: href, replacement })
      } else {
        reporter.add('linkOutsideImport', entry.sourceFile, `The link "${href}" leads to no imported post or page${replacement ? '; it now points to the old site' : ''}.`, { line: sourceLine, original: href, replacement })
      }
      return replacement
    }
    const isHiddenTarget = (target: PlacedEntry) => target.entry.frontMatter.draft === true && entry.frontMatter.draft !== true
    const rewritten = rewriteMarkdownUrls(entry.body, rewrite, (html, line) => gateThirdParty(html, { file: entry.sourceFile, line: sourceLineOf(line), ownHosts, lang, selfHosted: (url) => ownUploadOf(url) !== undefined, found: (finding) => thirdParty.push(finding) }))
    for (const element of rewritten.rawHtml) {
      if (isEmbedIframe(element.text)) continue
      rawHtml++
      reporter.add('rawHtmlKept', entry.sourceFile, `<${element.tagName}> stays raw HTML.`, { line: sourceLineOf(element.line), original: element.text })
    }
    // A page the site now generates: its old URLs lead to the generated page; the draft has none.
    const aliases = item.generated ? [] : (claimed.get(item) ?? [])
    if (item.generated) for (const from of claimed.get(item) ?? []) if (urlKey(from) !== urlKey(item.generated.url)) generatedRedirects.push({ from, to: { url: item.generated.url }, source: entry.sourceFile, reason: 'old URL of the page' })
    for (const from of aliases) redirects.push({ from, to: item.url, file: item.path })
    // A cover image on an unknown host is left out (the theme would load it before consent); reported with the others.
    const coverImage = typeof entry.frontMatter.image === 'string' ? (rewrite(entry.frontMatter.image, 'image', undefined) ?? entry.frontMatter.image) : entry.frontMatter.image
    const image = typeof coverImage === 'string' && coverImage.startsWith(imageToLinkMarker) ? undefined : coverImage
    const author = authorIdOf(entry.frontMatter.author)
    const frontMatter = { ...entry.frontMatter, slug: item.slug, aliases: [...aliases, ...(entry.heldUrls ?? [])], image, ...(author ? { author } : {}) }
    files.push({ path: item.path, contents: writeMarkdownFile(frontMatter, rewritten.markdown), source: entry.sourceFile })
  }
  options.onProgress?.({ phase: 'convert', done: placed.length, total: placed.length })
  reportThirdPartyHosts(thirdParty, reporter)
  const siteRedirects = keepSiteRedirects([...generatedRedirects, ...(options.siteRedirects ?? [])], placed, redirects, reporter, (to) => {
    if (!('url' in to) || !to.url.startsWith('/')) return to
    const target = lookup.find(to.url)
    // An old page the site now generates (kept as a draft) leads to the generated page, not home.
    if (target) return target.generated ? { url: target.generated.url } : target.entry.frontMatter.draft === true ? { home: true } : { url: target.url }
    const decoded = safeDecode(to.url)
    const file = options.findAsset(decoded)
    if (!file) return to
    const assetPath = posix.join(options.staticDir, decoded.replace(/^\/+/, ''))
    assets.set(assetPath, { path: assetPath, copyFrom: file })
    return to
  })
  const authors = authorNames
  if (authors.size > 0) {
    reporter.add('authorsFound', options.source, `The content names ${authors.size} author${authors.size === 1 ? '' : 's'}; their pages show a name once \`authors\` in the config lists them: ${JSON.stringify([...authors].map(([id, name]) => ({ id, name })))}`)
  }
  const items = sortReportItems(reporter.items)
  const posts = placed.filter((item) => item.entry.kind === 'post')
  return {
    files: files.sort((a, b) => compare(a.path, b.path)),
    assets: [...assets.values()].sort((a, b) => compare(a.path, b.path)),
    redirects: redirects.sort((a, b) => compare(a.from, b.from)),
    siteRedirects,
    hostRedirects: [...(options.hostRedirects ?? [])],
    settings: {
      title: options.title,
      url: options.siteUrl,
      language: siteLanguage,
      authors: [...authors].map(([id, name]) => ({ id, name })).sort((a, b) => compare(a.id, b.id)),
    },
    report: {
      kind: options.kind,
      source: options.source,
      counts: {
        posts: posts.length,
        pages: placed.length - posts.length,
        drafts: placed.filter((item) => item.entry.frontMatter.draft === true).length,
        liquidTemplates: items.filter((entry) => entry.ruleId === reportRules.liquidTemplate.id).length,
        assets: assets.size,
        redirects: redirects.length + siteRedirects.length,
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
  const generatedByKey = new Map((options.generatedPages ?? []).map((page) => [urlKey(page.url), page]))
  const takenUrls = new Set<string>()
  const takenPaths = new Set<string>()
  // An old URL stays with its page: no other entry takes it as its new URL (Hugo's docs had
  // contribute/documentation/ take /documentation/, the old URL of documentation.md).
  const oldUrlOwners = new Map<string, ImportedEntry>()
  for (const entry of entries) for (const url of entry.oldUrls) if (!oldUrlOwners.has(urlKey(url))) oldUrlOwners.set(urlKey(url), entry)
  return entries.map((entry) => {
    const base = stableSlug(entry.slug) || stableSlug(String(entry.frontMatter.title ?? '')) || 'untitled'
    const folder = posix.join(options.contentDir, entry.kind === 'post' ? 'posts' : 'pages', entry.folder ?? '')
    const pattern = entry.kind === 'post' ? options.permalinks.posts : options.permalinks.pages
    const date = typeof entry.frontMatter.date === 'string' ? entry.frontMatter.date : undefined
    const categories = entry.frontMatter.categories
    const category = Array.isArray(categories) && typeof categories[0] === 'string' ? slugify(categories[0]) : 'allgemein'
    // A translation that cannot share its original's slug takes its language as suffix (`zelt-en`).
    const candidates = entry.folder ? [base, `${base}-${slugify(entry.folder)}`] : [base]
    let generated: { url: string; title: string } | undefined
    for (let suffix = 2; ; ) {
      const slug = candidates.shift() ?? `${base}-${suffix++}`
      // Imported files lie in posts/ or pages/ (a translation in its language's folder), so `:path` is folder and slug.
      const url = expandPermalink(pattern, { slug, date, category, path: entry.folder ? `${slugify(entry.folder)}/${slug}` : slug })
      const path = `${folder}/${slug}.md`
      const generatedHere = generatedByKey.get(urlKey(url))
      if (generatedHere) {
        generated ??= generatedHere
        continue
      }
      const owner = oldUrlOwners.get(urlKey(url))
      if (!takenUrls.has(url) && !takenPaths.has(path) && (owner === undefined || owner === entry)) {
        takenUrls.add(url)
        takenPaths.add(path)
        if (generated) {
          reporter.add('generatedPageKept', entry.sourceFile, `The new site generates "${generated.title}" at ${generated.url} from \`legal\` in the config. This old page was imported as a draft (${path}) so nothing is lost; links and old URLs now lead to ${generated.url}. Copy what the config lacks into \`legal\`, then delete the draft.`, { original: generated.url, replacement: path })
        } else if (slug !== base && !(entry.folder && slug === `${base}-${slugify(entry.folder)}`)) {
          reporter.add('slugChanged', entry.sourceFile, `Another entry already has the slug "${base}"; this one is now "${slug}".`, { original: base, replacement: slug })
        }
        return { entry: generated ? { ...entry, frontMatter: { ...entry.frontMatter, draft: true } } : entry, slug, url, path, generated }
      }
    }
  })
}

/**
 * Every old URL leads to exactly one place: a URL that is some entry's new URL is served by that
 * entry, and an old URL two entries had goes to the first (originals before translations); the
 * other claim is reported, never written as a second redirect rule.
 */
/**
 * A slug in nichepress form for any script: Latin text as core's `slugify` makes it (umlauts as
 * `ae`…), other scripts (Japanese, Greek, Cyrillic…) transliterated first, so `日本語` and `Ελλάδα`
 * become `ri-ben-yu` and `ellada`, not `untitled`. The same text always gives the same slug.
 */
export function stableSlug(text: string): string {
  return /[^\p{Script=Latin}\P{L}]/u.test(text) ? slugify(anyAscii(text)) : slugify(text)
}

function claimOldUrls(placed: readonly PlacedEntry[], reporter: Reporter): Map<PlacedEntry, string[]> {
  const newUrls = new Map(placed.map((item) => [urlKey(item.url), item]))
  const owner = new Map<string, PlacedEntry>()
  const result = new Map<PlacedEntry, string[]>(placed.map((item) => [item, []]))
  // A page's own old URL comes before any `aliases` entry that names it, as in the old site.
  const claims = [...placed.map((item) => ({ item, urls: oldUrlsOf(item.entry) })), ...placed.map((item) => ({ item, urls: declaredAliasesOf(item.entry) }))]
  for (const { item, urls } of claims) {
    // An old link with a doubled slash (`https://host//greek/page/`, as WordPress writes for a page
    // whose parent has no slug) is the same page; `//…` as a redirect source would name a host.
    for (const from of new Set(urls.map((url) => url.replace(/\/{2,}/g, '/')))) {
      if (from === item.url) continue
      const key = urlKey(from)
      const servedBy = newUrls.get(key)
      const claimedBy = owner.get(key)
      if (claimedBy === item || servedBy === item) continue
      if (servedBy) {
        reporter.add('redirectConflict', item.entry.sourceFile, `The old URL ${from} is now the URL of ${servedBy.path}, so it cannot redirect here.`, { original: from })
      } else if (claimedBy) {
        reporter.add('redirectConflict', item.entry.sourceFile, `The old URL ${from} already redirects to ${claimedBy.path}.`, { original: from })
      } else {
        owner.set(key, item)
        result.get(item)?.push(from)
      }
    }
  }
  for (const aliases of result.values()) aliases.sort()
  return result
}

/** Site redirects for URLs no entry serves or redirects, one per URL, sorted; each is a report line. */
function keepSiteRedirects(candidates: readonly SiteRedirect[], placed: readonly PlacedEntry[], redirects: readonly ImportRedirect[], reporter: Reporter, resolveTarget: (to: SiteRedirect['to']) => SiteRedirect['to']): SiteRedirect[] {
  const taken = new Set([...placed.map((item) => urlKey(item.url)), ...redirects.map((redirect) => urlKey(redirect.from))])
  const kept: SiteRedirect[] = []
  for (let candidate of [...candidates].sort((a, b) => compare(a.from, b.from))) {
    const key = urlKey(candidate.from)
    if (taken.has(key) || key === '') continue
    taken.add(key)
    candidate = { ...candidate, to: resolveTarget(candidate.to) }
    kept.push(candidate)
    reporter.add('urlRedirected', candidate.source, `The ${candidate.reason} ${candidate.from} now redirects to ${describeTarget(candidate.to)}.`, { original: candidate.from })
  }
  return kept
}

function describeTarget(target: SiteRedirect['to']): string {
  if ('home' in target) return 'the home page'
  if ('archive' in target) return 'the archive'
  if ('feed' in target) return 'the feed (/feed.xml)'
  if ('tag' in target) return `the tag page of "${target.tag}"`
  return target.url
}

// `claimed`: the old URLs each entry redirects from, its `aliases` (Jekyll's `redirect_from`)
// included — a link to such a URL is a link to the entry, as it was on the old site.
function createLookup(placed: readonly PlacedEntry[], claimed: ReadonlyMap<PlacedEntry, readonly string[]>) {
  const byUrl = new Map<string, PlacedEntry>()
  const bySlug = new Map<string, PlacedEntry[]>()
  const bySource = new Map<string, PlacedEntry>()
  for (const item of placed) for (const url of [...item.entry.oldUrls, ...(item.entry.heldUrls ?? []), item.url]) if (!byUrl.has(urlKey(url))) byUrl.set(urlKey(url), item)
  for (const item of placed) for (const url of claimed.get(item) ?? []) if (!byUrl.has(urlKey(url))) byUrl.set(urlKey(url), item)
  for (const item of placed) {
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

function oldUrlsOf(entry: ImportedEntry): string[] {
  return cleanAliases(entry.oldUrls)
}

function declaredAliasesOf(entry: ImportedEntry): string[] {
  return cleanAliases(Array.isArray(entry.frontMatter.aliases) ? entry.frontMatter.aliases.filter((value): value is string => typeof value === 'string') : [])
}

function cleanAliases(paths: readonly string[]): string[] {
  return [...new Set(paths.map((path) => safeDecode(path.startsWith('/') ? path : `/${path}`)).filter((path) => !path.includes('?')))]
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

/**
 * One report line per unknown third-party host: how many elements, what became of them, in which
 * files (with lines), and the fix. Nothing is declared on the site owner's behalf: loading from a host
 * without consent sends every visitor's IP address there (LG München I, 20 January 2022, 3 O 17493/20),
 * so whether that is acceptable is the owner's decision, written into the config by hand.
 */
function reportThirdPartyHosts(findings: readonly ThirdPartyFinding[], reporter: Reporter): void {
  const byHost = new Map<string, ThirdPartyFinding[]>()
  for (const finding of findings) byHost.set(finding.host, [...(byHost.get(finding.host) ?? []), finding])
  for (const [host, list] of [...byHost].sort(([a], [b]) => compare(a, b))) {
    const first = list[0]
    if (!first) continue
    const places = [...new Set(list.map((finding) => (finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`)))]
    const shown = places.slice(0, 8).join(', ') + (places.length > 8 ? ` and ${places.length - 8} more` : '')
    const kindList = [...new Set(list.map((finding) => finding.kind))]
    const kinds = kindList.join(', ')
    // `consent.allow` kinds: what the host may load without consent (a `<noscript>` pixel is an image).
    const allowKinds = [...new Set(kindList.map((kind) => (kind === 'noscript' ? 'image' : kind)))].map((kind) => `'${kind}'`).join(', ')
    const outcomes = [
      list.some((finding) => finding.outcome === 'linked') ? 'images, media and frames became links to the file' : '',
      list.some((finding) => finding.outcome === 'removed') ? 'scripts, stylesheets and other loading elements were removed' : '',
      list.some((finding) => finding.outcome === 'style-removed') ? '`style` attributes with its `url()` were dropped' : '',
      list.some((finding) => finding.outcome === 'form-text') ? 'forms that sent to it became their text, fields as `[label]`, sending nothing' : '',
    ].filter(Boolean)
    reporter.add(
      'thirdPartyRemoved',
      first.file,
      `${list.length} element${list.length === 1 ? '' : 's'} (${kinds}) from ${host}, which no consent service covers, would load before consent: ${outcomes.join('; ')}. In: ${shown}. ` +
        `Fix: self-host the files (copy them into \`static/\` and point to them) — or, if ${host} may receive visitors' IP addresses without consent, add \`consent: { allow: [{ host: '${host}', reason: '…', kinds: [${allowKinds}] }] }\` (it is then named in the privacy policy), or describe the service under \`consent.custom\` so it waits for consent; then put the originals back.`,
      { line: first.line, original: first.original, replacement: first.replacement },
    )
  }
}

/**
 * WordPress.com serves a blog's uploads from `<blog>.files.wordpress.com/2019/03/a.jpg`, Jetpack's image
 * CDN from `i0.wp.com/<site host>/wp-content/uploads/2019/03/a.jpg`: both are the site's own uploads,
 * at `/wp-content/uploads/2019/03/a.jpg` (the CDN's resizing parameters dropped).
 */
export function cdnUploadPath(href: string, ownHosts: ReadonlySet<string>): string | undefined {
  const url = parseAbsoluteUrl(href)
  if (!url) return undefined
  if (/^[a-z0-9-]+\.files\.wordpress\.com$/i.test(url.hostname) && /^\/\d{4}\/\d{2}\//.test(url.pathname)) return `/wp-content/uploads${url.pathname}`
  const photon = /^i[0-3]\.wp\.com$/i.test(url.hostname) ? /^\/([^/]+)(\/wp-content\/uploads\/.+)$/.exec(url.pathname) : null
  if (photon?.[1] && photon[2] && ownHosts.has(photon[1].toLowerCase())) return photon[2]
  return undefined
}
