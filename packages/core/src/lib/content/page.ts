import type { UnsafeHtml } from '../markdown/unsafe-html.js'
import type { FrontMatter } from './front-matter-schema.js'
import type { TextLanguage } from './language.js'

/** A Markdown file of the site, read and validated, not yet rendered. */
export interface SourcePage {
  kind: 'post' | 'page'
  /** Absolute path. */
  sourcePath: string
  /** Path relative to the site root, with `/` separators (stable across machines). */
  relativePath: string
  frontMatter: FrontMatter
  /** Markdown body after the front matter. */
  body: string
  /** 1-based line of the file on which the body starts. */
  bodyLine: number
  slug: string
  /** Root-relative URL with a trailing slash, e.g. `/gaskocher-test/`. */
  url: string
  /** Content language: a canonical BCP 47 tag (`de`, `en-GB`, `ja`), for `<html lang>`, hreflang and feeds. */
  lang: string
  /** The language of nichepress's own texts on this page (UI strings, banner, disclosures, dates). */
  textLanguage: TextLanguage
  /** ISO date, from front matter. */
  date: string | undefined
  updated: string | undefined
  /** 1-based line of each top-level front matter key, for diagnostics found after parsing. */
  frontMatterLines?: Readonly<Record<string, number>> | undefined
  /** sha1 of the file's bytes (a cache key, not a security measure). */
  contentHash: string
}

/** An internal link found while rendering, checked once the whole site is known. */
export interface InternalLink {
  /** Root-relative URL path the link points to (without the fragment). */
  target: string
  /** The `.md` source path relative to the site root, when the link was written that way. */
  sourceTarget?: string
  line: number | undefined
  column: number | undefined
  text: string
}

/** A heading for tables of contents. */
export interface TocEntry {
  depth: number
  id: string
  text: string
}

/** What rendering a page's Markdown yields; plain data, so it can be cached and sent between threads. */
export interface RenderedContent {
  html: string
  toc: TocEntry[]
  /** Plain text of the first paragraph. */
  excerpt: string
  wordCount: number
  links: InternalLink[]
  /** The page's own images (`<img src>` of the site, as root paths), to check that each exists; absent in caches of older versions. */
  images?: InternalLink[]
  /** What plugins learned, by plugin (file.data.facts). JSON-serialisable. */
  facts: Record<string, unknown>
  /** What was removed from the HTML because it would run script or take over the page; each is an error. */
  unsafeHtml: UnsafeHtml[]
}

/** A content page with its rendered Markdown. */
export interface Page extends SourcePage {
  rendered: RenderedContent
}
