import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { VFileMessage } from 'vfile-message'
import { contentHtmlPolicy } from '../config/content-html-policy.js'
import { loadConfig, setupPlugins } from '../config/load-config.js'
import type { ResolvedConfig } from '../config/resolved-config.js'
import { defaultContentLimits, renderTimeExceeded } from '../content/content-budget.js'
import { loadContent, scanContent, type ContentScan } from '../content/load-content.js'
import { knownFrontMatterKeys, unknownFrontMatterKeys } from '../content/unknown-front-matter-keys.js'
import { chooseMarkdownParser, type MarkdownParserChoice } from '../markdown/markdown-parser.js'
import type { Page } from '../content/page.js'
import { brokenInternalLink, pluginFailed, templateMissing } from '../diagnostic-catalogue.js'
import { guardSitePaths } from '../output/guard-site-paths.js'
import { listStaticFiles } from '../output/list-static-files.js'
import { stylesheetRootPathMessages } from '../output/css-root-paths.js'
import { basePathOf } from '../site/base-path.js'
import { redirectPage } from '../output/redirect-page.js'
import type { NamedHooks } from '../render/render-document.js'
import { loadTheme, type Theme } from '../render/theme.js'
import { createSite } from '../site/create-site.js'
import { generateCorePages } from '../site/generate-core-pages.js'
import type { OutputPage, Redirect, Site } from '../site/site.js'
import type { BuildOptions, Timings } from './build-options.js'
import { pluginErrors, throwIfAny } from './build-messages.js'
import { contentOutputPages, outputPathOf, replaceSourceHrefs } from './content-output.js'
import type { DocumentJob } from './document-stage.js'
import { workspaceCodeStamp } from './code-stamp.js'
import { createRenderCache } from './render-cache.js'
import { renderPages } from './render-pages.js'
import type { RenderOutcome } from './render-worker.js'

/** Everything a build decided before making its first document. */
export interface SitePlan {
  config: ResolvedConfig
  hooks: NamedHooks[]
  theme: Theme
  /** The complete site model: every page, redirect and CSP source. Not changed after this. */
  site: Site
  /** The documents to make, in order. */
  jobs: DocumentJob[]
  /** Everything besides a document's template context it depends on (see `DocumentRecord.key`). */
  documentSalt: string
  /** Static files and theme assets (documents win over them). */
  copies: Array<{ path: string; copyFrom: string }>
  /** User errors so far (only with `keepGoing`: otherwise planning throws them) and warnings. */
  errors: VFileMessage[]
  warnings: VFileMessage[]
  stats: { rendered: number; cacheHits: number; markdownParser: MarkdownParserChoice }
  timings: Timings
  /** Hash of every input (see `BuildOptions.isUnchanged`). */
  fingerprint: string
  skipped: false
}

/** A build `isUnchanged` ended before loading content. */
export interface SkippedPlan {
  config: ResolvedConfig
  markdownParser: MarkdownParserChoice
  fingerprint: string
  timings: Timings
  skipped: true
}

/** Bumped when `DocumentRecord` changes shape, so records of older builds are not read. */
const recordFormat = 'records-2'
const coreVersion = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version
// The version names the code of a published install. In a checkout of the nichepress repository it
// stays the same from commit to commit while the shape of cached pages changes, so there the build
// output of every workspace package (size and time of each file) is part of the cache salt too.
const codeStamp = workspaceCodeStamp(fileURLToPath(new URL('../../../', import.meta.url)))

/**
 * Plans a build: config and plugins, content (rendered or from the render cache), the site model
 * with generated pages and redirects, the documents to make. Throws a NichepressError carrying
 * every user error found (unless `keepGoing`).
 */
