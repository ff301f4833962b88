import type { PluggableList } from 'unified'
import type { ZodType } from 'zod'
import type { ResolvedConfig } from './config/resolved-config.js'
import type { OutputPage, Redirect, Site } from './site/site.js'

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
  footerLinks?: ReadonlyArray<{ label: string; url: string }>
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

/** Everything a plugin may do in a build, returned by its `setup`. */
export interface PluginHooks {
  /**
   * What besides the config section changes this plugin's output (e.g. a deploy URL read from the
   * environment). Part of every cache key, so cached pages and skipped builds never go stale.
   */
  cacheKey?: string
  /** remark plugins, run after remark-gfm on every content page. */
  remarkPlugins?: PluggableList
  /** rehype plugins, run after rehype-raw and before stringifying. */
  rehypePlugins?: PluggableList
  /** Pages to add once every content page is rendered (legal pages, redirect targets…). */
  pages?(site: Site): readonly OutputPage[] | Promise<readonly OutputPage[]>
  /** Redirects to add (host files and fallback pages are written from them). */
  redirects?(site: Site): readonly Redirect[]
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
   * Rewrites one finished HTML document (for example to block a theme's tracker snippet). Must
   * depend only on the document, the page and the config: an unchanged document is not rendered
   * again on the next build.
   */
  transformDocument?(html: string, page: OutputPage, site: Site): string
  /**
   * Summarises one finished document (after every `transformDocument`) for `files`: CSP hashes,
   * audit findings… Return plain JSON data, never the document itself. Documents are written to
   * disk as they are finished and are not kept in memory; core stores each summary with its
   * document, so an unchanged document is neither rendered nor summarised again on the next build.
   * Must depend only on its arguments and the config: it may run on a worker thread (with the
   * plugin set up there from the same config), so it sees no site model.
   */
  summarizeDocument?(html: string, path: string): unknown
  /** Site-level files, given this plugin's `summarizeDocument` results by output path (sorted by path). */
  files?(site: Site, summaries: ReadonlyMap<string, unknown>): readonly SiteFile[] | Promise<readonly SiteFile[]>
}

/** What `setup` receives: the validated config and this plugin's own config section. */
export interface PluginContext<Options = unknown> {
  config: ResolvedConfig
  options: Options
  /** `build` for `nichepress build`, `dev` for the dev server. */
  mode: 'build' | 'dev'
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
  setup(context: PluginContext<Options>): PluginHooks | Promise<PluginHooks>
}

/** Identity helper that types a plugin object. */
export function definePlugin<Options>(plugin: NichepressPlugin<Options>): NichepressPlugin<Options> {
  return plugin
}
