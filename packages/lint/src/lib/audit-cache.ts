import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AuditCache } from './audit-documents.js'

/**
 * Audit results on disk, one file per document key. Parsing every finished document with cheerio
 * costs more than the rest of a cached build; unchanged documents reuse their findings.
 */
export function createAuditCache(dir: string): AuditCache {
  const fileOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`)
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(fileOf(key), 'utf8')) as ReturnType<AuditCache['get']>
      } catch {
        return undefined
      }
    },
    set(key, value) {
      const file = fileOf(key)
      mkdirSync(join(file, '..'), { recursive: true })
      const temporary = `${file}.${process.pid}.tmp`
      writeFileSync(temporary, JSON.stringify(value))
      renameSync(temporary, file)
    },
  }
}
