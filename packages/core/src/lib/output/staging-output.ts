import { existsSync } from 'node:fs'
import { copyFile, link, mkdir, rename, rm, unlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { unsafeOutputFileReason } from './site-path.js'
import { guardOutDir, lockOutput, outputMarkerName, outputMarkerText, recoverOutput, sidecarNames, type OutDirGuard, type OutputLock } from './output-folder.js'

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

// The kill -9 test stops a build between the two renames of the swap: with this variable set to
// a file path, the build writes that file there and waits to be killed.
async function pauseForTests(): Promise<void> {
  const signal = process.env['NICHEPRESS_TEST_PAUSE_BETWEEN_RENAMES']
  if (!signal) return
  await writeFile(signal, String(process.pid))
  await new Promise((resolve) => setTimeout(resolve, 60_000))
}

/** Files written at once at most: enough to keep the disk busy, few enough to bound memory. */
const maximumPending = 64

/** Options of `openStagingOutput`. */
export interface StagingOptions {
  /** Checks the output folder may be replaced (see `guardOutDir`) before anything happens. */
  guard?: OutDirGuard | undefined
  /** How long to wait for another build holding the output folder's lock (default 2 minutes). */
  lockWaitMs?: number | undefined
}

/**
 * Opens a staging folder for `outDir`: checks the folder may be replaced (`options.guard`), takes
 * the output folder's lock (a second build waits, never collides), and puts the output back in
 * order if an earlier build was killed mid-swap (`recoverOutput`). The lock is held until `commit`
 * or `abort`.
 */
export async function openStagingOutput(outDir: string, options: StagingOptions = {}): Promise<StagingOutput> {
  if (options.guard) guardOutDir(outDir, options.guard)
  await mkdir(dirname(outDir), { recursive: true })
  const lock: OutputLock = await lockOutput(outDir, options.guard?.configFile ?? outDir, options.lockWaitMs)
  const { staging, previous } = sidecarNames(outDir)
  try {
    recoverOutput(outDir)
    await rm(staging, { recursive: true, force: true })
    await mkdir(staging, { recursive: true })
    await writeFile(join(staging, outputMarkerName), outputMarkerText)
  } catch (error) {
    lock.release()
    throw error
  }
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
        try {
          await drain()
        } catch (error) {
          await rm(staging, { recursive: true, force: true })
          throw error
        }
        // A kill -9 between these two renames leaves the previous output set aside; the next
        // command's `recoverOutput` puts it back before doing anything else.
        if (existsSync(outDir)) await rename(outDir, previous)
        await pauseForTests()
        await rename(staging, outDir)
        await rm(previous, { recursive: true, force: true })
      } finally {
        lock.release()
      }
    },
    async abort() {
      try {
        await Promise.allSettled(pending)
        await rm(staging, { recursive: true, force: true })
      } finally {
        lock.release()
      }
    },
  }
}
