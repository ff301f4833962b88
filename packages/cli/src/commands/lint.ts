import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { formatMessages, formats, lintSite, type Format } from '@nichepress/lint'
import type { VFileMessage } from 'vfile-message'
import { presetUrl } from '../lib/preset-url.js'
import { terminalProgress } from '../lib/progress.js'

/** Options of `nichepress lint` and `nichepress audit` output. */
export interface FindingOutputOptions {
  /** `stylish` (default), `json`, `sarif` or `github`. */
  format: string | undefined
  /** Exit 1 when there are more warnings than this (`--max-warnings`); undefined: no limit. */
  maxWarnings: string | undefined
  /** Report errors only (`--quiet`). */
  quiet: boolean
}

/** Options of `nichepress lint [paths…]`. */
export interface LintCommandOptions extends FindingOutputOptions {
  root: string
  /** Files or folders to report on (default: the whole site). */
  paths: readonly string[]
  /** Apply safe fixes (`--fix`). */
  fix: boolean
}

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version

/** `nichepress lint`: lints the site's Markdown and prints the findings. Exit 0 clean, 1 errors or too many warnings, 2 usage. */
export async function runLint(options: LintCommandOptions): Promise<number> {
  const output = parseOutputOptions(options)
  if (typeof output === 'string') return usageError(output)
  const paths = resolveLintPaths(options.root, options.paths)
  if (typeof paths === 'string') return usageError(paths)
  const progress = terminalProgress()
  let result: Awaited<ReturnType<typeof lintSite>>
  try {
    result = await lintSite({ root: options.root, preset: presetUrl, paths, now: new Date(), fix: options.fix, onProgress: progress && ((event) => progress.update(event.phase, event.done, event.total)) })
  } finally {
    progress?.clear()
  }
  if (result.fixedFiles.length > 0) process.stderr.write(`fixed ${result.fixedFiles.join(', ')}\n`)
  return printFindings(result.messages, resolve(options.root), output)
}

/**
 * The lint path arguments as absolute paths: relative to `--root` first (`nichepress lint --root site
 * content/posts/a.md`), else to the current folder. A path that names nothing is a usage error, not a
 * silently clean run.
 */
export function resolveLintPaths(root: string, paths: readonly string[], cwd = process.cwd()): string[] | string {
  const resolved: string[] = []
  for (const path of paths) {
    const candidates = isAbsolute(path) ? [path] : [resolve(cwd, root, path), resolve(cwd, path)]
    const found = candidates.find((candidate) => existsSync(candidate))
    if (found === undefined) return `No file or folder matches "${path}" (looked in ${[...new Set(candidates)].join(' and ')}).`
    resolved.push(found)
  }
  return resolved
}

/** Validated output options, or the usage problem. */
export function parseOutputOptions(options: FindingOutputOptions): { format: Format; maxWarnings: number | undefined; quiet: boolean } | string {
  const format = options.format ?? 'stylish'
  if (!(formats as readonly string[]).includes(format)) return `Unknown format "${format}" (known: ${formats.join(', ')}).`
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings)
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) return `--max-warnings needs a whole number ≥ 0, got "${options.maxWarnings}".`
  return { format: format as Format, maxWarnings, quiet: options.quiet }
}

/** Prints findings (files relative to the current folder) and returns the exit code. */
export function printFindings(messages: readonly VFileMessage[], base: string, output: { format: Format; maxWarnings: number | undefined; quiet: boolean }): number {
  const shown = (output.quiet ? messages.filter((message) => message.fatal) : [...messages]).map((message) => {
    message.file = relative(process.cwd(), resolve(base, String(message.file ?? ''))).split(sep).join('/')
    return message
  })
  process.stdout.write(formatMessages(shown, output.format, { color: output.format === 'stylish' && process.stdout.isTTY === true, version }))
  const errors = shown.filter((message) => message.fatal).length
  const warnings = shown.length - errors
  if (errors > 0) return 1
  if (output.maxWarnings !== undefined && warnings > output.maxWarnings) {
    process.stderr.write(`${warnings} warnings, more than --max-warnings ${output.maxWarnings}.\n`)
    return 1
  }
  return 0
}

/** Prints a usage problem; exit code 2. */
export function usageError(problem: string): number {
  process.stderr.write(`${problem}\n`)
  return 2
}
