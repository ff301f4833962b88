import { linkSync, mkdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parentPort, threadId, workerData } from 'node:worker_threads'
import { loadConfig, setupPlugins } from '../config/load-config.js'

/** What a finish worker is told at start. */
export interface FinishWorkerData {
  root: string
  preset: string | undefined
  baseUrl: string | undefined
  mode: 'build' | 'dev'
  /** The staging folder documents are written into. */
  staging: string
  /** The document store (see document-store.ts), or undefined without cache. */
  store: string | undefined
}

/** One new document to summarise and write. */
export interface FinishItem {
  path: string
  html: string
  hash: string
}

/** Each plugin's summary, and the stored copy's `size:mtime` when it was stored. */
export interface FinishResult {
  summaries: Record<string, unknown>
  stamp: string | undefined
}

const data = workerData as FinishWorkerData
const config = await loadConfig(data.root, { preset: data.preset, baseUrl: data.baseUrl })
const summarizers = (await setupPlugins(config, data.mode)).filter((hook) => hook.summarizeDocument)
const folders = new Set<string>()
let temporaries = 0

const ensureFolder = (folder: string) => {
  if (folders.has(folder)) return
  mkdirSync(folder, { recursive: true })
  folders.add(folder)
}

function finish(item: FinishItem): FinishResult {
  const summaries: Record<string, unknown> = {}
  for (const hook of summarizers) summaries[hook.name] = hook.summarizeDocument?.(item.html, item.path)
  const target = join(data.staging, item.path)
  ensureFolder(dirname(target))
  writeFileSync(target, item.html)
  if (data.store === undefined) return { summaries, stamp: undefined }
  const file = join(data.store, item.hash.slice(0, 2), `${item.hash}.html`)
  ensureFolder(dirname(file))
  const temporary = `${file}.${process.pid}-${threadId}-${temporaries++}.tmp`
  try {
    linkSync(target, temporary)
    renameSync(temporary, file)
  } catch {
    try {
      unlinkSync(temporary)
    } catch {
      // Never made.
    }
    return { summaries, stamp: undefined }
  }
  const stats = statSync(file)
  return { summaries, stamp: `${stats.size}:${stats.mtimeMs}` }
}

parentPort?.on('message', (message: { id: number; items: FinishItem[] }) => {
  try {
    parentPort?.postMessage({ id: message.id, results: message.items.map(finish) })
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  }
})