export async function planSite(options: BuildOptions): Promise<SitePlan | SkippedPlan> {
  const mode = options.mode ?? 'build'
  const command = options.command ?? mode
  const includeDrafts = options.includeDrafts ?? false
  const timings: Timings = { config: 0, content: 0, render: 0, site: 0, layout: 0, files: 0 }
  let phaseStart = performance.now()
  const lap = (phase: Exclude<keyof Timings, 'write'>) => {
    timings[phase] = Math.round(performance.now() - phaseStart)
    phaseStart = performance.now()
  }

  const config = await loadConfig(options.root, { preset: options.preset, baseUrl: options.baseUrl, outDir: options.outDir })
  const hooks: NamedHooks[] = await setupPlugins(config, command, { cache: options.cache !== false })
  const markdownParser = chooseMarkdownParser(hooks.flatMap((hook) => hook.remarkPlugins ?? []))
  lap('config')

  // Hashing the files (no parsing, no cache reads) is enough to tell whether anything changed.
  const salt = [coreVersion, codeStamp, config.hash, ...hooks.map((hook) => `${hook.name}:${hook.cacheKey ?? ''}`)].join('\0')
  const scan = await scanContent(config)
  // A symlink out of the site is an error (thrown), or with `symlinks: 'skip'` a warning collected here.
  const skippedLinks: VFileMessage[] = []
  const symlinkPolicy = { symlinks: config.symlinks, report: (message: VFileMessage) => skippedLinks.push(message) }
  const staticFiles = await listStaticFiles(config.paths.static, '', config.root, symlinkPolicy)
  const theme = loadTheme([config.paths.defaultTheme, config.paths.theme], symlinkPolicy)
  const assets = new Map<string, string>()
  for (const dir of theme.assetDirs) for (const [path, file] of await listStaticFiles(dir, 'assets/', config.root, symlinkPolicy)) assets.set(path, file)
  const fingerprint = buildFingerprint({ salt, includeDrafts, mode, outDir: config.paths.out, scan, theme: theme.fingerprint, files: [...staticFiles.values(), ...assets.values()] })
  if (scan.problems.length === 0 && options.isUnchanged?.(fingerprint)) {
    lap('content')
    return { config, markdownParser, fingerprint, timings, skipped: true }
  }
  // A rendered page depends on the plugins that render (remark and rehype plugins), not on those
  // that only add pages, head elements or files: so `nichepress links`, which leaves the output-only
  // plugins out, reuses what `nichepress build` rendered (10,000 posts after a build: 16 s CPU, where rendering again took 57 s).
  const renderSalt = [coreVersion, codeStamp, config.hash, ...hooks.filter(rendersContent).map((hook) => `${hook.name}:${hook.cacheKey ?? ''}`)].join('\0')
  const cache = options.cache === false ? undefined : createRenderCache(join(config.root, 'node_modules', '.cache', 'nichepress'), renderSalt)
  // The content model alone (`planOnly`: `nichepress links`) keeps no page's HTML: it is the largest
  // part of a page (a 10,000-post site's is about 200 MB in memory) and nothing reads it before the
  // documents are made. The cache gets the whole page.
  const withoutHtml = (page: Page): Page => (options.planOnly ? { ...page, rendered: { ...page.rendered, html: '' } } : page)
  const reuse = cache
    ? (relativePath: string, contentHash: string) => {
        const page = cache.get(relativePath, contentHash)
        return page && withoutHtml(page)
      }
    : undefined
  const content = await loadContent(config, { includeDrafts, reuse, scan })
  lap('content')
  const errors = content.messages.filter((message) => message.fatal)
  const warnings = [...skippedLinks, ...content.messages.filter((message) => !message.fatal)]
  warnings.push(...unknownFrontMatterKeys([...content.reused, ...content.pages], knownFrontMatterKeys(config.plugins)))
  warnings.push(...stylesheetRootPathMessages([...staticFiles.values(), ...assets.values()], basePathOf(config.url), config.root))

  const cacheHits = content.reused.length
  const total = cacheHits + content.pages.length
  const progress = options.onProgress ?? (() => {})
  const renderSetup = { root: config.root, preset: options.preset, baseUrl: options.baseUrl, command, threads: options.threads, maxRenderMs: (config.limits ?? defaultContentLimits).maxRenderMs, contentHtml: contentHtmlPolicy(config, hooks) }
  // Each page is cached as its render arrives, then kept (without its HTML for the content model alone).
  const settle = (outcome: RenderOutcome, index: number): RenderOutcome => {
    const source = content.pages[index]
    if (!outcome.ok || !source) return outcome
    const page = { ...source, rendered: outcome.value }
    cache?.set(page)
    return { ok: true, value: withoutHtml(page).rendered }
  }
  const outcomes = await renderPages(content.pages, hooks, renderSetup, (done) => progress({ phase: 'render', done: cacheHits + done, total }), settle)
  const pages: Page[] = [...content.reused]
  outcomes.forEach((outcome, index) => {
    const source = content.pages[index]
    if (!source) return
    if (!outcome.ok && outcome.stoppedAfterMs !== undefined) return void errors.push(renderTimeExceeded(source.relativePath, outcome.stoppedAfterMs))
    if (!outcome.ok) return void errors.push(pluginFailed.create({ file: source.relativePath, line: source.bodyLine, column: 1 }, ['(Markdown pipeline)', outcome.error]))
    pages.push({ ...source, rendered: outcome.value })
  })
  lap('render')

  // A post that failed to load has its own error; links to it are not reported again in every linking post.
  const brokenSources = new Set(content.messages.filter((message) => message.fatal).map((message) => String(message.file ?? '')))
  const site = await modelSite(config, hooks, pages, { mode, includeDrafts, errors }, [...staticFiles.keys(), ...assets.keys()], brokenSources)
  for (const page of site.pages) {
    if (!theme.has(page.layout)) errors.push(templateMissing.create({ file: page.source?.relativePath ?? config.configFile, line: page.source?.frontMatterLines?.['layout'] ?? 1, column: 1 }, [`layouts/${page.layout}.hbs`]))
  }
  if (!theme.has('base')) errors.push(templateMissing.create({ file: config.configFile }, ['layouts/base.hbs']))
  for (const hook of hooks) {
    try {
      for (const message of (await hook.site?.(site)) ?? []) (message.fatal ? errors : warnings).push(message)
    } catch (error) {
      errors.push(...pluginErrors(config, hook.name, error))
    }
  }
  if (!options.keepGoing) throwIfAny(errors)
  lap('site')

  const jobs: DocumentJob[] = site.pages.map((page) => ({ page }))
  for (const redirect of site.redirects) if (redirect.fallbackPage !== false) jobs.push(redirectJob(redirect, config))
  const copies = [...[...assets.entries()].map(([path, copyFrom]) => ({ path, copyFrom })), ...[...staticFiles.entries()].map(([path, copyFrom]) => ({ path, copyFrom }))]
  const documentSalt = `${salt}\0${recordFormat}\0${command}\0${mode}\0${theme.fingerprint}`
  return { config, hooks, theme, site, jobs, documentSalt, copies, errors, warnings, stats: { rendered: content.pages.length, cacheHits, markdownParser }, timings, fingerprint, skipped: false }
}

