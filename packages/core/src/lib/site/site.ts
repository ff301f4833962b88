import type { ResolvedConfig } from '../config/resolved-config.js'
import type { TextLanguage } from '../content/language.js'
import type { Page } from '../content/page.js'

/** One HTML document of the output: a content page or a generated one. */
export interface OutputPage {
  kind: 'post' | 'page' | 'home' | 'tag' | 'archive' | '404' | 'generated'
  /** Root-relative URL: `/slug/` (written as `/slug/index.html`) or a file like `/404.html`. */
  url: string
  /** Theme layout name (`post`, `page`, `list`, `tag`, `archive`, `404`…). */
  layout: string
  title: string
  description?: string | undefined
  /** Content language: a canonical BCP 47 tag, for `<html lang>`, hreflang and feeds. */
  lang: string
  /** The language of nichepress's own texts on this page. */
  textLanguage: TextLanguage
  noindex: boolean
  /** Listed in sitemaps and feeds (false for noindex pages, 404, redirects). */
  inSitemap: boolean
  date?: string | undefined
  updated?: string | undefined
  image?: string | undefined
  imageAlt?: string | undefined
  /** The content page this document shows, if any. */
  source?: Page | undefined
  /** Body HTML made by the pipeline or a plugin (escaped by whoever built it). */
  content?: string | undefined
  /** Extra template values (`list`, `tag`, `archive`…). */
  data?: Readonly<Record<string, unknown>> | undefined
}

/** A redirect from an old or short path to a target URL. */
export interface Redirect {
  from: string
  to: string
  status: 301 | 302 | 307 | 308
  /** Who asked for it, for messages (a file or a plugin name). */
  origin: string
  /** Also written as a noindex HTML page at `from`, for hosts without redirect rules. Default true. */
  fallbackPage?: boolean
}

/**
 * Another host (or base URL) that leads to this site as a whole: every URL that starts with `from`
 * goes to `to` plus the rest of its path (`https://example.de/a/` → `https://example.com/de/a/`).
 * Written into the host files before the path redirects; it works once that host points at the site.
 */
export interface HostRedirect {
  /** Absolute base URL ending in `/`: `https://example.de/`, `https://example.fr/blog/`. */
  from: string
  /** Absolute URL ending in `/` the rest of the path is appended to. */
  to: string
  status: 301 | 302 | 307 | 308
  /** Who asked for it, for messages (a file or a plugin name). */
  origin: string
}

/** A tag with its posts, newest first. */
export interface TagGroup {
  name: string
  slug: string
  url: string
  posts: readonly Page[]
}

/** The site model: everything a page or a plugin may need to know about other pages. */
export interface Site {
  config: ResolvedConfig
  mode: 'build' | 'dev'
  includeDrafts: boolean
  /** Every content page (posts and pages), sorted by URL. */
  contentPages: readonly Page[]
  /** Posts, newest first (then by URL). */
  posts: readonly Page[]
  tags: readonly TagGroup[]
  /** Every output document, once generated pages are known (empty before). */
  pages: readonly OutputPage[]
  redirects: readonly Redirect[]
  /** Other hosts that lead to this site (plugins' `hostRedirects`), in the order the plugins gave them. */
  hostRedirects: readonly HostRedirect[]
  /** Extra CSP sources plugins asked for, by directive, sorted and without duplicates (filled before `files`). */
  contentSecurityPolicy: Readonly<Record<string, readonly string[]>>
  /** Absolute URL for a root-relative path. */
  absoluteUrl(path: string): string
  /** What plugin `name` learned on each content page that has something. */
  facts<T>(name: string): Array<{ page: Page; value: T }>
}
