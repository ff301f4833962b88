import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { VFileMessage } from 'vfile-message'
import { auditDocuments, type AuditOptions } from './audit-documents.js'

/** Audits every `.html` file below `dir` (any generator's output); message files are relative to `dir`. */
export function auditDirectory(dir: string, options: AuditOptions = {}): VFileMessage[] {
  const documents = new Map<string, string>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.html?$/i.test(entry.name)) continue
    const path = join(entry.parentPath, entry.name)
    documents.set(relative(dir, path).split(sep).join('/'), readFileSync(path, 'utf8'))
  }
  return auditDocuments(documents, options)
}
