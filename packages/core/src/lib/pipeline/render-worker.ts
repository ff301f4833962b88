import { parentPort, workerData } from 'node:worker_threads'
import { loadConfig, setupPlugins } from '../config/load-config.js'
import type { Command } from '../plugin.js'
import type { RenderInput } from '../markdown/markdown-renderer.js'
import { createRendererForHooks } from './render-pages.js'

/** What the main thread tells a render worker at start. */
export interface RenderWorkerData {
  root: string
  preset: string | undefined
  baseUrl: string | undefined
  command: Command
  /** Worker threads to use at most (default: one per core). */
  threads?: number | undefined
}

/** One result per input: the rendered content or the error text. */
export type RenderOutcome = { ok: true; value: import('../content/page.js').RenderedContent } | { ok: false; error: string }

const data = workerData as RenderWorkerData
const config = await loadConfig(data.root, { preset: data.preset, baseUrl: data.baseUrl })
const render = createRendererForHooks(await setupPlugins(config, data.command))

parentPort?.on('message', (message: { id: number; inputs: RenderInput[] }) => {
  const outcomes: RenderOutcome[] = message.inputs.map((input) => {
    try {
      return { ok: true, value: render(input) }
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) }
    }
  })
  parentPort?.postMessage({ id: message.id, outcomes })
})
parentPort?.postMessage({ ready: true })
