import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * JSON values on disk, one file per key (keys are hex hashes). An entry is its checksum (SHA-1 of
 * the JSON text) on the first line, then the JSON: a missing, truncated, garbled or hand-edited
 * entry fails the checksum and is a miss, so it is made again, never used.
 */
export interface FileCache<Value> {
  get(key: string): Value | undefined
  set(key: string, value: Value): void
}

/** A file-per-key JSON cache below `dir`, sharded by the key's first two characters. */
export function createFileCache<Value>(dir: string): FileCache<Value> {
  const fileOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`)
  return {
    get(key) {
      try {
        const text = readFileSync(fileOf(key), 'utf8')
        const newline = text.indexOf('\n')
        const json = text.slice(newline + 1)
        if (newline !== 40 || text.slice(0, newline) !== checksumOf(json)) return undefined
        return JSON.parse(json) as Value
      } catch {
        return undefined
      }
    },
    set(key, value) {
      const file = fileOf(key)
      mkdirSync(join(file, '..'), { recursive: true })
      // Write then rename, so a build killed midway never leaves a half-written entry.
      const temporary = `${file}.${process.pid}.tmp`
      const json = JSON.stringify(value)
      writeFileSync(temporary, `${checksumOf(json)}\n${json}`)
      renameSync(temporary, file)
    },
  }
}

function checksumOf(json: string): string {
  return createHash('sha1').update(json).digest('hex')
}
