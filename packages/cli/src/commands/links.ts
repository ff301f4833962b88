import { readFile, writeFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { type BuildProgress, generateSite, NichepressError, toMessageData } from '@nichepress/core'
import {
  applySuggestions,
  buildLinkGraph,
  createLinkIndex,
  diffLines,
  documentsFromPages,
  formatLinksReport,
  linksOptionsSchema,
  linksPageUnknown,
  type LinksReport,
  type ReportFormat,
} from '@nichepress/links'
import { type Progress, terminalProgress } from '../lib/progress.js'
import { takeSetupFailures } from './links-preset.js'

/** URL of the preset `links` builds with (also handed to render workers); see links-preset.ts. */
const linksPresetUrl = new URL('./links-preset.js', import.meta.url).href

/** Options of `nichepress links`. */
export interface LinksCommandOptions {
  root: string
  drafts: boolean
  cache: boolean
  /** `text` (default), `markdown` or `json`. */
  format: ReportFormat
  /** Only this Markdown file (relative to the current folder or the site root). */
  page: string | undefined
  /** Suggestions per page; default: the config's `links.suggestionsPerPage` (5). */
  limit: number | undefined
  /** Show the diff that applying the exact, unambiguous suggestions would make. */
  apply: boolean
  /** With `apply`: write the files instead of only showing the diff. */
  write: boolean
  /** Where output goes (tests); default stdout. */
  print?: (text: string) => void
  /** Progress of the work (render, index, suggestions); default a bar on stderr when it is a terminal. */
  progress?: Progress | undefined
}

/**
 * `nichepress links`: the internal-link report (the build's errors, orphans, pages only tag pages
 * reach, links to redirects, broken links, top suggestions per page), or with `--apply` a dry-run
 * diff of the links it would add (`--write` writes them). Returns the exit code: for the report, 1
 * when the build has errors (they are listed in it, and it is printed all the same), else 0.
 *
 * Suggestions come from the content model: the build stops after its plan (content and site model,
 * no layouts, no documents: `planOnly`), and its errors (broken links, an impossible date in one
 * post, a plugin whose configuration is incomplete) never keep the report from being made: the
 * plan goes on past them (`keepGoing`) and a plugin whose setup fails is left out.
 */
export async function runLinks(options: LinksCommandOptions): Promise<number> {
  const print = options.print ?? ((text: string) => void process.stdout.write(text))
  const progress = 'progress' in options ? options.progress : terminalProgress()
  try {
    return await makeLinksReport(options, print, progress)
  } finally {
    progress?.clear()
  }
}

async function makeLinksReport(options: LinksCommandOptions, print: (text: string) => void, progress: Progress | undefined): Promise<number> {
  takeSetupFailures()
  const onProgress = progress ? (event: BuildProgress) => progress.update(event.phase, event.done, event.total) : undefined
  const { errors, limit, graph, documents, root } = await readContentModel(options, onProgress)
  let files = documents.map((document) => document.id)
  if (options.page !== undefined) {
    const wanted = pagePath(root, options.page)
    if (!files.includes(wanted)) throw new NichepressError('1 error', [linksPageUnknown.create({ file: wanted }, [wanted])])
    files = [wanted]
  }
  const urls = new Map(documents.map((document) => [document.id, document.url]))
  progress?.update('index', 0, 1)
  const index = createLinkIndex(documents)
  progress?.update('index', 1, 1)
  const pages = files.map((file, done) => {
    progress?.update('suggest', done, files.length)
    return { file, url: urls.get(file)!, suggestions: index.suggest(file, { maxSuggestions: limit }) }
  })
  progress?.update('suggest', files.length, files.length)
  if (!options.apply) {
    const report: LinksReport = { errors, graph, pages }
    progress?.clear()
    print(formatLinksReport(report, options.format))
    return errors.length > 0 ? 1 : 0
  }
  progress?.clear()
  let applied = 0
  for (const page of pages) {
    if (page.suggestions.length === 0) continue
    const path = join(root, page.file)
    const before = await readFile(path, 'utf8')
    const result = applySuggestions(before, page.file, page.suggestions)
    if (result.applied.length === 0) continue
    applied += result.applied.length
    print(diffLines(page.file, before, result.text))
    if (options.write) await writeFile(path, result.text)
  }
  print(`${applied} link${applied === 1 ? '' : 's'} ${options.write ? 'written' : 'would be written (dry run; add --write to write them)'}.\n`)
  if (errors.length > 0) print(`The build has ${errors.length} error${errors.length === 1 ? '' : 's'}; \`nichepress links\` lists them.\n`)
  return 0
}

/**
 * What the report reads of the site: its errors, link graph and link documents. The site model
 * itself (front matter, rendered facts, 4,000 generated pages on a 10,000-post site) is not kept
 * while the link index is made.
 */
async function readContentModel(options: LinksCommandOptions, onProgress: ((event: BuildProgress) => void) | undefined) {
  const generated = await generateSite({ root: options.root, preset: linksPresetUrl, includeDrafts: options.drafts, cache: options.cache, keepGoing: true, planOnly: true, command: 'links', onProgress })
  const { site, config } = generated
  const errors = [...takeSetupFailures(), ...generated.messages.filter((message) => message.fatal)].map(toMessageData)
  const limit = options.limit ?? linksOptionsSchema.parse(config.sections.links ?? {}).suggestionsPerPage
  return { errors, limit, graph: buildLinkGraph(site), documents: documentsFromPages(site.contentPages), root: config.root }
}

// `--page` may be given from the current folder or from the site root.
function pagePath(root: string, page: string): string {
  const absolute = isAbsolute(page) ? page : resolve(page)
  const fromRoot = relative(resolve(root), absolute)
  const candidate = fromRoot.startsWith('..') ? page : fromRoot
  return candidate.split(sep).join('/').replace(/^\.\//, '')
}
