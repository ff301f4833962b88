import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { VFileMessage } from 'vfile-message'
import { chooseMarkdownParser, type MarkdownParserChoice } from '../markdown/markdown-parser.js'
import { loadConfig, setupPlugins } from '../config/load-config.js'
import type { ResolvedConfig } from '../config/resolved-config.js'
import type { Page } from '../content/page.js'
import { loadContent, scanContent, type ContentScan } from '../content/load-content.js'
import { knownFrontMatterKeys, unknownFrontMatterKeys } from '../content/unknown-front-matter-keys.js'
import { brokenInternalLink, pluginFailed, templateError, templateMissing } from '../diagnostic-catalogue.js'
import { fromMessageData, NichepressError, toMessageData, type MessageData } from '../diagnostics.js'
import type { Command } from '../plugin.js'
import { listStaticFiles } from '../output/list-static-files.js'
import { redirectPage } from '../output/redirect-page.js'
import { guardRedirectsAgainstFiles, guardSitePaths } from '../output/guard-site-paths.js'
import { openStagingOutput, type StagingOutput } from '../output/staging-output.js'
import { recoverOutput } from '../output/output-folder.js'
import { stageFiles, type OutputFile } from '../output/write-output.js'
import type { NamedHooks } from '../render/render-document.js'
import { loadTheme } from '../render/theme.js'
import { createSite } from '../site/create-site.js'
import { generateCorePages } from '../site/generate-core-pages.js'
import type { Redirect, Site } from '../site/site.js'
import { createRenderCache } from './render-cache.js'
import { readDocumentMemo, runDocumentStage, writeDocumentMemo, type DocumentJob, type DocumentOutput, type DocumentRecord } from './document-stage.js'
import { createDocumentStore, type DocumentStore } from './document-store.js'
import { createFinishPool } from './finish-pool.js'
import { contentOutputPages, outputPathOf, replaceSourceHrefs } from './content-output.js'
import { createPageRerenderer, type PageRerenderer } from './rerender-page.js'
import { renderPages } from './render-pages.js'

/** Options of `generateSite` and `buildSite`. */
export interface BuildOptions {
  /** Site folder. */
  root: string
  /** Preset module (plugins on by default, default theme); see `loadConfig`. */
  preset?: string
  outDir?: string
  baseUrl?: string
  includeDrafts?: boolean
  /** Worker threads for rendering and for finishing documents (default: one per core; 1 does all in this thread). */
  threads?: number
  /** Use the render cache (default true). */
  cache?: boolean
  mode?: 'build' | 'dev'
  /** The command the build runs for, as plugins see it (`PluginContext.command`); default: `mode`. */
  command?: Command
  /**
   * Called with a fingerprint of every input (content, config, theme, static files, versions);
   * returning true ends the build early with no files (`stats.skipped`), as the output would not change.
   */
  isUnchanged?: (fingerprint: string) => boolean
  /** `buildSite` ends early when nothing changed since the last build (default true; dev keeps the site in memory, so it says false). */
  skipUnchanged?: boolean
  /** Called as work advances, for progress display. */
  onProgress?: (event: BuildProgress) => void
  /**
   * Return user errors in `messages` (as fatal messages) instead of throwing, generating as much of
   * the site as it can (default false). For `nichepress lint`, which reports them with its own findings.
   */
  keepGoing?: boolean
  /** Replace an existing output folder nichepress did not write (`--force`; see `out-dir-foreign`). */
  force?: boolean
}

/** A progress event. */
export interface BuildProgress {
  phase: 'load' | 'render' | 'layout' | 'write'
  done: number
  total: number
}

/** A generated site held in memory, before it is written. */
export interface GeneratedSite {
  config: ResolvedConfig
  site: Site
  files: OutputFile[]
  /** Warnings (errors throw, unless `keepGoing`: then errors too). */
  messages: VFileMessage[]
  stats: {
    pages: number
    /** Content pages rendered from Markdown (the rest came from the render cache: `cacheHits`). */
    rendered: number
    /** Documents taken unchanged from the previous output (`buildSite` only). */
    reused: number
    cacheHits: number
    timings: Timings
    skipped: boolean
    /** The Markdown parser content pages are parsed with, and why (see markdown/markdown-parser.ts). */
    markdownParser: MarkdownParserChoice
  }
  /** Hash of every input of this build (see `BuildOptions.isUnchanged`). */
  fingerprint: string
  /**
   * Re-renders one edited content page against this build (the dev server's fast path), or
   * undefined when the edit needs a full build (new page, changed URL, errors, skipped build).
   */
  rerenderPage?: PageRerenderer
}

