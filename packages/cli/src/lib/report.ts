import type { VFileMessage } from 'vfile-message'
import pc from 'picocolors'

/** Prints messages grouped by file, like vfile-reporter: position, severity, reason, rule, fix. */
export function reportMessages(messages: readonly VFileMessage[], write: (text: string) => void): void {
  const byFile = new Map<string, VFileMessage[]>()
  for (const message of messages) {
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
}
