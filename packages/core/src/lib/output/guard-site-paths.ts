import type { VFileMessage } from 'vfile-message'
import type { Page } from '../content/page.js'
import { duplicateUrl, pathUnsafe, urlShadowed } from '../diagnostic-catalogue.js'
import type { OutputPage, Redirect, Site } from '../site/site.js'
import { canonicalSitePath, unsafeSitePathReason } from './site-path.js'

/**
 * Host configuration files: a redirect may never replace one, whether or not this build writes it.
 * Feeds, sitemaps and robots.txt are checked against the files the plugins actually make
 * (`guardRedirectsAgainstFiles`), so a redirect from an old feed URL the site no longer has is fine.
 */
export const reservedSitePaths: readonly string[] = ['/_headers', '/_redirects', '/vercel.json', '/netlify.toml']

type MutableSite = Site & { pages: OutputPage[]; redirects: Redirect[] }

/**
 * Checks every output document's URL and every redirect source before anything is written: each
 * must be a safe site path (see `unsafeSitePathReason`), no two documents may share a URL, and no
 * redirect may shadow a document, a static file or a host file. Offenders are removed from the
 * site (so nothing is ever written for them) and reported with the file and line they came from.
 * `files` are the output paths of static files and theme assets (`favicon.svg`, `assets/x.css`).
 */
export function guardSitePaths(site: MutableSite, files: Iterable<string>): VFileMessage[] {
  const messages: VFileMessage[] = []
  const sources = new Map(site.contentPages.map((page) => [page.relativePath, page]))
  const placeOfPage = (page: OutputPage, field: string) => placeOf(site, page.source ?? tagSource(site, page), field)

  const pageByPath = new Map<string, OutputPage>()
  const keptPages: OutputPage[] = []
  for (const page of site.pages) {
    const reason = unsafeSitePathReason(page.url)
    if (reason) {
      const field = page.source ? (page.source.frontMatter.slug !== undefined ? 'slug' : 'file name') : page.kind === 'tag' ? 'tags' : 'url'
      messages.push(pathUnsafe.create(placeOfPage(page, field === 'file name' ? '' : field), [field, JSON.stringify(page.url.slice(0, 120)), reason]))
      continue
    }
    const path = canonicalSitePath(page.url)
    const other = pageByPath.get(path)
    if (other) {
      // Two content pages on one URL are reported by loadContent already.
      if (!(other.source && page.source)) {
        const [mine, theirs] = page.source || !other.source ? [page, other] : [other, page]
        messages.push(duplicateUrl.create(placeOfPage(mine, 'slug'), [page.url, describePage(theirs)]))
      }
      continue
    }
    pageByPath.set(path, page)
    keptPages.push(page)
  }
  site.pages.splice(0, site.pages.length, ...keptPages)

  const fileByPath = new Map<string, string>()
  for (const path of reservedSitePaths) fileByPath.set(canonicalSitePath(path), `the host file ${path}`)
  for (const file of files) fileByPath.set(canonicalSitePath(`/${file}`), `the file /${file}`)

  const redirectByPath = new Map<string, Redirect>()
  const keptRedirects: Redirect[] = []
  for (const redirect of site.redirects) {
    const source = sources.get(redirect.origin)
    const field = source ? (source.frontMatter.aliases.includes(redirect.from) ? 'aliases' : 'affiliateLinks') : 'redirects'
    const place = source ? placeOf(site, source, field) : { file: originFile(site, redirect.origin), line: 1, column: 1 }
    const reason = unsafeSitePathReason(redirect.from)
    if (reason) {
      messages.push(pathUnsafe.create(place, [field, JSON.stringify(String(redirect.from).slice(0, 120)), reason]))
      continue
    }
    const path = canonicalSitePath(redirect.from)
    const page = pageByPath.get(path)
    const file = fileByPath.get(path)
    const earlier = redirectByPath.get(path)
    if (page) messages.push(urlShadowed.create(place, [redirect.from, 'The redirect from', describePage(page)]))
    else if (file) messages.push(urlShadowed.create(place, [redirect.from, 'The redirect from', file]))
    else if (earlier && earlier.to !== redirect.to) messages.push(urlShadowed.create(place, [redirect.from, 'The redirect from', `the redirect to ${earlier.to} (from ${earlier.origin})`]))
    else if (!earlier) {
      redirectByPath.set(path, redirect)
      keptRedirects.push(redirect)
    }
  }
  site.redirects.splice(0, site.redirects.length, ...keptRedirects)
  return messages
}

/**
 * Checks the redirects against the files plugins made (feeds, sitemaps, host files): a redirect's
 * fallback page may not replace one. Run once the plugins' files are known.
 */
export function guardRedirectsAgainstFiles(site: Site, files: Iterable<string>): VFileMessage[] {
  const byPath = new Set<string>()
  for (const file of files) byPath.add(canonicalSitePath(`/${file}`))
  const sources = new Map(site.contentPages.map((page) => [page.relativePath, page]))
  const messages: VFileMessage[] = []
  for (const redirect of site.redirects) {
    if (redirect.fallbackPage === false || !byPath.has(canonicalSitePath(redirect.from))) continue
    const source = sources.get(redirect.origin)
    const place = source ? placeOf(site, source, source.frontMatter.aliases.includes(redirect.from) ? 'aliases' : 'affiliateLinks') : { file: originFile(site, redirect.origin), line: 1, column: 1 }
    messages.push(urlShadowed.create(place, [redirect.from, 'The redirect from', `the generated file ${canonicalSitePath(redirect.from)}`]))
  }
  return messages
}

function placeOf(site: Site, page: Page | undefined, field: string): { file: string; line: number; column: number } {
  if (!page) return { file: originFile(site, undefined), line: 1, column: 1 }
  return { file: page.relativePath, line: (field && page.frontMatterLines?.[field]) || 1, column: 1 }
}

// A tag page's problem belongs to the first post carrying the tag.
function tagSource(site: Site, page: OutputPage): Page | undefined {
  if (page.kind !== 'tag') return undefined
  return site.tags.find((tag) => page.url.startsWith(tag.url) || tag.url === page.url)?.posts[0]
}

function originFile(site: Site, origin: string | undefined): string {
  if (origin && /\.(md|markdown|json|ya?ml|[cm]?[jt]s)$/.test(origin)) return origin
  const config = site.config.configFile
  return config.startsWith(`${site.config.root}/`) ? config.slice(site.config.root.length + 1) : config
}

function describePage(page: OutputPage): string {
  if (page.source) return page.source.relativePath
  const names: Record<string, string> = { home: 'the home page', tag: 'a tag page', archive: 'the archive page', '404': 'the 404 page' }
  return names[page.kind] ?? `the generated page "${page.title}"`
}