/** Milliseconds spent per phase of a build, for `--json` and performance work. */
export interface Timings {
  config: number
  content: number
  render: number
  site: number
  layout: number
  files: number
  write?: number
}

/** Summary of a finished build (its documents went straight to disk, not into memory). */
export interface BuildResult extends Omit<GeneratedSite, 'files'> {
  /** Output paths written, sorted (none when the build was skipped). */
  files: string[]
  /** Hash of each HTML document's bytes by output path: equal hashes, equal documents. */
  documentHashes: ReadonlyMap<string, string>
  outDir: string
  durationMilliseconds: number
}

/** Bumped when `DocumentRecord` changes shape, so records of older builds are not read. */
const recordFormat = 'records-2'
const coreVersion = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version

/** Builds the site in memory. Throws a NichepressError carrying every user error found. */
export async function generateSite(options: BuildOptions): Promise<GeneratedSite> {
  const documents = new Map<string, string>()
  const produced = await produceSite(options, async () => ({
    remember: false,
    write: async (path, html) => void documents.set(path, html),
    reuse: async () => false,
  }))
  const { copies, siteFiles, records: _records, salt: _salt, ...generated } = produced
  if (generated.stats.skipped) return { ...generated, files: [] }
  // Documents win over static files, plugin files over both.
  const files: OutputFile[] = [...copies.filter((file) => !documents.has(file.path)), ...[...documents].map(([path, contents]) => ({ path, contents })), ...siteFiles]
  return { ...generated, files: dedupeByPath(files) }
}

/** What `produceSite` made besides the documents it handed to the output. */
interface ProducedSite extends Omit<GeneratedSite, 'files'> {
  /** Static files and theme assets (documents win over them). */
  copies: Array<{ path: string; copyFrom: string }>
  /** Files from plugins' `files` hooks (they win over everything). */
  siteFiles: OutputFile[]
  records: Map<string, DocumentRecord>
  salt: string
}

/**
 * Builds the site, handing each finished document to the output `open` gives (called once the
 * site model is complete and valid). Throws a NichepressError carrying every user error found.
 */
