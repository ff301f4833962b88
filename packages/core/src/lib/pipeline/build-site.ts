import { join, relative, resolve } from 'node:path'
import type { VFileMessage } from 'vfile-message'
import { brokenImage, templateError } from '../diagnostic-catalogue.js'
import { fromMessageData } from '../diagnostics.js'
import { guardRedirectsAgainstFiles } from '../output/guard-site-paths.js'
import { recoverOutput } from '../output/output-folder.js'
import { openStagingOutput } from '../output/staging-output.js'
import { stageFiles, type OutputFile } from '../output/write-output.js'
import type { SiteFile, SiteFiles } from '../plugin.js'
import { createSite } from '../site/create-site.js'
import type { Site } from '../site/site.js'
import type { BuildOptions, BuildResult, GeneratedSite } from './build-options.js'
import { pluginErrors, sortMessages, throwIfAny } from './build-messages.js'
import { isOutputIntact, readBuildRecord, writeBuildRecord } from './build-record.js'
import { readDocumentMemo, runDocumentStage, writeDocumentMemo, type DocumentOutput, type DocumentRecord } from './document-stage.js'
import { createDocumentStore } from './document-store.js'
import { createFinishPool } from './finish-pool.js'
import { isKnown, knownPaths, planSite, type SitePlan, type SkippedPlan } from './plan-site.js'
import { unsafeHtmlMessages } from './unsafe-html-messages.js'
import { createPageRerenderer } from './rerender-page.js'

export type { BuildOptions, BuildProgress, BuildResult, GeneratedSite, Timings } from './build-options.js'

// A build in three steps, the same for every command:
//   1. plan      planSite: config, plugins, content, the site model, the documents to make (pure
//                of output: nothing is written, a failing plan leaves everything as it was);
//   2. make      makeDocuments: each document rendered or reused, finished by the plugins'
//                `document` hooks, handed to an output: a map in memory (generateSite, lint,
//                links) or a staging folder through the document store and worker threads
//                (buildSite, dev) — the only difference between them;
//   3. finish    finishSite: plugins' `files` hooks with what `document` left on each document,
//                every message of the build, sorted.

/** Builds the site in memory. Throws a NichepressError carrying every user error found. */
export async function generateSite(options: BuildOptions): Promise<GeneratedSite> {
  const plan = await planSite(options)
  if (plan.skipped) return skippedSite(plan)
  if (options.planOnly) {
    const messages = [...plan.errors, ...plan.warnings]
    return { ...generated(plan, 0, sortMessages(options.keepGoing ? messages : messages.filter((message) => !message.fatal))), files: [] }
  }
  const documents = new Map<string, string>()
  const memory: DocumentOutput = { remember: false, write: async (path, html) => void documents.set(path, html), reuse: async () => false }
  const made = await makeDocuments(plan, memory, options)
  const finished = await finishSite(plan, made.records, options)
  // Documents win over static files, plugin files over both.
  const files: OutputFile[] = [...plan.copies.filter((file) => !documents.has(file.path)), ...[...documents].map(([path, contents]) => ({ path, contents })), ...finished.siteFiles]
  return { ...generated(plan, made.reused, finished.messages), files: dedupeByPath(files) }
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
  const unchanged = (fingerprint: string) => options.skipUnchanged !== false && record !== undefined && record.fingerprint === fingerprint && isOutputIntact(record)
  const plan = await planSite({ ...options, isUnchanged: unchanged })
  const duration = () => performance.now() - started
  if (plan.skipped) {
    const messages = record?.messages.map(fromMessageData) ?? []
    return { ...skippedSite(plan), messages, files: [], documentHashes: new Map(), outDir: plan.config.paths.out, durationMilliseconds: duration() }
  }

  const { root, paths, configFile } = plan.config
  const guard = { root, sources: [paths.content, paths.static, paths.theme, configFile], copiedFolders: [paths.static, paths.theme], configFile: relative(root, configFile) || configFile, force: options.force, knownOutDir: record?.outDir }
  const staging = await openStagingOutput(paths.out, { guard })
  const memo = options.cache === false ? undefined : readDocumentMemo(memoFile)
  const previous = memo?.salt === plan.documentSalt ? memo : undefined
  const storeDir = join(cacheDir, 'documents')
  const store = options.cache === false ? undefined : createDocumentStore(storeDir, previous?.stamps ?? new Map())
  const threads = options.threads
  const poolSetup = { root: plan.config.root, preset: options.preset, baseUrl: options.baseUrl, mode: options.mode ?? 'build', command: options.command ?? options.mode ?? 'build', staging: staging.dir, store: storeDir }
  const output = store
    ? store.outputFor(staging, previous?.documents, () => createFinishPool(poolSetup, threads))
    : { remember: true, write: (path: string, html: string) => staging.write(path, html), reuse: async () => false, close: async () => {} }
  let made: Awaited<ReturnType<typeof makeDocuments>>
  let finished: Awaited<ReturnType<typeof finishSite>>
  try {
    made = await makeDocuments(plan, output, options).finally(() => output.close())
    finished = await finishSite(plan, made.records, options)
  } catch (error) {
    await staging.abort()
    throw error
  }

  const site = generated(plan, made.reused, finished.messages)
  const writeStart = performance.now()
  // Documents win over static files and theme assets; plugin files over both.
  await stageFiles(staging, [...plan.copies.filter((file) => !staging.paths.has(file.path)), ...finished.siteFiles])
  const files = [...staging.paths].sort()
  options.onProgress?.({ phase: 'write', done: 0, total: files.length })
  await staging.commit()
  site.stats.timings.write = Math.round(performance.now() - writeStart)
  options.onProgress?.({ phase: 'write', done: files.length, total: files.length })
  if (store) {
    writeDocumentMemo(memoFile, { salt: plan.documentSalt, documents: made.records, stamps: store.stamps })
    await store.prune(memo?.documents, made.records)
  }
  if (options.cache !== false) writeBuildRecord(recordFile, site, files.length)
  const documentHashes = new Map([...made.records].map(([path, entry]) => [path, entry.hash]))
  return { ...site, files, documentHashes, outDir: plan.config.paths.out, durationMilliseconds: duration() }
}

