import type { VFileMessage } from 'vfile-message'

/** One finding as `--format json` prints it. */
export interface JsonFinding {
  file: string
  line: number | null
  column: number | null
  severity: 'error' | 'warning'
  ruleId: string
  message: string
  fix: string | null
  url: string | null
}

/** `{ errorCount, warningCount, messages: JsonFinding[] }`, one line of JSON. */
export function formatJson(messages: readonly VFileMessage[]): string {
  const findings: JsonFinding[] = messages.map((message) => ({
    file: String(message.file ?? ''),
    line: message.line ?? null,
    column: message.column ?? null,
    severity: message.fatal ? 'error' : 'warning',
    ruleId: String(message.ruleId ?? ''),
    message: message.reason,
    fix: message.note ?? null,
    url: message.url ?? null,
  }))
  const errorCount = findings.filter((finding) => finding.severity === 'error').length
  return `${JSON.stringify({ errorCount, warningCount: findings.length - errorCount, messages: findings })}\n`
}
