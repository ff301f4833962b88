import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { type BuildProgress, generateSite } from '@nichepress/core'
import type { VFileMessage } from 'vfile-message'
import { checkSite } from './check-site.js'
import { checkSource } from './check-source.js'
import { findGoogleFontsMentions } from './web-urls.js'
import { FindingCollector, sortFindings, type FixEdit } from './create-finding.js'
import { resolveRules, lintOptionsSchema } from './lint-options.js'
import { affiliateSettings, siteRegistries } from './site-registries.js'
import { disabledLines, parseSourceFile, placeOfOffset } from './source-file.js'

/** Options of `lintSite`. */
export interface LintSiteOptions {
  /** Site folder. */
  root: string
  /** Preset module (the CLI's), as for `generateSite`. */
  preset?: string | undefined
  /** Report only files under these paths (absolute, or relative to `cwd`); default: every file. */
  paths?: readonly string[] | undefined
  /** Base of relative `paths` (default: the current directory). */
  cwd?: string | undefined
  /** "Now", for `future-date` and `stale-review` (a parameter, so runs are reproducible). */
  now: Date
  /** Apply safe fixes to the Markdown files and report what is left. Default false. */
  fix?: boolean | undefined
  /** Called as the site is rendered and as each file is checked (`check`), for a progress display. */
  onProgress?: ((event: LintProgress) => void) | undefined
}

/** A progress event of `lintSite`: the build's phases, then `check` once per source file. */
export interface LintProgress {
  phase: BuildProgress['phase'] | 'check'
  done: number
  total: number
}

/** What `lintSite` found. */
export interface LintResult {
  /** Findings sorted by file, line and column; `file` is relative to the site folder. */
  messages: VFileMessage[]
  /** Files `fix` rewrote, relative to the site folder. */
  fixedFiles: string[]
}

// Core findings that lint reports under its own rules.
const coveredByLint = new Set(['broken-internal-link', 'consent-unknown-third-party'])

/**
 * Lints a site's Markdown sources: renders it as a build does (cached), runs every rule on each
 * source file and on the site, and honours `lint.rules` and disable comments. Throws a
 * NichepressError when the config cannot be loaded.
 */
export async function lintSite(options: LintSiteOptions): Promise<LintResult> {
  // The build's audit is `nichepress audit`'s and the build's job: with command `lint` the lint
  // plugin leaves it out (in this call only, worker threads included).
  const generated = await generateSite({ root: options.root, preset: options.preset, keepGoing: true, command: 'lint', onProgress: options.onProgress })
  const { config, site } = generated
  const lintOptions = lintOptionsSchema.parse(config.sections['lint'] ?? {})
  const collector = new FindingCollector(resolveRules(lintOptions.rules), 'nichepress-lint')
  const { networks, services, consentEnabled } = siteRegistries(config.sections)
  const affiliate = affiliateSettings(config.sections)
  const siteHost = new URL(config.url).hostname
  const texts = new Map<string, string>()
  const disabled = new Map<string, ReturnType<typeof disabledLines>>()
  for (const [done, page] of site.contentPages.entries()) {
    options.onProgress?.({ phase: 'check', done, total: site.contentPages.length })
    const text = readFileSync(page.sourcePath, 'utf8')
    texts.set(page.relativePath, text)
    const file = parseSourceFile({ relativePath: page.relativePath, text, body: page.body, bodyLine: page.bodyLine, frontMatter: page.frontMatter, kind: page.kind })
    disabled.set(page.relativePath, disabledLines(file))
    checkSource(file, { collector, networks, services, consentEnabled, siteHost, now: options.now, affiliate, siteUrl: config.url })
  }
  options.onProgress?.({ phase: 'check', done: site.contentPages.length, total: site.contentPages.length })
  const documents = new Map<string, string>()
  for (const file of generated.files) if ('contents' in file && file.path.endsWith('.html') && typeof file.contents === 'string') documents.set(file.path, file.contents)
  checkSite({ site, documents, buildMessages: generated.messages, texts }, collector)
  checkThemeFonts(config.root, config.paths.theme, collector)

  // Unknown third parties are the consent plugin's decision, made on the rendered page as the build
  // makes it (images, fonts, forms, srcdoc, shadow roots, CSS url()…); lint reports each one the
  // build refuses under its own rule, so lint passes nothing the build rejects.
  for (const message of generated.messages) {
    if (message.ruleId !== 'consent-unknown-third-party' || !message.fatal) continue
    collector.report('unknown-third-party', String(message.file ?? ''), { line: message.line ?? 1, column: message.column ?? 1 }, message.reason, message.actual === undefined ? {} : { actual: String(message.actual) })
  }

  // Build errors, and the affiliate plugin's site-wide warnings about the links lint checks (a /go/
  // link that leads to a page is only known once every page is).
  const buildErrors = generated.messages.filter((message) => (message.fatal || message.source === 'affiliate') && !coveredByLint.has(String(message.ruleId)))
  const inScope = scopeFilter(config.root, options.paths, options.cwd ?? process.cwd())
  let messages = [...collector.messages, ...buildErrors].filter((message) => inScope(String(message.file ?? '')) && !isDisabled(message, disabled))
  const fixedFiles: string[] = []
  if (options.fix) {
    const fixed = applyFixes(config.root, messages, collector.fixes, texts)
    fixedFiles.push(...fixed.files)
    messages = messages.filter((message) => !fixed.messages.has(message))
  }
  return { messages: sortFindings(messages), fixedFiles }
}

