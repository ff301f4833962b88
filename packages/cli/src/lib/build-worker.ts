import { parentPort, workerData } from 'node:worker_threads'
import { buildSite, isNichepressError, toMessageData, type BuildOptions } from '@nichepress/core'
import type { BuildWorkerMessage } from './build-in-worker.js'

// Runs one `buildSite` in this worker thread (see build-in-worker.ts) and posts plain data back.
const options = workerData as Omit<BuildOptions, 'onProgress'> & { progress: boolean }
const post = (message: BuildWorkerMessage) => parentPort?.postMessage(message)
try {
  const result = await buildSite({ ...options, onProgress: options.progress ? (event) => post({ type: 'progress', event }) : undefined })
  post({
    type: 'done',
    result: {
      outDir: result.outDir,
      files: result.files.length,
      stats: result.stats,
      durationMilliseconds: result.durationMilliseconds,
      messages: result.messages.map(toMessageData),
    },
  })
} catch (error) {
  if (isNichepressError(error)) post({ type: 'user-error', summary: error.message, messages: error.messages.map(toMessageData) })
  else post({ type: 'crash', stack: error instanceof Error ? (error.stack ?? error.message) : String(error) })
}
