import type { VFileMessage } from 'vfile-message'

/** Options of `formatStylish`. */
export interface StylishOptions {
  /** ANSI colours (default false). */
  color?: boolean
}

const paint = (color: boolean, code: number, text: string) => (color ? `\u001B[${code}m${text}\u001B[39m` : text)

/**
 * The human format, like vfile-reporter: messages grouped by file, `line:column  severity  reason
 * rule-id`, the fix below each, and a summary line. Pure; messages are printed in the order given.
 */
export function formatStylish(messages: readonly VFileMessage[], options: StylishOptions = {}): string {
  const color = options.color ?? false
  const byFile = new Map<string, VFileMessage[]>()
  for (const message of messages) byFile.set(String(message.file ?? ''), [...(byFile.get(String(message.file ?? '')) ?? []), message])
  const lines: string[] = []
  for (const [file, fileMessages] of byFile) {
    lines.push(color ? `\u001B[4m${file}\u001B[24m` : file)
    for (const message of fileMessages) {
      const place = message.line ? `${message.line}:${message.column ?? 1}` : ''
      const severity = message.fatal ? paint(color, 31, 'error  ') : paint(color, 33, 'warning')
      lines.push(`  ${place.padEnd(8)} ${severity}  ${message.reason}  ${paint(color, 2, String(message.ruleId ?? ''))}`.trimEnd())
      if (message.expected?.length || message.actual) lines.push(`           expected ${message.expected?.join(' or ') ?? '?'}, got ${message.actual ?? '?'}`)
      if (message.note) lines.push(`           fix: ${message.note}`)
    }
    lines.push('')
  }
  const errors = messages.filter((message) => message.fatal).length
  const warnings = messages.length - errors
  if (messages.length === 0) lines.push('no problems')
  else lines.push(paint(color, errors > 0 ? 31 : 33, `✖ ${messages.length} problem${messages.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`))
  return `${lines.join('\n')}\n`
}
