import { posix } from 'node:path'
import type { LinkSuggestion } from './link-document.js'

/** Why a suggestion was not written into the file. */
export type SkipReason = 'not-exact' | 'ambiguous' | 'text-changed' | 'overlaps' | 'target-already-linked'

/** What `applySuggestions` did with one file. */
export interface AppliedFile {
  /** The new file text: the old one with `[anchor](href)` around each applied anchor, nothing else changed. */
  text: string
  applied: LinkSuggestion[]
  skipped: Array<{ suggestion: LinkSuggestion; reason: SkipReason }>
}

/**
 * Writes suggestions into one Markdown file's text as relative links to the target's `.md` file
 * (`[anchor](./b.md)`, or `<a href="./b.md">anchor</a>` for text inside raw HTML).
 * Only exact, unambiguous matches whose anchor still stands at its recorded line and column are
 * applied; at most one link per target. Every other byte stays as it was.
 */
export function applySuggestions(fileText: string, sourceFile: string, suggestions: readonly LinkSuggestion[]): AppliedFile {
  const lineStarts = [0]
  for (let index = fileText.indexOf('\n'); index !== -1; index = fileText.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  const skipped: AppliedFile['skipped'] = []
  const accepted: Array<{ suggestion: LinkSuggestion; start: number; end: number }> = []
  const targets = new Set<string>()
  for (const suggestion of suggestions) {
    const reason = checkSuggestion(suggestion, fileText, lineStarts, accepted, targets)
    if (typeof reason === 'string') {
      skipped.push({ suggestion, reason })
      continue
    }
    accepted.push({ suggestion, ...reason })
    targets.add(suggestion.target)
  }
  let text = fileText
  for (const { suggestion, start, end } of [...accepted].sort((a, b) => b.start - a.start)) {
    const anchor = text.slice(start, end)
    const link = suggestion.inHtml ? `<a href="${htmlHref(sourceFile, suggestion.targetId)}">${anchor}</a>` : `[${anchor}](${relativeHref(sourceFile, suggestion.targetId)})`
    text = `${text.slice(0, start)}${link}${text.slice(end)}`
  }
  return { text, applied: accepted.map((entry) => entry.suggestion), skipped }
}

function checkSuggestion(
  suggestion: LinkSuggestion,
  fileText: string,
  lineStarts: readonly number[],
  accepted: ReadonlyArray<{ start: number; end: number }>,
  targets: ReadonlySet<string>,
): SkipReason | { start: number; end: number } {
  if (!suggestion.isExact) return 'not-exact'
  if (!suggestion.isUnambiguous) return 'ambiguous'
  if (targets.has(suggestion.target)) return 'target-already-linked'
  const lineStart = lineStarts[suggestion.line - 1]
  const start = lineStart === undefined ? -1 : lineStart + suggestion.column - 1
  const end = start + suggestion.anchor.length
  if (start < 0 || suggestion.anchor.includes('\n') || fileText.slice(start, end) !== suggestion.anchor) return 'text-changed'
  if (accepted.some((other) => start < other.end && other.start < end)) return 'overlaps'
  return { start, end }
}

/** `content/posts/a.md` → `content/posts/b.md` gives `./b.md`; Markdown-safe (angle brackets for spaces). */
export function relativeHref(sourceFile: string, targetFile: string): string {
  const relative = posix.relative(posix.dirname(sourceFile), targetFile)
  const href = relative.startsWith('../') ? relative : `./${relative}`
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href
}

// Inside raw HTML the link is an `<a>` element (core resolves `.md` hrefs there too).
function htmlHref(sourceFile: string, targetFile: string): string {
  const relative = posix.relative(posix.dirname(sourceFile), targetFile)
  const href = relative.startsWith('../') ? relative : `./${relative}`
  return encodeURI(href).replace(/"/g, '%22')
}

/** A line-based diff of two versions of a file (lines only change in place, so no alignment needed). */
export function diffLines(file: string, before: string, after: string): string {
  const oldLines = before.split('\n')
  const newLines = after.split('\n')
  const out: string[] = []
  oldLines.forEach((line, index) => {
    const changed = newLines[index]
    if (changed === undefined || changed === line) return
    out.push(`@@ -${index + 1} +${index + 1} @@`, `-${line}`, `+${changed}`)
  })
  return out.length === 0 ? '' : [`--- ${file}`, `+++ ${file}`, ...out, ''].join('\n')
}
