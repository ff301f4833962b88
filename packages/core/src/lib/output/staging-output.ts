import { existsSync } from 'node:fs'
import { copyFile, link, mkdir, rename, rm, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { unsafeOutputFileReason } from './site-path.js'

/**
 * A fresh folder beside the output folder that a build fills file by file while it renders, so no
 * finished document waits in memory; `commit` swaps it into place. Until then the previous output
 * stays byte-for-byte untouched, and `abort` throws the half-built folder away.
 */
export interface StagingOutput {
  /** The output folder this will replace. */
  readonly outDir: string
  /** The staging folder itself. */
  readonly dir: string
  /** Counts a file someone else (a worker thread) writes into `dir` as written. */
  adopt(path: string): void
  /** Writes a file; `then` runs on the written file (in the background, like the write). */
  write(path: string, contents: string | Uint8Array, then?: (target: string) => Promise<void>): Promise<void>
  copy(path: string, from: string): Promise<void>
  /**
   * Puts `from` at `path` as a hard link (no bytes copied, the modification time kept for
   * rsync-style deploys), or a copy where links are not possible. False when `from` is missing.
   */
  link(path: string, from: string): Promise<boolean>
  /** Paths written so far. */
  readonly paths: ReadonlySet<string>
  commit(): Promise<void>
  abort(): Promise<void>
}

/** Files written at once at most: enough to keep the disk busy, few enough to bound memory. */
const maximumPending = 64

export async function openStagingOutput(outDir: string): Promise<StagingOutput> {
  const parent = dirname(outDir)
  const name = basename(outDir)
  const staging = join(parent, `.${name}.nichepress-new-${process.pid}`)
  const previous = join(parent, `.${name}.nichepress-old-${process.pid}`)
  await rm(staging, { recursive: true, force: true })
  await mkdir(staging, { recursive: true })
  const folders = new Set<string>([staging])
  const paths = new Set<string>()
  const pending = new Set<Promise<void>>()
  const lastByPath = new Map<string, Promise<void>>()
  let failure: unknown

  const folderOf = async (target: string) => {
    const folder = dirname(target)
    if (folders.has(folder)) return
    await mkdir(folder, { recursive: true })
    folders.add(folder)
  }
  // Queues one file operation; waits while too many are in flight (back-pressure on the renderer).
  const enqueue = async (path: string, operation: (target: string) => Promise<void>) => {
    if (failure !== undefined) throw failure
    // The last line of defence: content and config paths are checked long before this.
    const unsafe = unsafeOutputFileReason(path)
    if (unsafe) throw new Error(`Refusing to write ${JSON.stringify(path)} into the output folder: ${unsafe}.`)
    const target = join(staging, path)
    // A path written twice (a plugin file over a document) must not write through a hard link
    // into the previous output.
    const again = paths.has(path)
    paths.add(path)
    // Operations on one path run in order (a plugin file replaces a document written before it).
    const before = again ? lastByPath.get(path) : undefined
    const task = (async () => {
      await before
      await folderOf(target)
      if (again) await unlink(target).catch(() => {})
      await operation(target)
    })().catch((error: unknown) => {
      failure ??= error
    })
    pending.add(task)
    lastByPath.set(path, task)
    void task.finally(() => {
      pending.delete(task)
      if (lastByPath.get(path) === task) lastByPath.delete(path)
    })
    while (pending.size >= maximumPending) await Promise.race(pending)
  }
  const drain = async () => {
    while (pending.size > 0) await Promise.all(pending)
    if (failure !== undefined) throw failure
  }

  return {
    outDir,
    dir: staging,
    adopt: (path) => void paths.add(path),
    paths,
    write: (path, contents, then) =>
      enqueue(path, async (target) => {
        await writeFile(target, contents)
        await then?.(target)
      }),
    copy: (path, from) => enqueue(path, (target) => copyFile(from, target)),
    async link(path, from) {
      if (!existsSync(from)) return false
      await enqueue(path, async (target) => {
        try {
          await link(from, target)
        } catch {
          // Another file system or no hard links allowed: copy instead.
          await copyFile(from, target)
        }
      })
      return true
    },
    async commit() {
      try {
        await drain()
      } catch (error) {
        await rm(staging, { recursive: true, force: true })
        throw error
      }
      if (existsSync(outDir)) await rename(outDir, previous)
      await rename(staging, outDir)
      await rm(previous, { recursive: true, force: true })
    },
    async abort() {
      await Promise.allSettled(pending)
      await rm(staging, { recursive: true, force: true })
    },
  }
}
