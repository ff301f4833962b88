import type { VFileMessage } from 'vfile-message'
import { formatGithub } from './format-github.js'
import { formatJson } from './format-json.js'
import { formatSarif } from './format-sarif.js'
import { formatStylish } from './format-stylish.js'

/** Output formats of `nichepress lint` and `nichepress audit`. */
export const formats = ['stylish', 'json', 'sarif', 'github'] as const
/** One of `formats`. */
export type Format = (typeof formats)[number]

/** Formats findings in one of `formats`; `color` applies to `stylish` only. */
export function formatMessages(messages: readonly VFileMessage[], format: Format, options: { color?: boolean; version?: string } = {}): string {
  switch (format) {
    case 'stylish':
      return formatStylish(messages, { color: options.color })
    case 'json':
      return formatJson(messages)
    case 'sarif':
      return formatSarif(messages, { version: options.version })
    case 'github':
      return formatGithub(messages)
  }
}
