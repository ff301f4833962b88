import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** JSON values on disk, one file per key (keys are hex hashes); a missing or unreadable entry is a miss. */
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
        return JSON.parse(readFileSync(fileOf(key), 'utf8')) as Value
      } catch {
        return undefined
      }
    },
    set(key, value) {
      const file = fileOf(key)
      mkdirSync(join(file, '..'), { recursive: true })
      // Write then rename, so a build killed midway never leaves a half-written entry.
      const temporary = `${file}.${process.pid}.tmp`
      writeFileSync(temporary, JSON.stringify(value))
      renameSync(temporary, file)
    },
  }
}
