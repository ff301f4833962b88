import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { SourcePage } from '../content/page.js'
import type { RenderedContent } from '../content/page.js'
import { createMarkdownRenderer, type RenderInput } from '../markdown/markdown-renderer.js'
import { TimeLimitExceeded, withTimeLimit } from '../markdown/time-limit.js'
import type { UnsafeHtmlOptions } from '../markdown/unsafe-html.js'
import type { NamedHooks } from '../render/render-document.js'
import type { RenderOutcome, RenderWorkerData } from './render-worker.js'

/** Below this many pages to render, starting workers costs more than it saves. */
const minimumPagesForWorkers = 150
const batchSize = 40

/** The Markdown renderer with every plugin's remark and rehype plugins and the config's content HTML policy. */
export function createRendererForHooks(hooks: readonly NamedHooks[], contentHtml: UnsafeHtmlOptions) {
  return createMarkdownRenderer(
    {
      remarkPlugins: hooks.flatMap((hook) => hook.remarkPlugins ?? []),
      rehypePlugins: hooks.flatMap((hook) => hook.rehypePlugins ?? []),
    },
    contentHtml,
  )
}

/** The outcome of rendering one input; a render stopped by its time limit says after how long. */
export function renderOutcome(render: (input: RenderInput) => RenderedContent, input: RenderInput): RenderOutcome {
  try {
    return { ok: true, value: render(input) }
  } catch (error) {
    if (error instanceof TimeLimitExceeded) return { ok: false, error: error.message, stoppedAfterMs: error.limitMs }
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * Renders pages on worker threads (one per core) when there are many, otherwise in this thread.
 * Each page's render is stopped after `setup.maxRenderMs` (see `withTimeLimit`): its outcome then
 * carries `stoppedAfterMs`, and the other pages go on. `settle` sees each outcome as it arrives and
 * returns what is kept of it (the plan caches it there and, for the content model alone, keeps no
 * HTML: so the HTML of every page is never held at once).
 */
export async function renderPages(
  pages: readonly SourcePage[],
  hooks: readonly NamedHooks[],
  setup: RenderWorkerData,
  onProgress: (done: number) => void,
  settle: (outcome: RenderOutcome, index: number) => RenderOutcome = (outcome) => outcome,
): Promise<RenderOutcome[]> {
  const inputs = pages.map(toRenderInput)
  const workerUrl = new URL('./render-worker.js', import.meta.url)
  const canUseWorkers = workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl))
  const threads = Math.min(setup.threads ?? availableParallelism(), Math.ceil(inputs.length / minimumPagesForWorkers))
  if (!canUseWorkers || threads < 2) {
    const render = withTimeLimit(() => createRendererForHooks(hooks, setup.contentHtml), setup.maxRenderMs)
    return inputs.map((input, index) => {
      onProgress(index + 1)
      return settle(renderOutcome(render, input), index)
    })
  }
  return renderOnWorkers(inputs, threads, workerUrl, setup, onProgress, settle)
}

async function renderOnWorkers(
  inputs: RenderInput[],
  threads: number,
  workerUrl: URL,
  setup: RenderWorkerData,
  onProgress: (done: number) => void,
  settle: (outcome: RenderOutcome, index: number) => RenderOutcome,
): Promise<RenderOutcome[]> {
  const outcomes: RenderOutcome[] = new Array(inputs.length)
  let next = 0
  let done = 0
  // A larger young generation cuts scavenge time by ~15% on Markdown-heavy work (measured on the
  // bench corpus); 64 MB per worker keeps the 10,000-post build well under 1 GiB.
  const workers = Array.from({ length: threads }, () => new Worker(workerUrl, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 64 } }))
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let batchStart = 0
            const send = () => {
              if (next >= inputs.length) {
                resolve()
                return
              }
              batchStart = next
              next = Math.min(inputs.length, next + batchSize)
              worker.postMessage({ id: batchStart, inputs: inputs.slice(batchStart, next) })
            }
            worker.on('message', (message: { ready?: true; id?: number; outcomes?: RenderOutcome[] }) => {
              if (message.outcomes) {
                try {
                  message.outcomes.forEach((outcome, offset) => {
                    outcomes[batchStart + offset] = settle(outcome, batchStart + offset)
                  })
                } catch (error) {
                  // Writing the render cache failed (a full disk): the build fails with it, as it
                  // would in this thread, instead of an exception no caller sees.
                  reject(error)
                  return
                }
                done += message.outcomes.length
                onProgress(done)
              }
              send()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`render worker exited with code ${code}`))
            })
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return outcomes
}

/** What the renderer needs of a page. */
export function toRenderInput(page: SourcePage): RenderInput {
  return { relativePath: page.relativePath, body: page.body, bodyLine: page.bodyLine, frontMatter: page.frontMatter, url: page.url, lang: page.lang, textLanguage: page.textLanguage }
}