/**
 * The site model, made in steps: content pages, then generated pages (core's and plugins'), then
 * redirects; every path is guarded; links are checked and swapped for URLs once every page is known; then the CSP sources.
 */
async function modelSite(
  config: ResolvedConfig,
  hooks: readonly NamedHooks[],
  contentPages: readonly Page[],
  options: { mode: 'build' | 'dev'; includeDrafts: boolean; errors: VFileMessage[] },
  files: readonly string[],
  brokenSources: ReadonlySet<string>,
): Promise<Site> {
  const draft = createSite(config, contentPages, { mode: options.mode, includeDrafts: options.includeDrafts })
  const pages: OutputPage[] = [...contentOutputPages(draft.contentPages), ...generateCorePages(draft)]
  for (const hook of hooks) {
    if (!hook.pages) continue
    try {
      pages.push(...(await hook.pages({ ...draft, pages })))
    } catch (error) {
      options.errors.push(...pluginErrors(config, hook.name, error))
    }
  }
  const redirects: Redirect[] = aliasRedirects(draft.contentPages)
  for (const hook of hooks) if (hook.redirects) redirects.push(...hook.redirects({ ...draft, pages, redirects }))
  const hostRedirects = hooks.flatMap((hook) => hook.hostRedirects?.({ ...draft, pages, redirects }) ?? [])
  // Every URL and redirect source is checked (offenders dropped from the two lists) before anything is written.
  options.errors.push(...guardSitePaths({ ...draft, pages, redirects }, files))
  const staticPaths = new Set(files.map((path) => `/${path}`))
  options.errors.push(...substituteSourceLinks(draft.contentPages, pages, redirects, staticPaths, brokenSources))
  // Content documents show the content with its links swapped.
  const withLinks = pages.map((page) => (page.source ? { ...page, content: page.source.rendered.html } : page))
  const contentSecurityPolicy: Record<string, string[]> = {}
  for (const hook of hooks) {
    for (const [directive, sources] of Object.entries(hook.contentSecurityPolicy?.({ ...draft, pages: withLinks, redirects }) ?? {})) {
      contentSecurityPolicy[directive] = [...new Set([...(contentSecurityPolicy[directive] ?? []), ...sources])].sort()
    }
  }
  return { ...draft, pages: withLinks, redirects, hostRedirects, contentSecurityPolicy }
}