async function produceSite(options: BuildOptions, open: (config: ResolvedConfig, salt: string) => Promise<DocumentOutput>): Promise<ProducedSite> {
  const mode = options.mode ?? 'build'
  const command = options.command ?? mode
  const progress = options.onProgress ?? (() => {})
  let phaseStart = performance.now()
  const timings: Timings = { config: 0, content: 0, render: 0, site: 0, layout: 0, files: 0 }
  const lap = (phase: Exclude<keyof Timings, 'write'>) => {
    const now = performance.now()
    timings[phase] = Math.round(now - phaseStart)
    phaseStart = now
  }
  const config = await loadConfig(options.root, { preset: options.preset, baseUrl: options.baseUrl, outDir: options.outDir })
  const hooks: NamedHooks[] = await setupPlugins(config, command, { cache: options.cache !== false })
  const markdownParser = chooseMarkdownParser(hooks.flatMap((hook) => hook.remarkPlugins ?? []))
  lap('config')
  const includeDrafts = options.includeDrafts ?? false
  const salt = [coreVersion, config.hash, ...hooks.map((hook) => `${hook.name}:${hook.cacheKey ?? ''}`)].join('\0')
  const cache = options.cache === false ? undefined : createRenderCache(cacheDirOf(config), salt)
  // Hashing the files (no parsing, no cache reads) is enough to tell whether anything changed.
  const scan = await scanContent(config)
  const staticFiles = await listStaticFiles(config.paths.static, '', config.root)
  const theme = loadTheme([config.paths.defaultTheme, config.paths.theme])
  const assets = new Map<string, string>()
  for (const dir of theme.assetDirs) for (const [path, file] of await listStaticFiles(dir, 'assets/', config.root)) assets.set(path, file)
  const fingerprint = buildFingerprint({ salt, includeDrafts, mode, outDir: config.paths.out, scan, theme: theme.fingerprint, files: [...staticFiles.values(), ...assets.values()] })
  if (scan.problems.length === 0 && options.isUnchanged?.(fingerprint)) {
    lap('content')
    return { config, site: createSite(config, [], { mode, includeDrafts, report: () => {} }), copies: [], siteFiles: [], records: new Map(), salt: '', messages: [], fingerprint, stats: { pages: 0, rendered: 0, reused: 0, cacheHits: 0, timings, skipped: true, markdownParser } }
  }
  const content = await loadContent(config, { includeDrafts, reuse: cache?.get, scan })
  lap('content')
  const errors = content.messages.filter((message) => message.fatal)
  const warnings = content.messages.filter((message) => !message.fatal)
  warnings.push(...unknownFrontMatterKeys([...content.reused, ...content.pages], knownFrontMatterKeys(config.plugins)))

  const cacheHits = content.reused.length
  const total = cacheHits + content.pages.length
  const outcomes = await renderPages(
    content.pages,
    hooks,
    { root: config.root, preset: options.preset, baseUrl: options.baseUrl, command, threads: options.threads },
    (done) => progress({ phase: 'render', done: cacheHits + done, total }),
  )
  const pages: Page[] = [...content.reused]
  outcomes.forEach((outcome, index) => {
    const source = content.pages[index]
    if (!source) return
    if (!outcome.ok) {
      errors.push(pluginFailed.create({ file: source.relativePath, line: source.bodyLine, column: 1 }, ['(Markdown pipeline)', outcome.error]))
      return
    }
    const page = { ...source, rendered: outcome.value }
    cache?.set(page)
    pages.push(page)
  })
  const rendered = content.pages.length
  lap('render')

  const site = createSite(config, pages, { mode, includeDrafts, report: (message) => (message.fatal ? errors : warnings).push(message) })
  site.pages.push(...contentOutputPages(site.contentPages))
  site.pages.push(...generateCorePages(site))
  for (const hook of hooks) {
    if (!hook.pages) continue
    try {
      site.pages.push(...(await hook.pages(site)))
    } catch (error) {
      errors.push(...pluginErrors(config, hook.name, error))
    }
  }
  site.redirects.push(...aliasRedirects(site.contentPages))
  for (const hook of hooks) if (hook.redirects) site.redirects.push(...hook.redirects(site))
  // Every URL and redirect source is checked (and offenders dropped) before anything is written.
  errors.push(...guardSitePaths(site, [...staticFiles.keys(), ...assets.keys()]))

  // A post that failed to load has its own error; links to it are not reported again in every linking post.
  const brokenSources = new Set(content.messages.filter((message) => message.fatal).map((message) => String(message.file ?? '')))
  errors.push(...substituteSourceLinks(site, new Set([...staticFiles.keys(), ...assets.keys()].map((path) => `/${path}`)), brokenSources))
  for (const page of site.pages) {
    if (!theme.has(page.layout)) errors.push(templateMissing.create({ file: page.source?.relativePath ?? config.configFile, line: page.source?.frontMatterLines?.['layout'] ?? 1, column: 1 }, [`layouts/${page.layout}.hbs`]))
  }
  if (!theme.has('base')) errors.push(templateMissing.create({ file: config.configFile }, ['layouts/base.hbs']))
  if (!options.keepGoing) throwIfAny(errors)

  lap('site')
  const documentSalt = `${salt}\0${recordFormat}\0${command}\0${mode}\0${theme.fingerprint}`
  const output = await open(config, documentSalt)
  const jobs: DocumentJob[] = site.pages.map((page) => ({ page }))
  for (const redirect of site.redirects) {
    if (redirect.fallbackPage !== false) jobs.push(redirectJob(redirect, config))
  }
  const { records, reused } = await runDocumentStage({
    site,
    theme,
    hooks,
    salt: documentSalt,
    jobs,
    output,
    onError: (page, error) => errors.push(templateError.create({ file: page.source?.relativePath ?? page.url, line: page.source?.frontMatterLines?.['layout'] ?? 1, column: 1 }, [error instanceof Error ? error.message : String(error)])),
    onProgress: (done) => progress({ phase: 'layout', done, total: jobs.length }),
  })
  // What the documents' hooks reported, made now or replayed with a reused document.
  for (const record of records.values()) for (const message of record.messages) (message.fatal ? errors : warnings).push(fromMessageData(message))
  for (const hook of hooks) {
    for (const [directive, sources] of Object.entries(hook.contentSecurityPolicy?.(site) ?? {})) {
      site.contentSecurityPolicy[directive] = [...new Set([...(site.contentSecurityPolicy[directive] ?? []), ...sources])].sort()
    }
  }
  lap('layout')
  const siteFiles: OutputFile[] = []
  const paths = [...records.keys()].sort()
  for (const hook of hooks) {
    if (!hook.files) continue
    try {
      const data = new Map(paths.map((path) => [path, records.get(path)?.data[hook.name]]))
      siteFiles.push(...(await hook.files(site, data)))
    } catch (error) {
      errors.push(...pluginErrors(config, hook.name, error))
    }
  }
  errors.push(...guardRedirectsAgainstFiles(site, siteFiles.map((file) => file.path)))
  if (!options.keepGoing) throwIfAny(errors)

  lap('files')
  const copies = [...[...assets.entries()].map(([path, copyFrom]) => ({ path, copyFrom })), ...[...staticFiles.entries()].map(([path, copyFrom]) => ({ path, copyFrom }))]
  const rerenderPage = createPageRerenderer({ config, site, theme, hooks })
  return {
    config,
    site,
    rerenderPage,
    copies,
    siteFiles,
    records,
    salt: documentSalt,
    messages: sortMessages(options.keepGoing ? [...errors, ...warnings] : warnings),
    fingerprint,
    stats: { pages: site.pages.length, rendered, reused, cacheHits, timings, skipped: false, markdownParser },
  }
}