/** Step 2: every planned document, made or reused, into `output`. */
async function makeDocuments(plan: SitePlan, output: DocumentOutput, options: BuildOptions) {
  const start = performance.now()
  const { records, reused } = await runDocumentStage({
    site: plan.site,
    theme: plan.theme,
    hooks: plan.hooks,
    salt: plan.documentSalt,
    jobs: plan.jobs,
    output,
    onError: (page, error) => plan.errors.push(templateError.create({ file: page.source?.relativePath ?? page.url, line: page.source?.frontMatterLines?.['layout'] ?? 1, column: 1 }, [error instanceof Error ? error.message : String(error)])),
    onProgress: (done) => options.onProgress?.({ phase: 'layout', done, total: plan.jobs.length }),
  })
  plan.timings.layout = Math.round(performance.now() - start)
  return { records, reused }
}

/** Step 3: site-level files and every message: planning's, the documents' (made now or replayed), the plugins'. */
async function finishSite(plan: SitePlan, records: ReadonlyMap<string, DocumentRecord>, options: BuildOptions) {
  const start = performance.now()
  const messages: VFileMessage[] = []
  for (const record of records.values()) for (const message of record.messages) messages.push(fromMessageData(message))
  const siteFiles: OutputFile[] = []
  const paths = [...records.keys()].sort()
  for (const hook of plan.hooks) {
    if (!hook.files) continue
    try {
      const made = await hook.files(plan.site, new Map(paths.map((path) => [path, records.get(path)?.data[hook.name]])))
      if (isFileList(made)) siteFiles.push(...made)
      else {
        siteFiles.push(...(made.files ?? []))
        messages.push(...(made.messages ?? []))
      }
    } catch (error) {
      messages.push(...pluginErrors(plan.config, hook.name, error))
    }
  }
  messages.push(...guardRedirectsAgainstFiles(plan.site, siteFiles.map((file) => file.path)))
  messages.push(...missingImages(plan.site, [...plan.copies.map((copy) => copy.path), ...siteFiles.map((file) => file.path)]))
  // After the plugins' findings, so an element a plugin already reported is not reported twice
  // (only theirs: a broken link at the same place is another problem).
  messages.push(...unsafeHtmlMessages(plan.site.contentPages, messages, plan.site.contentSecurityPolicy))
  const all = [...plan.errors, ...plan.warnings, ...messages]
  const errors = all.filter((message) => message.fatal)
  if (!options.keepGoing) throwIfAny(errors)
  plan.timings.files = Math.round(performance.now() - start)
  return { siteFiles, messages: sortMessages(options.keepGoing ? all : all.filter((message) => !message.fatal)) }
}

/** What every command gets of a build besides its files. */
function generated(plan: SitePlan, reused: number, messages: VFileMessage[]): Omit<GeneratedSite, 'files'> {
  const { config, site, theme, hooks, fingerprint, timings, stats } = plan
  return {
    config,
    site,
    rerenderPage: createPageRerenderer({ config, site, theme, hooks }),
    messages,
    fingerprint,
    stats: { pages: site.pages.length, rendered: stats.rendered, reused, cacheHits: stats.cacheHits, timings, skipped: false, markdownParser: stats.markdownParser },
  }
}

/** A build `isUnchanged` ended early: no site, no files. */
function skippedSite(plan: SkippedPlan): GeneratedSite {
  const site = createSite(plan.config, [], { mode: 'build', includeDrafts: false })
  return { config: plan.config, site, files: [], messages: [], fingerprint: plan.fingerprint, stats: { pages: 0, rendered: 0, reused: 0, cacheHits: 0, timings: plan.timings, skipped: true, markdownParser: plan.markdownParser } }
}

function isFileList(made: SiteFiles): made is readonly SiteFile[] {
  return Array.isArray(made)
}

function dedupeByPath(files: OutputFile[]): OutputFile[] {
  // Later entries win: documents over static files, plugin files over both.
  const byPath = new Map<string, OutputFile>()
  for (const file of files) byPath.set(file.path, file)
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/**
 * Each image of a content page whose file the site does not have: not a static file, asset or
 * plugin's file, page or redirect (a server answers those). A warning: a host may serve the path
 * from elsewhere (a proxy, a rewrite nichepress does not know).
 */
function missingImages(site: Site, files: readonly string[]): VFileMessage[] {
  const known = knownPaths(site.pages, site.redirects, files.map((path) => `/${path}`))
  const messages: VFileMessage[] = []
  for (const page of site.contentPages) {
    for (const image of page.rendered.images ?? []) {
      if (!isKnown(image.target, known)) messages.push(brokenImage.create({ file: page.relativePath, line: image.line, column: image.column }, [image.target]))
    }
  }
  return messages
}
