import type { PluggableList } from 'unified'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { ZodType } from 'zod'
import type { ResolvedConfig } from './config/resolved-config.js'
import type { DocumentPage } from './site/document-page.js'
import type { HostRedirect, OutputPage, Redirect, Site } from './site/site.js'

/** The command a build runs for, as plugins see it in `PluginContext.command`. */
export type Command = 'build' | 'dev' | 'lint' | 'links'

/** An element a plugin adds to `<head>`; core serialises it with every attribute escaped. */
export interface HeadElement {
  tag: 'meta' | 'link' | 'script' | 'base'
  attributes: Readonly<Record<string, string | boolean>>
  /** Only for `script`: its text, which must not contain `</script` (core checks). */
  text?: string
}

/** HTML fragments a plugin contributes to one page's template context. */
export interface TemplateContribution {
  bodyStart?: string
  bodyEnd?: string
  slots?: { beforeContent?: string; afterContent?: string; footer?: string }
  /** Footer links; `lang`: the label's language when it is not the site's `textLanguage` ("Mentions légales" on a Swiss site). */
  footerLinks?: ReadonlyArray<{ label: string; url: string; lang?: string | undefined }>
  /**
   * Extra values under their own names, e.g. `{ disclosure: '<aside …>' }`. Plain JSON data only
   * (strings, numbers, booleans, arrays, plain objects): core keys each document by the JSON text
   * of its template context, so a Map, Set or function would hide a change.
   */
  data?: Readonly<Record<string, unknown>>
}

/** A file a plugin emits at the site level, path relative to the output folder. */
export interface SiteFile {
  path: string
  contents: string | Uint8Array
}

/**
 * What a `files` hook returns: the site-level files, or the files and the site-level findings
 * (messages made with a catalogued diagnostic; an error fails the build once every plugin has reported).
 */
export type SiteFiles = readonly SiteFile[] | { files?: readonly SiteFile[]; messages?: readonly VFileMessage[] }

/** Everything a plugin may do in a build, returned by its `setup`. */
export interface PluginHooks {
  /**
   * What besides the config section changes this plugin's output (e.g. a deploy URL read from the
   * environment). Part of every cache key, so cached pages and skipped builds never go stale.
   */
  cacheKey?: string
  /**
   * True when this plugin lets content (posts, pages) run inline scripts of its own: core then leaves
   * them in place instead of refusing them (`content-unsafe-html`), and the plugin answers for them
   * (consent's `allowContentScripts` option). Core reads no plugin's config section for this.
   */
  allowContentScripts?: boolean
  /** remark plugins, run after remark-gfm on every content page. */
  remarkPlugins?: PluggableList
  /** rehype plugins, run after rehype-raw and before stringifying. */
  rehypePlugins?: PluggableList
  /** Pages to add once every content page is rendered (legal pages, redirect targets…). */
  pages?(site: Site): readonly OutputPage[] | Promise<readonly OutputPage[]>
  /** Redirects to add (host files and fallback pages are written from them). */
  redirects?(site: Site): readonly Redirect[]
  /** Other hosts that lead to this site as a whole (host files are written from them; no fallback pages). */
  hostRedirects?(site: Site): readonly HostRedirect[]
  /**
   * Once per build, when the site model is complete (every page and redirect known), before any
   * document is made: prepare what this plugin's `head`, `templateData`, `contentSecurityPolicy`
   * and `files` need across pages, and keep it in `setup`'s closure (`setup` runs once per build).
   * Return site-level findings as messages (an error fails the build before any document is made).
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: most `site` hooks return nothing; `undefined` would reject them
  site?(site: Site): void | readonly VFileMessage[] | Promise<void | readonly VFileMessage[]>
  /** Elements for one page's `<head>`. */
  head?(page: OutputPage, site: Site): readonly HeadElement[]
  /** Fragments for one page's template context. */
  templateData?(page: OutputPage, site: Site): TemplateContribution
  /**
   * Sources this plugin's output needs in the Content-Security-Policy, by directive
   * (e.g. `{ 'script-src': ['https://www.googletagmanager.com'] }`); merged into `site.contentSecurityPolicy`.
   */
  contentSecurityPolicy?(site: Site): Readonly<Record<string, readonly string[]>>
  /**
   * Works on one finished document, once per document made: `file.value` is its HTML (assign a
   * new string to rewrite it, e.g. to block a theme's tracker snippet), `file.path` its output
   * path, `file.data[name]` (under this plugin's name) what this plugin learned from it for
   * `files` (plain JSON data, never the document itself), and `file.message()` or
   * `file.messages.push(diagnostic.create(…))` reports a finding. Core stores the data and the
   * messages with the document: a document reused by a later build (not made again) reports
   * exactly what it reported when it was made.
   *
   * Runs after the layout, in plugin order, on the thread that finishes the document (a worker
   * thread for large builds, with the plugin set up there from the same config), so it sees no
   * site model: it must depend only on its arguments and the config.
   */
  document?(file: VFile, page: DocumentPage): void
  /**
   * Site-level files, given the `file.data[name]` this plugin's `document` hook left, by output path
   * (sorted by path). Return `{ files, messages }` to report site-level findings with them.
   */
  files?(site: Site, data: ReadonlyMap<string, unknown>): SiteFiles | Promise<SiteFiles>
}

/** What `setup` receives: the validated config and this plugin's own config section. */
export interface PluginContext<Options = unknown> {
  config: ResolvedConfig
  options: Options
  /** What the site is made for: `dev` for the dev server, otherwise `build`. */
  mode: 'build' | 'dev'
  /**
   * The command that runs: `build`, `dev`, `lint` (lint renders the site to check its sources
   * and reports its own findings) or `links` (link suggestions). The same in worker threads.
   */
  command: Command
  /**
   * A folder this plugin may keep its own cache in (`node_modules/.cache/nichepress/plugins/<name>`),
   * or undefined when caching is off (`--no-cache`, render workers). Key entries by their inputs.
   */
  cacheDir?: string | undefined
}

/**
 * A nichepress plugin. Core knows no feature by name: every feature is one of these.
 * `configKey` names the top-level key of nichepress.config the plugin owns, validated with
 * `configSchema` together with the rest of the config so every problem is reported at once.
 */
export interface NichepressPlugin<Options = unknown> {
  name: string
  /** Part of the cache key: a new version re-renders every page. */
  version?: string
  configKey?: string
  configSchema?: ZodType<Options>
  /** Front matter keys this plugin reads (e.g. `faq`), so a near-miss like `fqa` is warned about as a typo. */
  frontMatterKeys?: readonly string[]
  setup(context: PluginContext<Options>): PluginHooks | Promise<PluginHooks>
}

/** Identity helper that types a plugin object. */
export function definePlugin<Options>(plugin: NichepressPlugin<Options>): NichepressPlugin<Options> {
  return plugin
}
