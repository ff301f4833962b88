import { parentPort, workerData } from 'node:worker_threads'
import { loadConfig, setupPlugins } from '../config/load-config.js'
import type { Command } from '../plugin.js'
import type { RenderInput } from '../markdown/markdown-renderer.js'
import { withTimeLimit } from '../markdown/time-limit.js'
import type { UnsafeHtmlOptions } from '../markdown/unsafe-html.js'
import { createRendererForHooks, renderOutcome } from './render-pages.js'

/** What the main thread tells a render worker at start. */
export interface RenderWorkerData {
  root: string
  preset: string | undefined
  baseUrl: string | undefined
  command: Command
  /** Worker threads to use at most (default: one per core). */
  threads?: number | undefined
  /** Wall-clock time one page may take to render (config `limits.maxRenderMs`). */
  maxRenderMs: number
  /** What content HTML may do (see `contentHtmlPolicy`). */
  contentHtml: UnsafeHtmlOptions
}

/** One result per input: the rendered content, or the error text (and the limit, if it was stopped for time). */
export type RenderOutcome = { ok: true; value: import('../content/page.js').RenderedContent } | { ok: false; error: string; stoppedAfterMs?: number }

const data = workerData as RenderWorkerData
const config = await loadConfig(data.root, { preset: data.preset, baseUrl: data.baseUrl })
const hooks = await setupPlugins(config, data.command)
const render = withTimeLimit(() => createRendererForHooks(hooks, data.contentHtml), data.maxRenderMs)

parentPort?.on('message', (message: { id: number; inputs: RenderInput[] }) => {
  const outcomes: RenderOutcome[] = message.inputs.map((input) => renderOutcome(render, input))
  parentPort?.postMessage({ id: message.id, outcomes })
})
parentPort?.postMessage({ ready: true })