function rendersContent(hook: NamedHooks): boolean {
  return (hook.remarkPlugins?.length ?? 0) > 0 || (hook.rehypePlugins?.length ?? 0) > 0
}

function buildFingerprint(inputs: { salt: string; includeDrafts: boolean; mode: string; outDir: string; scan: ContentScan; theme: string; files: readonly string[] }): string {
  const hash = createHash('sha1').update(`${inputs.salt}\0${inputs.includeDrafts}\0${inputs.mode}\0${inputs.outDir}\0${inputs.theme}\0`)
  const pages = inputs.scan.files.map((file) => `${file.relativePath}\0${file.contentHash}`).sort()
  for (const page of pages) hash.update(`${page}\n`)
  for (const file of [...inputs.files].sort()) {
    const stats = statSync(file)
    hash.update(`${file}\0${stats.size}\0${stats.mtimeMs}\n`)
  }
  return hash.digest('hex')
}

/** A redirect's fallback page, a ready-made document. */
function redirectJob(redirect: Redirect, config: ResolvedConfig): DocumentJob {
  const page = { kind: 'generated', url: redirect.from, layout: 'redirect', title: redirect.to, lang: config.language, textLanguage: config.textLanguage, noindex: true, inSitemap: false } as const
  return { path: outputPathOf(redirect.from), html: redirectPage(redirect.to, config.language, config.textLanguage), page }
}

function aliasRedirects(pages: readonly Page[]): Redirect[] {
  return pages.flatMap((page) => page.frontMatter.aliases.map((from) => ({ from, to: page.url, status: 301 as const, origin: page.relativePath })))
}

/** Swaps `np-src:` hrefs for page URLs and checks every internal link against what the site has. */
function substituteSourceLinks(contentPages: readonly Page[], pages: readonly OutputPage[], redirects: readonly Redirect[], staticPaths: ReadonlySet<string>, brokenSources: ReadonlySet<string>): VFileMessage[] {
  const urlBySource = new Map(contentPages.map((page) => [page.relativePath, page.url]))
  const known = knownPaths(pages, redirects, staticPaths)
  const messages: VFileMessage[] = []
  for (const page of contentPages) {
    for (const link of page.rendered.links) {
      const place = { file: page.relativePath, line: link.line, column: link.column }
      if (link.sourceTarget !== undefined) {
        const url = urlBySource.get(link.sourceTarget)
        if (url) link.target = url
        else if (!brokenSources.has(link.sourceTarget)) messages.push(brokenInternalLink.create(place, [link.sourceTarget]))
      } else if (!isKnown(link.target, known)) {
        messages.push(brokenInternalLink.create(place, [link.target]))
      }
    }
    page.rendered.html = replaceSourceHrefs(page.rendered.html, urlBySource)
  }
  return messages
}

/** Every path a server answers for the site: its pages, its redirects' sources and the given files (as root paths). */
export function knownPaths(pages: readonly OutputPage[], redirects: readonly Redirect[], files: Iterable<string>): Set<string> {
  return new Set<string>([...pages.map((page) => page.url), ...redirects.map((redirect) => redirect.from), ...files])
}

export function isKnown(target: string, known: ReadonlySet<string>): boolean {
  let path: string
  try {
    path = decodeURI(target)
  } catch {
    path = target
  }
  return known.has(path) || known.has(`${path}/`) || known.has(path.replace(/index\.html$/, ''))
}

