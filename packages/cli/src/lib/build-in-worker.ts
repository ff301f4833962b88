import { readdirSync } from 'node:fs'
import { totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { BuildOptions, BuildProgress, BuildResult, MessageData } from '@nichepress/core'

/** What `buildInWorker` reports: `BuildResult` without the in-memory site. */
export interface BuildSummary {
  outDir: string
  files: number
  stats: BuildResult['stats']
  durationMilliseconds: number
  messages: BuildResult['messages']
  /** The heap budget the build ran with, in MiB. */
  heapMegabytes: number
}

export type BuildWorkerMessage =
  | { type: 'progress'; event: BuildProgress }
  | { type: 'done'; result: Omit<BuildSummary, 'messages' | 'heapMegabytes'> & { messages: MessageData[] } }
  | { type: 'user-error'; summary: string; messages: MessageData[] }
  | { type: 'crash'; stack: string }

/** Heap kept per Markdown file, plus a base for code, config and the largest documents (measured: ~60 KiB live per post). */
const baseMegabytes = 384
const perFileKilobytes = 96
/** Young generation of the build thread: short-lived render garbage dies there instead of in the old generation. */
const youngMegabytes = 48

/**
 * Runs `buildSite` on a worker thread whose heap is sized to the site: Node's default heap limit is
 * fixed (about 4 GiB, too small for 100,000 posts) and lets garbage pile up to gigabytes long before
 * it is needed on 10,000. The budget is generous (about twice what a build keeps alive); should a
 * build still run out, it is run again with the most memory the machine can give.
 */
export async function buildInWorker(options: Omit<BuildOptions, 'onProgress' | 'isUnchanged'>, onProgress?: (event: BuildProgress) => void): Promise<BuildSummary> {
  const machineMegabytes = Math.floor((totalmem() / 2 ** 20) * 0.75)
  const budget = Number(process.env.NICHEPRESS_HEAP_MB) || heapBudget(options)
  const first = Math.min(budget, machineMegabytes)
  let outcome: WorkerOutcome
  try {
    outcome = await runWorker(options, first, onProgress)
  } catch (error) {
    if (!(error instanceof OutOfMemory) || first >= machineMegabytes) throw error instanceof OutOfMemory ? error.toUserError() : error
    outcome = await runWorker(options, machineMegabytes, onProgress).catch((again: unknown) => {
      throw again instanceof OutOfMemory ? again.toUserError() : again
    })
  }
  // Core (for messages) is loaded here only when there is something to report.
  const { message, heapMegabytes } = outcome
  if (message.type === 'user-error') {
    const { fromMessageData, NichepressError } = await import('@nichepress/core')
    throw new NichepressError(message.summary, message.messages.map(fromMessageData))
  }
  const data = message.result.messages
  const messages = data.length === 0 ? [] : data.map((await import('@nichepress/core')).fromMessageData)
  return { ...message.result, messages, heapMegabytes }
}

interface WorkerOutcome {
  message: Extract<BuildWorkerMessage, { type: 'done' | 'user-error' }>
  heapMegabytes: number
}

function heapBudget(options: Pick<BuildOptions, 'root'>): number {
  return baseMegabytes + Math.ceil((countMarkdownFiles(join(resolve(options.root), 'content')) * perFileKilobytes) / 1024)
}

function countMarkdownFiles(dir: string, depth = 0): number {
  let count = 0
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return 0
  }
  for (const entry of entries) {
    if (entry.isDirectory() && depth < 32) count += countMarkdownFiles(join(dir, entry.name), depth + 1)
    else if (entry.name.endsWith('.md')) count++
  }
  return count
}

class OutOfMemory extends Error {
  constructor(readonly megabytes: number) {
    super(`The build ran out of its ${megabytes} MiB heap.`)
  }

  toUserError(): Error {
    return new Error(`${this.message} Set NICHEPRESS_HEAP_MB to a larger number of MiB (this machine has ${Math.round(totalmem() / 2 ** 20)} MiB).`)
  }
}

function runWorker(options: Omit<BuildOptions, 'onProgress' | 'isUnchanged'>, heapMegabytes: number, onProgress?: (event: BuildProgress) => void): Promise<WorkerOutcome> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(new URL('./build-worker.js', import.meta.url), {
      workerData: { ...options, progress: onProgress !== undefined },
      resourceLimits: { maxOldGenerationSizeMb: heapMegabytes, maxYoungGenerationSizeMb: youngMegabytes },
    })
    let settled = false
    worker.on('message', (message: BuildWorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.event)
      else if (message.type === 'done' || message.type === 'user-error') {
        settled = true
        resolvePromise({ message, heapMegabytes })
      } else {
        settled = true
        const crash = new Error('The build crashed.')
        crash.stack = message.stack
        reject(crash)
      }
    })
    worker.on('error', (error: Error & { code?: string }) => {
      settled = true
      reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new OutOfMemory(heapMegabytes) : error)
    })
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`The build thread stopped with exit code ${code}.`))
    })
  })
}