/** The cache folder: `node_modules/.cache/nichepress` in the site (kept by Netlify and Vercel between deploys). */
export function cacheDirOf(config: ResolvedConfig): string {
  return join(config.root, 'node_modules', '.cache', 'nichepress')
}

function buildFingerprint(inputs: {
  salt: string
  includeDrafts: boolean
  mode: string
  outDir: string
  scan: ContentScan
  theme: string
  files: readonly string[]
}): string {
  const hash = createHash('sha1').update(`${inputs.salt}\0${inputs.includeDrafts}\0${inputs.mode}\0${inputs.outDir}\0${inputs.theme}\0`)
  const pages = inputs.scan.files.map((file) => `${file.relativePath}\0${file.contentHash}`).sort()
  for (const page of pages) hash.update(`${page}\n`)
  for (const file of [...inputs.files].sort()) {
    const stats = statSync(file)
    hash.update(`${file}\0${stats.size}\0${stats.mtimeMs}\n`)
  }
  return hash.digest('hex')
}

/** Builds the site and swaps it into the output folder; on any error the old output stays as it was. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now()
  const cacheDir = join(resolve(options.root), 'node_modules', '.cache', 'nichepress')
  const recordFile = join(cacheDir, 'last-build.json')
  const memoFile = join(cacheDir, 'documents.json')
  const record = options.cache === false ? undefined : readBuildRecord(recordFile)
  // A build killed between the two renames of its swap left the previous output set aside: put it back first.
  if (record) recoverOutput(record.outDir)
  const memo = options.cache === false ? undefined : readDocumentMemo(memoFile)
  let staging: StagingOutput | undefined
  let store: DocumentStore | undefined
  let output: (DocumentOutput & { close(): Promise<void> }) | undefined
  let produced: ProducedSite
  try {
    produced = await produceSite(
      {
        ...options,
        isUnchanged: (fingerprint) => options.skipUnchanged !== false && record !== undefined && record.fingerprint === fingerprint && isOutputIntact(record),
      },
      async (config, salt) => {
        staging = await openStagingOutput(config.paths.out, {
          guard: { root: config.root, sources: [config.paths.content, config.paths.static, config.paths.theme, config.configFile], copiedFolders: [config.paths.static, config.paths.theme], configFile: relative(config.root, config.configFile) || config.configFile, force: options.force, knownOutDir: record?.outDir },
        })
        if (options.cache === false) return { remember: true, write: (path, html) => (staging as StagingOutput).write(path, html), reuse: async () => false }
        const usable = memo?.salt === salt ? memo : undefined
        const storeDir = join(cacheDir, 'documents')
        store = createDocumentStore(storeDir, usable?.stamps ?? new Map())
        const opened = staging
        const openPool = () => createFinishPool({ root: config.root, preset: options.preset, baseUrl: options.baseUrl, mode: options.mode ?? 'build', command: options.command ?? options.mode ?? 'build', staging: opened.dir, store: storeDir }, options.threads)
        output = store.outputFor(staging, usable?.documents, openPool)
        return output
      },
    )
  } catch (error) {
    await output?.close()
    await (staging as StagingOutput | undefined)?.abort()
    throw error
  }
  await output?.close()
  const { copies, siteFiles, records, salt, ...generated } = produced
  const documentHashes = new Map([...records].map(([path, entry]) => [path, entry.hash]))
  if (generated.stats.skipped && record) {
    const messages = record.messages.map(fromMessageData)
    return { ...generated, messages, files: [], documentHashes, outDir: generated.config.paths.out, durationMilliseconds: performance.now() - started }
  }
  const target = staging as StagingOutput | undefined
  if (!target) throw new Error('The output folder was not opened.')
  const writeStart = performance.now()
  // Documents win over static files and theme assets; plugin files over both.
  await stageFiles(target, [...copies.filter((file) => !target.paths.has(file.path)), ...siteFiles])
  const files = [...target.paths].sort()
  options.onProgress?.({ phase: 'write', done: 0, total: files.length })
  await target.commit()
  generated.stats.timings.write = Math.round(performance.now() - writeStart)
  options.onProgress?.({ phase: 'write', done: files.length, total: files.length })
  if (store) {
    writeDocumentMemo(memoFile, { salt, documents: records, stamps: store.stamps })
    await store.prune(memo?.documents, records)
  }
  if (options.cache !== false) writeBuildRecord(recordFile, generated, files.length)
  return { ...generated, files, documentHashes, outDir: generated.config.paths.out, durationMilliseconds: performance.now() - started }
}

/** What the last successful build wrote, so an identical rebuild can be skipped. */
interface BuildRecord {
  fingerprint: string
  outDir: string
  outDirModifiedMs: number
  files: number
  messages: MessageData[]
}