function isDisabled(message: VFileMessage, disabled: ReadonlyMap<string, ReturnType<typeof disabledLines>>): boolean {
  const rules = message.line ? disabled.get(String(message.file))?.get(message.line) : undefined
  return rules !== undefined && (rules === 'all' || rules.has(String(message.ruleId)))
}

function scopeFilter(root: string, paths: readonly string[] | undefined, cwd: string): (file: string) => boolean {
  if (!paths || paths.length === 0) return () => true
  const prefixes = paths.map((path) => relative(root, isAbsolute(path) ? path : resolve(cwd, path)).split(sep).join('/').replace(/\/$/, ''))
  return (file) => prefixes.some((prefix) => prefix === '' || file === prefix || file.startsWith(`${prefix}/`))
}

// Google Fonts are as often in a site's own layouts as in its posts.
function checkThemeFonts(root: string, themeDir: string, collector: FindingCollector): void {
  for (const folder of ['layouts', 'partials']) {
    const dir = join(themeDir, folder)
    if (!existsSync(dir)) continue
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.hbs')) continue
      const path = join(entry.parentPath, entry.name)
      const text = readFileSync(path, 'utf8')
      const file = relative(root, path).split(sep).join('/')
      for (const offset of findGoogleFontsMentions(text)) collector.report('google-fonts-remote', file, placeOfOffset(text, offset), "Fonts load from Google's servers.")
    }
  }
}

function applyFixes(root: string, messages: readonly VFileMessage[], fixes: ReadonlyMap<VFileMessage, FixEdit>, texts: ReadonlyMap<string, string>): { files: string[]; messages: Set<VFileMessage> } {
  const byFile = new Map<string, Array<{ message: VFileMessage; edit: FixEdit }>>()
  for (const message of messages) {
    const edit = fixes.get(message)
    if (!edit) continue
    const file = String(message.file)
    byFile.set(file, [...(byFile.get(file) ?? []), { message, edit }])
  }
  const fixedMessages = new Set<VFileMessage>()
  const files: string[] = []
  for (const [file, entries] of [...byFile.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let text = texts.get(file)
    if (text === undefined) continue
    // From the end, so earlier offsets stay valid; overlapping edits are left for the next run.
    let limit = Infinity
    for (const { message, edit } of [...entries].sort((a, b) => b.edit.start - a.edit.start)) {
      if (edit.end > limit) continue
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end)
      limit = edit.start
      fixedMessages.add(message)
    }
    writeFileSync(join(root, file), text)
    files.push(file)
  }
  return { files, messages: fixedMessages }
}
