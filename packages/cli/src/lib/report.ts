import type { VFileMessage } from 'vfile-message'
import pc from 'picocolors'

/**
 * Prints messages grouped by file, like vfile-reporter: position, severity, reason, rule, fix.
 * With `limit`, prints that many and then a count per rule of the rest (thousands of warnings
 * on a large site would bury everything else; `--json` and `nichepress lint` list them all).
 */
export function reportMessages(messages: readonly VFileMessage[], write: (text: string) => void, limit = Number.POSITIVE_INFINITY): void {
  const byFile = new Map<string, VFileMessage[]>()
  for (const message of messages.slice(0, limit)) {
    const file = String(message.file ?? '')
    byFile.set(file, [...(byFile.get(file) ?? []), message])
  }
  for (const [file, fileMessages] of byFile) {
    write(pc.underline(file) + '\n')
    for (const message of fileMessages) {
      const place = (message.line ? `${message.line}:${message.column ?? 1}` : '').padEnd(8)
      const severity = message.fatal ? pc.red('error  ') : pc.yellow('warning')
      write(`  ${pc.dim(place)} ${severity} ${message.reason}  ${pc.dim(message.ruleId ?? '')}\n`)
      if (message.expected?.length || message.actual) write(pc.dim(`           expected ${message.expected?.join(' or ') ?? '?'}, got ${message.actual ?? '?'}\n`))
      if (message.note) write(pc.dim(`           fix: ${message.note}\n`))
    }
    write('\n')
  }
  const rest = messages.slice(limit)
  if (rest.length === 0) return
  const byRule = new Map<string, number>()
  for (const message of rest) byRule.set(message.ruleId ?? 'other', (byRule.get(message.ruleId ?? 'other') ?? 0) + 1)
  const counts = [...byRule.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, count]) => `${count} ${rule}`)
  write(pc.dim(`… and ${rest.length} more (${counts.join(', ')}); \`--json\` lists every one.\n\n`))
}
