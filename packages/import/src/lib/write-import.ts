import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { findConfigFile } from '@nichepress/core'
import type { ImportProgressOptions } from './finish-import.js'
import type { ImportResult } from './import-result.js'
import { formatReport } from './format-report.js'
import { siteRedirectsFileName } from './import-redirects-plugin.js'
import { Reporter, sortReportItems } from './report-rules.js'

/** Options of `writeImport`. */
export interface WriteImportOptions {
  /** Replace content files that exist with other contents (default false: keep them, report them). */
  overwrite?: boolean
  /** Compute what would be written, but write nothing (default false). */
  dryRun?: boolean
  /** Called as each content file and asset is written (`write`), for a progress display. */
  onProgress?: ImportProgressOptions['onProgress']
}

/** What `writeImport` did (or, with `dryRun`, would do), by path relative to the site folder. */
export interface WriteSummary {
  written: string[]
  unchanged: string[]
  conflicts: string[]
  /** The result with conflicts added to its report. */
  result: ImportResult
}

/** The config `writeImport` writes (title, URL, language and authors of the old site) into a folder that has none. */
export const newConfigFileName = 'nichepress.config.json'

/** Report file names, written into the site folder. */
export const reportFileNames = { text: 'import-report.txt', json: 'import-report.json' } as const

/**
 * Writes an import into the site folder: content files, copied assets, and the report as text
 * and JSON. A file whose bytes are already right is not touched, so re-running changes nothing.
 */
export function writeImport(root: string, result: ImportResult, options: WriteImportOptions = {}): WriteSummary {
  const written: string[] = []
  const unchanged: string[] = []
  const conflicts: string[] = []
  const reporter = new Reporter()
  const total = result.files.length + result.assets.length
  for (const [done, file] of result.files.entries()) {
    options.onProgress?.({ phase: 'write', done, total })
    const existing = readIfExists(join(root, file.path))
    if (existing === file.contents) unchanged.push(file.path)
    else if (existing !== undefined && !options.overwrite) {
      conflicts.push(file.path)
      reporter.add('fileExists', file.path, 'The file exists with other contents and was left as it is.')
    } else {
      written.push(file.path)
      if (!options.dryRun) writeFile(join(root, file.path), file.contents)
    }
  }
  for (const [done, asset] of result.assets.entries()) {
    options.onProgress?.({ phase: 'write', done: result.files.length + done, total })
    const target = join(root, asset.path)
    if (sameSize(target, asset.copyFrom) && readFileSync(target).equals(readFileSync(asset.copyFrom))) unchanged.push(asset.path)
    else {
      written.push(asset.path)
      if (!options.dryRun) {
        mkdirSync(dirname(target), { recursive: true })
        copyFileSync(asset.copyFrom, target)
      }
    }
  }
  options.onProgress?.({ phase: 'write', done: total, total })
  const configFile = findConfigFile(root)
  // A new config needs a title to build (ruby-lang.org's `_config.yml` has none): the old site's
  // host or folder name stands in, and the report says to change it.
  let title = result.settings.title
  if (title === undefined && !configFile) {
    title = siteNameOf(result.settings.url, result.report.source)
    reporter.add('titleMissing', newConfigFileName, `The old site's config has no title; the new config says "${title}" (from its ${result.settings.url ? 'URL' : 'folder name'}). Change \`title\` to the site's name.`, { replacement: title })
  }
  const settings = Object.fromEntries(Object.entries({ title, url: result.settings.url, language: result.settings.language, authors: result.settings.authors.length > 0 ? result.settings.authors : undefined }).filter(([, value]) => value !== undefined))
  const configText = `${JSON.stringify(settings, null, 2)}\n`
  if (configFile) {
    if (Object.keys(settings).length > 0) reporter.add('configSuggested', basename(configFile), `The old site had ${JSON.stringify(settings)}; the import leaves the config as it is.`)
  } else if (readIfExists(join(root, newConfigFileName)) === configText) unchanged.push(newConfigFileName)
  else {
    written.push(newConfigFileName)
    if (!options.dryRun) writeFile(join(root, newConfigFileName), configText)
  }
  const items = sortReportItems([...result.report.items, ...reporter.items])
  const report = { ...result.report, counts: { ...result.report.counts, itemsToCheck: result.report.counts.itemsToCheck + reporter.items.length }, items }
  const final: ImportResult = { ...result, report }
  const hostRedirects = result.hostRedirects ?? []
  const reports = [
    ...(result.siteRedirects.length > 0 || hostRedirects.length > 0
      ? [{ path: siteRedirectsFileName, contents: `${JSON.stringify({ note: 'Written by nichepress import: old URLs of lists, feeds, categories, tags and attachments, and old hosts of languages (Hugo multihost). The build serves them as redirects.', redirects: result.siteRedirects, ...(hostRedirects.length > 0 ? { hostRedirects } : {}) }, null, 2)}\n` }]
      : []),
    { path: reportFileNames.text, contents: formatReport(report) },
    { path: reportFileNames.json, contents: `${JSON.stringify({ ...report, files: result.files.map(({ path, source }) => ({ path, source })) }, null, 2)}\n` },
  ]
  for (const file of reports) {
    if (readIfExists(join(root, file.path)) === file.contents) unchanged.push(file.path)
    else {
      written.push(file.path)
      if (!options.dryRun) writeFile(join(root, file.path), file.contents)
    }
  }
  return { written: written.sort(), unchanged: unchanged.sort(), conflicts: conflicts.sort(), result: final }
}

// `https://www.ruby-lang.org` → `ruby-lang.org`; without a URL, the source folder's name.
function siteNameOf(url: string | undefined, source: string): string {
  try {
    if (url) return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    // Not a URL: the folder name below.
  }
  return basename(source.replace(/[\\/]+$/, '')).replace(/\.[a-z]+$/i, '') || 'My site'
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

function writeFile(path: string, contents: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, contents)
}

function sameSize(a: string, b: string): boolean {
  try {
    return statSync(a).size === statSync(b).size
  } catch {
    return false
  }
}
