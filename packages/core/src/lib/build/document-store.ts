import { statSync } from 'node:fs'
import { link, mkdir, rename, stat, unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { StagingOutput } from '../output/staging-output.js'
import type { DocumentOutput, DocumentRecord } from './document-stage.js'

/**
 * Finished documents by the hash of their bytes, below the cache folder (which Netlify and Vercel
 * keep between deploys, unlike the output folder). Every document written to the output is also
 * linked here, so a later build puts an unchanged document in place with one hard link: no
 * rendering, no audit, no bytes written — also into a fresh output folder.
 *
 * Each stored file's size and modification time are recorded: a file someone changed in place
 * (in the output, which shares it) no longer matches and is rendered again.
 */
export interface DocumentStore {
  /** An output for `runDocumentStage` that writes into `staging` through the store. */
  outputFor(staging: StagingOutput, previous: ReadonlyMap<string, DocumentRecord> | undefined): DocumentOutput
  /** `size:mtime` of each stored document this build wrote or used, by hash. */
  readonly stamps: ReadonlyMap<string, string>
  /** Removes stored documents of the last build that this one no longer has. */
  prune(previous: ReadonlyMap<string, DocumentRecord> | undefined, current: ReadonlyMap<string, DocumentRecord>): Promise<void>
}

export function createDocumentStore(dir: string, previousStamps: ReadonlyMap<string, string>): DocumentStore {
  const fileOf = (hash: string) => join(dir, hash.slice(0, 2), `${hash}.html`)
  const stamps = new Map<string, string>()
  const folders = new Set<string>()
  const stampOf = (size: number, mtimeMs: number) => `${size}:${mtimeMs}`
  let temporaries = 0
  return {
    stamps,
    outputFor(staging, previous) {
      return {
        previous,
        remember: true,
        write: (path, html, hash) =>
          staging.write(path, html, async (target) => {
            if (stamps.has(hash)) return
            const file = fileOf(hash)
            const folder = dirname(file)
            if (!folders.has(folder)) {
              await mkdir(folder, { recursive: true })
              folders.add(folder)
            }
            const temporary = `${file}.${process.pid}-${temporaries++}.tmp`
            try {
              await link(target, temporary)
              await rename(temporary, file)
            } catch {
              // No hard links here (another file system): the store stays without this document.
              await unlink(temporary).catch(() => {})
              return
            }
            const stats = await stat(file)
            stamps.set(hash, stampOf(stats.size, stats.mtimeMs))
          }),
        async reuse(path, hash) {
          const file = fileOf(hash)
          const expected = stamps.get(hash) ?? previousStamps.get(hash)
          if (expected === undefined) return false
          try {
            const stats = statSync(file)
            if (stampOf(stats.size, stats.mtimeMs) !== expected) return false
          } catch {
            return false
          }
          if (!(await staging.link(path, file))) return false
          stamps.set(hash, expected)
          return true
        },
      }
    },
    async prune(previous, current) {
      const kept = new Set([...current.values()].map((record) => record.hash))
      for (const record of previous?.values() ?? []) {
        if (!kept.has(record.hash)) await unlink(fileOf(record.hash)).catch(() => {})
      }
    },
  }
}
