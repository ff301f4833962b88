import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { loadConfig, setupPlugins } from '../config/load-config.js'
import { linkIntoStore } from './document-store.js'

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
  return { summaries, stamp: data.store === undefined ? undefined : linkIntoStore(data.store, item.hash, target, folders) }
}

parentPort?.on('message', (message: { id: number; items: FinishItem[] }) => {
  try {
    parentPort?.postMessage({ id: message.id, results: message.items.map(finish) })
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  }
})
