/** Where an import comes from. */
export type SourceKind = 'wordpress' | 'jekyll' | 'hugo'

/** What the importer did with one construct that needed a decision. */
export type ReportAction = 'converted' | 'changed' | 'kept' | 'dropped'

/** One entry of the import report: a construct that was converted, changed, kept or dropped. */
export interface ReportItem {
  /** Source file (relative to the source), or the export file for WordPress. */
  file: string
  line?: number | undefined
  /** Column of `line` (1-based), when the place is known that closely. */
  column?: number | undefined
  /** Permanent id of the kind of decision, with a page in docs/errors/. */
  ruleId: string
  action: ReportAction
  message: string
  /** What the source had. */
  original?: string | undefined
  /** What the import wrote instead, if anything. */
  replacement?: string | undefined
}

/** One post or page as read from the source, before links are rewritten. */
export interface ImportedEntry {
  kind: 'post' | 'page'
  /** Source file, relative to the source (for messages). */
  sourceFile: string
  /** The slug the entry had in the old site (used for the new slug and for link matching). */
  slug: string
  /** Every root-relative URL the entry had in the old site. */
  oldUrls: string[]
  /**
   * Old URLs of a draft held back until someone rewrites it (a Liquid template): links to them are
   * links to the draft, its `aliases` keep them for when it is published, and until then a site
   * redirect (archive or home) answers them.
   */
  heldUrls?: string[] | undefined
  /** nichepress front matter (title, date, tags…); `slug` and `aliases` are filled in later. */
  frontMatter: Record<string, unknown>
  /** Markdown body. */
  body: string
  /** Old site URL used to resolve relative links of this entry (root-relative). */
  baseUrl: string
  /** Line of the source file where `body` starts, for report lines; undefined when the body was generated (WordPress). */
  bodyLine?: number | undefined
  /** Subfolder below `posts/` or `pages/` (a translation's language), also the first part of `:path`. */
  folder?: string | undefined
  /** A translation of another entry: placed after the originals, so an original keeps its slug. */
  translation?: boolean | undefined
}

/** A file to copy: from a path in the source to a path relative to the site folder. */
export interface ImportedAsset {
  path: string
  copyFrom: string
}

/** A file to write, relative to the site folder. */
export interface ImportedFile {
  path: string
  contents: string
  /** The source file (or export item) it was made from. */
  source: string
}

/** An old URL and where it now leads. */
export interface ImportRedirect {
  from: string
  to: string
  /** The written content file that asked for it (through `aliases`). */
  file: string
}

/** Where an old URL that belonged to no post or page now leads (see `importRedirectsPlugin`). */
export type SiteRedirectTarget = { home: true } | { archive: true } | { feed: true } | { tag: string } | { url: string }

/** An old URL of a list, feed, attachment or other generated page, and where it now leads. */
export interface SiteRedirect {
  from: string
  to: SiteRedirectTarget
  /** The source file or export item it came from (for the report). */
  source: string
  /** What the URL was in the old site (`category page`, `feed`…). */
  reason: string
}

/** Counts shown at the top of the report. */
export interface ImportCounts {
  posts: number
  pages: number
  drafts: number
  /** Pages that were Liquid templates, imported as drafts (Jekyll; see `import-liquid-template`). */
  liquidTemplates: number
  assets: number
  redirects: number
  linksRewritten: number
  embedsConverted: number
  rawHtml: number
  itemsToCheck: number
}

/** The import report: counts and every decision, in a stable order. */
export interface ImportReport {
  kind: SourceKind
  source: string
  counts: ImportCounts
  items: ReportItem[]
}

/**
 * A whole old host (or base URL) that now lives below a path of the site: Hugo multihost served a
 * language at its own base URL. Every URL starting with `from` leads to `to` plus the rest.
 */
export interface HostRedirect {
  /** The source's language code. */
  language: string
  /** Old base URL with a trailing slash, e.g. `https://example.de/`. */
  from: string
  /** New base URL with a trailing slash, e.g. `https://example.com/de/`. */
  to: string
}

/** What the source says about the site, in nichepress config form (`import` writes or suggests it). */
export interface FoundSiteSettings {
  title?: string | undefined
  url?: string | undefined
  /** The site's language, a canonical BCP 47 tag. */
  language?: string | undefined
  /** Authors named in the content; entries' `author` holds the `id`. */
  authors: Array<{ id: string; name: string }>
}

/** The result of an import, held in memory until `writeImport` writes it. */
export interface ImportResult {
  files: ImportedFile[]
  assets: ImportedAsset[]
  redirects: ImportRedirect[]
  /** Old URLs of lists, feeds and attachments; `writeImport` writes them to `import-redirects.json`. */
  siteRedirects: SiteRedirect[]
  /** Old hosts whose pages moved below a path of the site (Hugo multihost); `writeImport` writes them to `import-redirects.json`. */
  hostRedirects: HostRedirect[]
  /** Site settings the source gave (title, URL, language, authors). */
  settings: FoundSiteSettings
  report: ImportReport
}
