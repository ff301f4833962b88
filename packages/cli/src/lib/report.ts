import { reportMessages as formatReport } from '@nichepress/core'
import pc from 'picocolors'
import type { VFileMessage } from 'vfile-message'

/**
 * Prints messages with core's reporter, the one `nichepress lint` uses too: grouped by file,
 * each with its fix and docs URL, then a summary. With `limit`, prints that many and a count per
 * rule of the rest (`--json` and `nichepress lint` list them all).
 */
export function reportMessages(messages: readonly VFileMessage[], write: (text: string) => void, limit = Number.POSITIVE_INFINITY): void {
  if (messages.length === 0) return
  write(`${formatReport(messages, { color: pc.isColorSupported, limit })}\n`)
}
