import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { FinishItem, FinishResult, FinishWorkerData } from './finish-worker.js'

/** Documents per message: enough to amortise passing, few enough to keep every thread busy. */
const batchSize = 16
/**
 * A worker keeps nothing between documents but its plugins: a small old generation makes it
 * collect often instead of growing (the largest documents parse to a few dozen MiB).
 */
const oldGenerationMegabytes = 256
/** Batches queued per worker at most, so documents waiting to be written stay few (memory). */
const batchesInFlight = 2

/**
 * Worker threads that finish documents (plugins' `document` hooks: consent blocking, the audit,
 * CSP hashes) and write them while this thread renders the next ones. What the hooks learned and
 * reported comes back as plain data.
 */
export interface FinishPool {
  /** Resolves when the document is accepted (waits while the workers are behind); `done` once it is written. */
  add(item: FinishItem): Promise<{ done: Promise<FinishResult> }>
  /** Sends the documents still held back for a full batch. */
  flush(): Promise<void>
  close(): Promise<void>
}

/**
 * A pool of `threads` workers (default: one per core, as for rendering), or undefined where workers
 * cannot run (no compiled worker file) or fewer than two are asked for.
 */
export function createFinishPool(setup: FinishWorkerData, threads = availableParallelism()): FinishPool | undefined {
  const workerUrl = new URL('./finish-worker.js', import.meta.url)
  if (workerUrl.protocol !== 'file:' || !existsSync(fileURLToPath(workerUrl)) || threads < 2) return undefined
  const workers = Array.from({ length: threads }, () => ({
    worker: new Worker(workerUrl, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: oldGenerationMegabytes } }),
    inFlight: 0,
  }))
  const waiting = new Map<number, { resolve: (results: FinishResult[]) => void; reject: (error: Error) => void }>()
  let nextId = 0
  let failure: Error | undefined
  let wake: (() => void) | undefined
  for (const entry of workers) {
    entry.worker.on('message', (message: { id: number; results?: FinishResult[]; error?: string }) => {
      entry.inFlight--
      const pending = waiting.get(message.id)
      waiting.delete(message.id)
      if (message.results) pending?.resolve(message.results)
      else pending?.reject(new Error(message.error ?? 'finish worker failed'))
      wake?.()
    })
    entry.worker.on('error', (error) => {
      failure = error
      for (const pending of waiting.values()) pending.reject(error)
      waiting.clear()
      wake?.()
    })
  }
  let batch: Array<{ item: FinishItem; resolve: (result: FinishResult) => void; reject: (error: Error) => void }> = []
  const idlest = () => workers.reduce((best, entry) => (entry.inFlight < best.inFlight ? entry : best))
  const flush = async () => {
    if (batch.length === 0) return
    let target = idlest()
    while (target.inFlight >= batchesInFlight && failure === undefined) {
      await new Promise<void>((resolve) => (wake = resolve))
      target = idlest()
    }
    if (failure) throw failure
    const items = batch
    batch = []
    const id = nextId++
    target.inFlight++
    waiting.set(id, {
      resolve: (results) => items.forEach((entry, index) => entry.resolve(results[index] as FinishResult)),
      reject: (error) => items.forEach((entry) => entry.reject(error)),
    })
    target.worker.postMessage({ id, items: items.map((entry) => entry.item) })
  }
  return {
    async add(item) {
      if (failure) throw failure
      let resolve!: (result: FinishResult) => void
      let reject!: (error: Error) => void
      const done = new Promise<FinishResult>((resolvePromise, rejectPromise) => {
        resolve = resolvePromise
        reject = rejectPromise
      })
      batch.push({ item, resolve, reject })
      if (batch.length >= batchSize) await flush()
      return { done }
    },
    flush,
    async close() {
      await Promise.all(workers.map((entry) => entry.worker.terminate()))
    },
  }
}
