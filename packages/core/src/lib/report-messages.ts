import type { VFileMessage } from 'vfile-message'

/** Options of `reportMessages`. */
export interface ReportOptions {
  /** ANSI colours (default false). */
  color?: boolean
  /**
   * Print this many messages, then a count per rule of the rest (thousands of warnings on a large
   * site would bury everything else). Default: all.
   */
  limit?: number
}

/** How many messages `nichepress build` and `dev` print before counting the rest. */
export const defaultReportLimit = 20

/**
 * Text that may quote content (a title, an anchor, a URL) made safe for a terminal: control
 * characters, such as an escape sequence a guest post hides in its title, are shown as `\\uXXXX`
 * instead of being sent raw. Line breaks and tabs stay.
 */
export function printableText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

const paint = (color: boolean, open: number, close: number, text: string) => (color ? `\u001B[${open}m${text}\u001B[${close}m` : text)

/**
 * The one human format of nichepress's messages, for `build`, `dev`, `lint` and `audit`, shaped
 * like vfile-reporter: messages grouped by file, `line:column  severity  reason  rule-id`, below
 * each the expected value, the fix and the docs URL, then a summary line. Pure; messages are
 * printed in the order given.
 */
export function reportMessages(messages: readonly VFileMessage[], options: ReportOptions = {}): string {
  const color = options.color ?? false
  const dim = (text: string) => paint(color, 2, 22, text)
  const limit = options.limit ?? Number.POSITIVE_INFINITY
  const byFile = new Map<string, VFileMessage[]>()
  for (const message of messages.slice(0, limit)) byFile.set(String(message.file ?? ''), [...(byFile.get(String(message.file ?? '')) ?? []), message])
  const lines: string[] = []
  for (const [file, fileMessages] of byFile) {
    lines.push(paint(color, 4, 24, printableText(file)))
    for (const message of fileMessages) {
      const place = message.line ? `${message.line}:${message.column ?? 1}` : ''
      const severity = message.fatal ? paint(color, 31, 39, 'error  ') : paint(color, 33, 39, 'warning')
      lines.push(`  ${place.padEnd(8)} ${severity}  ${printableText(message.reason)}  ${dim(String(message.ruleId ?? ''))}`.trimEnd())
      if (message.expected?.length || message.actual) lines.push(dim(printableText(`           expected ${message.expected?.join(' or ') ?? '?'}, got ${message.actual ?? '?'}`)))
      if (message.note) lines.push(dim(`           fix: ${printableText(message.note)}`))
      if (message.url) lines.push(dim(`           docs: ${message.url}`))
    }
    lines.push('')
  }
  const rest = messages.slice(limit)
  if (rest.length > 0) {
    const byRule = new Map<string, number>()
    for (const message of rest) byRule.set(message.ruleId ?? 'other', (byRule.get(message.ruleId ?? 'other') ?? 0) + 1)
    const counts = [...byRule.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, count]) => `${count} ${rule}`)
    lines.push(dim(`… and ${rest.length} more (${counts.join(', ')}); \`--json\` lists every one.`), '')
  }
  const errors = messages.filter((message) => message.fatal).length
  const warnings = messages.length - errors
  if (messages.length === 0) lines.push('no problems')
  else lines.push(paint(color, errors > 0 ? 31 : 33, 39, `✖ ${messages.length} problem${messages.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`))
  return `${lines.join('\n')}\n`
}
