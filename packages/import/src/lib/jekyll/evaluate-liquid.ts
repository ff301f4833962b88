import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import { Context, type FS, Liquid } from 'liquidjs'
import { registerJekyllFilters } from './jekyll-filters.js'
import { knownValues, UndecidableLiquid } from './liquid-drops.js'
import { registerJekyllTags } from './jekyll-tags.js'

/** What Liquid can read at import time: the site, the page and the page's own `assign`s. */
export interface LiquidScope {
  siteUrl: string | undefined
  baseUrl: string
  /** `site.…` other than `url` and `baseurl`: `_config.yml`'s values, and `data` (the data folder, see `readDataFolder`). */
  site?: Readonly<Record<string, unknown>> | undefined
  /** The page's front matter and `url`. */
  pageData?: Readonly<Record<string, unknown>> | undefined
  /** Values of `{% assign %}`s made so far on this page. */
  locals?: ReadonlyMap<string, unknown> | undefined
  /** The Jekyll site folder: `{% include %}` in a block run at import reads its `_includes/`. */
  root?: string | undefined
  /** The site's `timezone` for the `date` filter (default UTC). */
  timeZone?: string | undefined
  /** Tags the site's `_plugins/` define: Ruby code made what they printed. */
  pluginTags?: ReadonlySet<string> | undefined
}

/** A block of Liquid run at import time: its text and the variables it assigned; or why it could not run. */
export type LiquidRun = { text: string; assigned: ReadonlyMap<string, unknown> } | { reason: string }

/**
 * The value Jekyll computed for a Liquid expression, run by liquidjs with Jekyll's filters, when it
 * depends on the site's config and data, the page's front matter and earlier assigns only. A key a
 * data entry or assigned value lacks is nil (printed as nothing), as in Jekyll. Undefined when it
 * reads anything else (`site.posts`, a loop variable, a page key the front matter lacks, a filter
 * of a plugin): the importer cannot know what Jekyll printed.
 */
export function evaluateLiquid(expression: string, scope: LiquidScope): unknown {
  const engine = engineFor(scope)
  try {
    // Every value the expression read was known, so an undefined result is nil, as Jekyll has it.
    const value: unknown = engine.evalValueSync(expression, contextOf(engine, scope))
    return value ?? null
  } catch {
    return undefined
  }
}

/**
 * Runs a piece of Liquid (a `for`, `if`, `case` or `capture` block) as Jekyll did, with what
 * `evaluateLiquid` can read. Tags Jekyll adds (`highlight`, `post_url`, embeds…) come out as their
 * own text between U+E000 and U+E001, for the caller to convert. The reason when it reads
 * something only Jekyll knew, uses a plugin's tag or filter, or does not parse.
 */
export function renderLiquid(source: string, scope: LiquidScope): LiquidRun {
  const engine = engineFor(scope)
  const pluginTag = registerJekyllTags(engine, source, scope.pluginTags ?? new Set())
  if (pluginTag !== undefined) return { reason: `{% ${pluginTag} %} is a tag of the site's plugins` }
  try {
    const context = contextOf(engine, scope)
    const text: unknown = engine.renderSync(engine.parse(withoutTagLines(source)), context)
    return { text: String(text), assigned: new Map(Object.entries(context.bottom())) }
  } catch (error) {
    return { reason: reasonOf(error) }
  }
}

/**
 * The text without the lines that hold only Liquid tags: Jekyll left them as blank lines, which
 * kramdown ignores inside HTML but which end an HTML block in CommonMark (the rest of a table
 * would become a code block). Lines with text or `{{ }}` output (outside a capture) stay as they are.
 */
export function withoutTagLines(source: string): string {
  // A one-line `{% capture %}…{% endcapture %}` prints nothing either.
  return source.replace(/^[ \t]*((?:(?:\{%-?\s*capture\b[^\n]*?\{%-?\s*endcapture\s*-?%\}|\{%(?:[^%]|%(?!\}))*%\})[ \t]*)+)\r?\n/gm, (match, tags: string) => (/^(?:\{%-?\s*raw\b|\{%-?\s*endraw\b)/.test(tags) ? match : tags))
}

// Includes are read from the site's `_includes/`, never outside it, their tag lines removed too.
const includeFiles: FS = {
  exists: async (path) => includeFiles.existsSync(path),
  existsSync: (path) => existsSync(path) && statSync(path).isFile(),
  readFile: async (path) => includeFiles.readFileSync(path),
  readFileSync: (path) => withoutTagLines(readFileSync(path, 'utf8')),
  resolve: (folder, file) => resolve(folder, file),
  containsSync: (root, file) => existsSync(file) && realpathSync(file).startsWith(realpathSync(root) + sep),
  contains: async (root, file) => includeFiles.containsSync?.(root, file) ?? false,
  sep,
  dirname,
}

/** The text Liquid prints for a value: strings, numbers and booleans; undefined for lists, objects and unknowns. */
export function printedText(value: unknown): string | undefined {
  if (value === null) return ''
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
}

const engines = new Map<string, Liquid>()

// One engine per site: filters read its URL, base URL and time zone, includes its folder.
function engineFor(scope: LiquidScope): Liquid {
  const key = JSON.stringify([scope.root, scope.siteUrl, scope.baseUrl, scope.timeZone])
  const known = engines.get(key)
  if (known) return known
  const engine = new Liquid({
    root: scope.root === undefined ? [] : [join(scope.root, '_includes')],
    fs: includeFiles,
    jekyllInclude: true,
    jekyllWhere: true,
    dynamicPartials: false,
    strictFilters: true,
    ownPropertyOnly: true,
    timezoneOffset: scope.timeZone ?? 'UTC',
    // A data file is small; a loop that runs away is not a page.
    renderLimit: 2000,
    memoryLimit: 64 * 1024 * 1024,
  })
  registerJekyllFilters(engine, { siteUrl: scope.siteUrl, baseUrl: scope.baseUrl })
  if (engines.size > 16) engines.clear()
  engines.set(key, engine)
  return engine
}

function contextOf(engine: Liquid, scope: LiquidScope): Context {
  const { data, ...config } = scope.site ?? {}
  const site = knownValues('site', {
    ...config,
    ...(scope.siteUrl === undefined ? {} : { url: scope.siteUrl }),
    baseurl: scope.baseUrl,
    data: knownValues('site.data', typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}),
  })
  const page = knownValues('page', scope.pageData ?? {})
  const globals = knownValues('', { ...Object.fromEntries(scope.locals ?? []), site, page })
  return new Context({}, engine.options, { sync: true, globals }, { liquid: engine })
}

function reasonOf(error: unknown): string {
  let current: unknown = error
  while (current instanceof Error) {
    if (current instanceof UndecidableLiquid) return current.message
    const inner: unknown = (current as { originalError?: unknown }).originalError
    if (inner === undefined) break
    current = inner
  }
  // liquidjs places its messages in the block ("line:1, col:30"); the finding has the page's place.
  const message = (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)).replace(/, line:\d+, col:\d+$/, '')
  const filter = /^undefined filter: (\S+)$/.exec(message)?.[1]
  return filter === undefined ? message : `${filter} is not a filter of Jekyll (a plugin's?)`
}
