import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { loadConfig, setupPlugins } from '../config/load-config.js'
import type { Command } from '../plugin.js'
import type { DocumentPage } from '../site/document-page.js'
import { documentHash, type DocumentRecord } from './document-stage.js'
import { linkIntoStore } from './document-store.js'
import { finishDocument } from './finish-document.js'

/** What a finish worker is told at start. */
export interface FinishWorkerData {
  root: string
  preset: string | undefined
  baseUrl: string | undefined
  mode: 'build' | 'dev'
  command: Command
  /** The staging folder documents are written into. */
  staging: string
  /** The document store (see document-store.ts), or undefined without cache. */
  store: string | undefined
}

/** One new document to finish (its layout output) and write. */
export interface FinishItem {
  path: string
  html: string
  page: DocumentPage
}

/** The finished document's hash, data and messages, and the stored copy's `size:mtime` when it was stored. */
export interface FinishResult extends Omit<DocumentRecord, 'key'> {
  stamp: string | undefined
}

const data = workerData as FinishWorkerData
const config = await loadConfig(data.root, { preset: data.preset, baseUrl: data.baseUrl })
const finishers = (await setupPlugins(config, data.command)).filter((hook) => hook.document)
const folders = new Set<string>()

const ensureFolder = (folder: string) => {
  if (folders.has(folder)) return
  mkdirSync(folder, { recursive: true })
  folders.add(folder)
}

function finish(item: FinishItem): FinishResult {
  const { html, data: learned, messages } = finishDocument(finishers, item.path, item.html, item.page)
  const hash = documentHash(html)
  const target = join(data.staging, item.path)
  ensureFolder(dirname(target))
  writeFileSync(target, html)
  return { hash, data: learned, messages, stamp: data.store === undefined ? undefined : linkIntoStore(data.store, hash, target, folders) }
}

parentPort?.on('message', (message: { id: number; items: FinishItem[] }) => {
  try {
    parentPort?.postMessage({ id: message.id, results: message.items.map(finish) })
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  }
})
