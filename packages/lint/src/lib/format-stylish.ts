import { reportMessages } from '@nichepress/core'
import type { VFileMessage } from 'vfile-message'

/** Options of `formatStylish`. */
export interface StylishOptions {
  /** ANSI colours (default false). */
  color?: boolean
}

/**
 * The human format: core's `reportMessages`, the one reporter `build`, `dev`, `lint` and `audit`
 * share (grouped by file, the fix and docs URL below each message, a summary line), with every
 * message listed.
 */
export function formatStylish(messages: readonly VFileMessage[], options: StylishOptions = {}): string {
  return reportMessages(messages, { color: options.color ?? false })
}
