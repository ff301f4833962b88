import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { auditDirectory } from '@nichepress/lint'
import { parseOutputOptions, printFindings, usageError, type FindingOutputOptions } from './lint.js'

/** Options of `nichepress audit <dir>`. */
export interface AuditCommandOptions extends FindingOutputOptions {
  /** The built site folder (any generator's output). */
  dir: string | undefined
  /** The site's URL (`--site-url`), so its own absolute URLs count as first party; default: each page's canonical. */
  siteUrl: string | undefined
}

/** `nichepress audit <dir>`: audits every HTML file. Exit 0 clean, 1 errors or too many warnings, 2 usage. */
export async function runAudit(options: AuditCommandOptions): Promise<number> {
  const output = parseOutputOptions(options)
  if (typeof output === 'string') return usageError(output)
  if (options.dir === undefined) return usageError('Usage: nichepress audit <dir> — the folder with the built HTML.')
  const dir = resolve(options.dir)
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return usageError(`${options.dir} is not a folder.`)
  return printFindings(auditDirectory(dir, { siteUrl: options.siteUrl }), dir, output)
}
