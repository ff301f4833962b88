import { createHash } from 'node:crypto'
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { threadId } from 'node:worker_threads'
import type { StagingOutput } from '../output/staging-output.js'
import type { DocumentOutput, DocumentRecord } from './document-stage.js'
import type { FinishPool } from './finish-pool.js'

/** New documents finished and written on this thread before worker threads are started. */
const localDocuments = 200

/**
 * Finished documents by the hash of their bytes, below the cache folder (which Netlify and Vercel
 * keep between deploys, unlike the output folder). Every document written to the output is also
 * linked here, so a later build puts an unchanged document in place with one hard link: no
 * rendering, no audit, no bytes written — also into a fresh output folder.
 *
 * Each stored file's size and modification time are recorded: a file someone changed in place
 * (in the output, which shares it) no longer matches and is rendered again. A file whose stamp
 * matches is still checked against its name (the hash of its bytes) before it is reused, so one
 * changed with its size kept and its old time set back is rendered again too.
 */
export interface DocumentStore {
  /**
   * An output for `runDocumentStage` that writes into `staging` through the store. Past the first
   * `localDocuments` new documents, `openPool` is asked for worker threads to finish and write them.
   */
  outputFor(staging: StagingOutput, previous: ReadonlyMap<string, DocumentRecord> | undefined, openPool?: () => FinishPool | undefined): DocumentOutput & { close(): Promise<void> }
  /** `size:mtime` of each stored document this build wrote or used, by hash. */
  readonly stamps: ReadonlyMap<string, string>
  /** Removes stored documents of the last build that this one no longer has. */
  prune(previous: ReadonlyMap<string, DocumentRecord> | undefined, current: ReadonlyMap<string, DocumentRecord>): Promise<void>
}

/** Where the store in `dir` keeps the document whose bytes hash to `hash`. */
export function storedDocumentFile(dir: string, hash: string): string {
  return join(dir, hash.slice(0, 2), `${hash}.html`)
}

const stampOf = (stats: { size: number; mtimeMs: number }) => `${stats.size}:${stats.mtimeMs}`
let temporaries = 0

/**
 * Links the just written `file` into the store in `dir` under `hash` (a temporary name, then a
 * rename, so readers never see half an entry) and returns the stored file's stamp; undefined where
 * hard links are impossible (another file system): the store then stays without it. `folders`
 * remembers the folders made. Synchronous: it runs on the build's write queue or a worker thread.
 */
export function linkIntoStore(dir: string, hash: string, file: string, folders: Set<string>): string | undefined {
  const stored = storedDocumentFile(dir, hash)
  const folder = dirname(stored)
  if (!folders.has(folder)) {
    mkdirSync(folder, { recursive: true })
    folders.add(folder)
  }
  const temporary = `${stored}.${process.pid}-${threadId}-${temporaries++}.tmp`
  try {
    linkSync(file, temporary)
    renameSync(temporary, stored)
  } catch {
    rmSync(temporary, { force: true })
    return undefined
  }
  return stampOf(statSync(stored))
}

export function createDocumentStore(dir: string, previousStamps: ReadonlyMap<string, string>): DocumentStore {
  const fileOf = (hash: string) => storedDocumentFile(dir, hash)
  const stamps = new Map<string, string>()
  const folders = new Set<string>()
  return {
    stamps,
    outputFor(staging, previous, openPool) {
      let written = 0
      let pool: FinishPool | undefined
      return {
        previous,
        remember: true,
        async handOff(path, html, page) {
          // A few new documents (one edit) are not worth starting threads for.
          if (++written <= localDocuments || !openPool) return undefined
          pool ??= openPool()
          if (!pool) return undefined
          staging.adopt(path)
          const { done } = await pool.add({ path, html, page })
          return {
            done: done.then(({ stamp, ...finished }) => {
              if (stamp !== undefined) stamps.set(finished.hash, stamp)
              return finished
            }),
          }
        },
        flush: async () => pool?.flush(),
        close: async () => pool?.close(),
        write: (path, html, hash) =>
          staging.write(path, html, async (target) => {
            if (stamps.has(hash)) return
            const stamp = linkIntoStore(dir, hash, target, folders)
            if (stamp !== undefined) stamps.set(hash, stamp)
          }),
        async reuse(path, hash) {
          const file = fileOf(hash)
          const expected = stamps.get(hash) ?? previousStamps.get(hash)
          if (expected === undefined) return false
          try {
            if (stampOf(statSync(file)) !== expected) return false
            // The same hash as documentHash, over the bytes as stored.
            if (createHash('sha1').update(readFileSync(file)).digest('base64url') !== hash) return false
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