function readBuildRecord(file: string): BuildRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildRecord
  } catch {
    return undefined
  }
}

// The output folder must still be the one the last build swapped in (its mtime changes when
// anything at its top level is added, removed or replaced).
function isOutputIntact(record: BuildRecord): boolean {
  try {
    return statSync(record.outDir).mtimeMs === record.outDirModifiedMs && existsSync(join(record.outDir, 'index.html'))
  } catch {
    return false
  }
}

function writeBuildRecord(file: string, generated: Omit<GeneratedSite, 'files'>, files: number): void {
  const outDir = generated.config.paths.out
  const record: BuildRecord = {
    fingerprint: generated.fingerprint,
    outDir,
    outDirModifiedMs: statSync(outDir).mtimeMs,
    files,
    messages: generated.messages.map(toMessageData),
  }
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, JSON.stringify(record))
}



/** A redirect's fallback page, a ready-made document. */
function redirectJob(redirect: Redirect, config: ResolvedConfig): DocumentJob {
  const page = { kind: 'generated', url: redirect.from, layout: 'redirect', title: redirect.to, lang: config.language, noindex: true, inSitemap: false } as const
  return { path: outputPathOf(redirect.from), html: redirectPage(redirect.to, config.language), page }
}

function aliasRedirects(pages: readonly Page[]): Redirect[] {
  return pages.flatMap((page) => page.frontMatter.aliases.map((from) => ({ from, to: page.url, status: 301 as const, origin: page.relativePath })))
}

/** Swaps `np-src:` hrefs for page URLs and checks every internal link against what the site has. */
function substituteSourceLinks(site: Site, staticPaths: ReadonlySet<string>, brokenSources: ReadonlySet<string>): VFileMessage[] {
  const urlBySource = new Map(site.contentPages.map((page) => [page.relativePath, page.url]))
  const known = new Set<string>([...site.pages.map((page) => page.url), ...site.redirects.map((redirect) => redirect.from), ...staticPaths])
  const messages: VFileMessage[] = []
  for (const page of site.contentPages) {
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
  for (const output of site.pages) if (output.source) output.content = output.source.rendered.html
  return messages
}


function isKnown(target: string, known: ReadonlySet<string>): boolean {
  let path: string
  try {
    path = decodeURI(target)
  } catch {
    path = target
  }
  return known.has(path) || known.has(`${path}/`) || known.has(path.replace(/index\.html$/, ''))
}


// A plugin reports user errors by throwing a NichepressError: every message it carries counts.
function pluginErrors(config: ResolvedConfig, name: string, error: unknown): VFileMessage[] {
  if (error instanceof NichepressError) return [...error.messages]
  return [pluginFailed.create({ file: config.configFile }, [name, error instanceof Error ? error.message : String(error)])]
}

// Stops the build with every user error collected so far.
function throwIfAny(errors: VFileMessage[]): void {
  if (errors.length > 0) throw new NichepressError(`${errors.length} error${errors.length === 1 ? '' : 's'}`, sortMessages(errors))
}

function sortMessages(messages: VFileMessage[]): VFileMessage[] {
  return [...messages].sort((a, b) => {
    const byFile = String(a.file ?? '').localeCompare(String(b.file ?? ''))
    return byFile !== 0 ? byFile : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  })
}

function dedupeByPath(files: OutputFile[]): OutputFile[] {
  // Later entries win: documents over static files, plugin files over both.
  const byPath = new Map<string, OutputFile>()
  for (const file of files) byPath.set(file.path, file)
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
