import { existsSync, statSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { findConfigFile, loadConfig } from '@nichepress/core'
import { type ImportProgress, importSite, reportFileNames, termBase, UnknownSourceError, writeImport, type SiteLayout, type SourceKind } from '@nichepress/import'
import { legalConfigSchema, legalFooterLinks, legalScopeOf, swissPageLanguage } from '@nichepress/legal'
import pc from 'picocolors'
import { presetUrl } from '../lib/preset-url.js'
import { terminalProgress } from '../lib/progress.js'

/** Options of `nichepress import`. */
export interface ImportCommandOptions {
  /** WordPress export file, Jekyll site folder or Hugo site folder. */
  source: string | undefined
  /** `wordpress`, `jekyll` or `hugo`; detected when left out. */
  from: string | undefined
  /** Site folder to import into. */
  root: string
  dryRun: boolean
  /** Replace content files that were changed since an earlier import. */
  overwrite: boolean
  /** The old site's URL, when the source does not say it (a bare `_posts` folder). */
  siteUrl: string | undefined
  /** IANA time zone for date-times without one (default: the source's, else UTC). */
  timeZone: string | undefined
  /** WordPress: the uploads folder (`wp-content/uploads`), when it is not next to the export. */
  uploads?: string | undefined
  /** WordPress: the category base of Settings → Permalinks (default `category`). */
  categoryBase?: string | undefined
  /** WordPress: the tag base of Settings → Permalinks (default `tag`). */
  tagBase?: string | undefined
  json: boolean
}

const kinds: readonly SourceKind[] = ['wordpress', 'jekyll', 'hugo']

/** `nichepress import <source>`: imports content, writes it and the report, prints a summary. */
export async function runImport(options: ImportCommandOptions): Promise<number> {
  if (!options.source) {
    process.stderr.write('nichepress import needs a source: a WordPress export file (.xml) or a Jekyll or Hugo site folder.\n')
    return 1
  }
  if (options.from !== undefined && !kinds.includes(options.from as SourceKind)) {
    process.stderr.write(`--from must be one of ${kinds.join(', ')}; got "${options.from}".\n`)
    return 1
  }
  if (options.uploads !== undefined && !(existsSync(options.uploads) && statSync(options.uploads).isDirectory())) {
    process.stderr.write(`--uploads must be a folder (the old site's wp-content/uploads); "${options.uploads}" is not one.\n`)
    return 1
  }
  const bases: { categoryBase?: string; tagBase?: string } = {}
  try {
    if (options.categoryBase !== undefined) bases.categoryBase = termBase(options.categoryBase, 'category', '--category-base')
    if (options.tagBase !== undefined) bases.tagBase = termBase(options.tagBase, 'tag', '--tag-base')
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    return 1
  }
  const root = resolve(options.root)
  const layout = await siteLayoutOf(root)
  const progress = options.json ? undefined : terminalProgress()
  const onProgress = progress && ((event: ImportProgress) => progress.update(event.phase, event.done, event.total))
  let result
  let summary
  try {
    result = importSite(resolve(options.source), { ...layout, from: options.from as SourceKind | undefined, siteUrl: options.siteUrl, timeZone: options.timeZone, uploads: options.uploads === undefined ? undefined : resolve(options.uploads), ...bases, onProgress })
    summary = writeImport(root, result, { dryRun: options.dryRun, overwrite: options.overwrite, onProgress })
  } catch (error) {
    progress?.clear()
    if (!(error instanceof UnknownSourceError)) throw error
    process.stderr.write(`${error.message}\n`)
    return 1
  }
  progress?.clear()
  const { counts } = summary.result.report
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ok: true, dryRun: options.dryRun, written: summary.written, unchanged: summary.unchanged.length, conflicts: summary.conflicts, report: summary.result.report })}\n`)
    return 0
  }
  const verb = options.dryRun ? 'would write' : 'wrote'
  process.stdout.write(
    `${pc.green('✔')} ${counts.posts} posts, ${counts.pages} pages (${counts.drafts} drafts), ${counts.assets} assets, ${counts.redirects} redirects; ` +
      `${counts.linksRewritten} links rewritten, ${counts.embedsConverted} embeds converted.\n` +
      `  ${verb} ${summary.written.length} files, ${summary.unchanged.length} unchanged${summary.conflicts.length > 0 ? `, ${summary.conflicts.length} left alone (changed since the last import)` : ''}.\n` +
      `  ${counts.itemsToCheck} items need a look: ${relative(process.cwd(), resolve(root, reportFileNames.text)) || reportFileNames.text}${options.dryRun ? ' (not written: --dry-run)' : ''}\n`,
  )
  return 0
}

// The site's folders and permalinks decide where files go and which old URLs need redirects.
async function siteLayoutOf(root: string): Promise<Partial<SiteLayout>> {
  if (!findConfigFile(root)) return {}
  const config = await loadConfig(root, { preset: presetUrl })
  return {
    contentDir: relative(root, config.paths.content).split('\\').join('/'),
    staticDir: relative(root, config.paths.static).split('\\').join('/'),
    permalinks: config.permalinks,
    generatedPages: config.plugins.some((plugin) => plugin.name === 'legal') ? generatedLegalPages(config.sections.legal, config) : [],
  }
}

// The legal pages the legal plugin will generate for this config (an old "Impressum" or
// "Datenschutz" page must not take their URL), at the URLs of its footer links: a Swiss French or
// Italian site's Impressum is /mentions-legales/ or /note-legali/. None when `legal` does not parse:
// the build says why.
function generatedLegalPages(section: unknown, site: { textLanguage: 'de' | 'en'; language: string; textLanguageDefaulted: boolean }): Array<{ url: string; title: string }> {
  const parsed = legalConfigSchema.safeParse(section ?? {})
  if (!parsed.success) return []
  const scope = legalScopeOf(parsed.data, site.textLanguage)
  return legalFooterLinks(scope, site.textLanguage, { swissLanguage: swissPageLanguage(scope, site) }).map((link) => ({ url: link.url, title: link.label }))
}
