import type { VFileMessage } from 'vfile-message'
import { contentBudget } from '../diagnostic-catalogue.js'

/** The per-file budget (config `limits`), see docs/security.md. */
export interface ContentLimits {
  maxFileBytes: number
  maxFrontMatterBytes: number
  maxTagsPerPage: number
  maxNesting: number
  maxInlineDelimiters: number
  maxRepeatedLines: number
  /** Wall-clock time one file's Markdown may take to render, in milliseconds. */
  maxRenderMs: number
}

export const defaultContentLimits: ContentLimits = { maxFileBytes: 1_048_576, maxFrontMatterBytes: 65_536, maxTagsPerPage: 100, maxNesting: 32, maxInlineDelimiters: 2000, maxRepeatedLines: 1000, maxRenderMs: 30_000 }

/** A budget a file goes over: what, the limit as shown, and the 1-based line where it went over. */
export interface BudgetExcess {
  what: string
  limit: string
  line: number
}

/**
 * Checks the shapes Markdown parsers take super-linear time on, before any parser sees the text:
 * nesting (list indentation, `>` quote markers), emphasis/strikethrough/bracket/backtick delimiters
 * in one paragraph, and lines that are only `=`/`-` (setext underlines) or empty list items. The
 * counts are linear to take; the limits keep the worst case of each shape to about a second.
 * `bodyLine` is the file line the body starts on.
 */
export function markdownBudgetExcess(body: string, bodyLine: number, limits: ContentLimits): BudgetExcess | undefined {
  let repeated = 0
  let delimiters = 0
  let line = bodyLine - 1
  let start = 0
  while (start <= body.length) {
    let end = body.indexOf('\n', start)
    if (end === -1) end = body.length
    line++
    const text = body.slice(start, end)
    start = end + 1
    if (/^[ \t]*$/.test(text)) {
      delimiters = 0
      if (end === body.length) break
      continue
    }
    // Nesting: quote markers, and indentation in steps of two columns (a nested list level).
    const prefix = /^[ \t>]*/.exec(text)?.[0] ?? ''
    const quotes = prefix.split('>').length - 1
    const columns = prefix.replace(/>/g, '').replace(/\t/g, '    ').length
    if (quotes > limits.maxNesting || columns / 2 > limits.maxNesting * 2) return { what: 'nesting', limit: `${limits.maxNesting} levels`, line }
    if (/^ {0,3}(?:=+|-+)[ \t]*$/.test(text) || /^[ \t>]*(?:[-+*]|\d{1,9}[.)])[ \t]*$/.test(text)) {
      repeated++
      if (repeated > limits.maxRepeatedLines) return { what: 'underline and empty list item', limit: `${limits.maxRepeatedLines} lines`, line }
    }
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      // * _ ~ [ ` |
      if (code === 42 || code === 95 || code === 126 || code === 91 || code === 96 || code === 124) delimiters++
    }
    if (delimiters > limits.maxInlineDelimiters) return { what: 'inline delimiters per paragraph', limit: `${limits.maxInlineDelimiters} of * _ ~ [ | \``, line }
    if (end === body.length) break
  }
  return undefined
}

/**
 * The `content-budget` error for a file whose Markdown took longer than `limits.maxRenderMs` to
 * render and was stopped (line 1: the time is the whole file's, not a line's).
 */
export function renderTimeExceeded(file: string, limitMs: number): VFileMessage {
  return contentBudget.create({ file, line: 1, column: 1 }, ['render time', `${limitMs} ms`], {
    note: `Split the file, or raise \`limits.maxRenderMs\` in the config (now ${limitMs}; the default is ${defaultContentLimits.maxRenderMs}). Markdown this slow to render usually holds a long run of one pattern (underlines, list markers, brackets, table cells) that parsers take super-linear time on.`,
  })
}
