import { VFile } from 'vfile'
import { pluginFailed } from '../diagnostic-catalogue.js'
import { toMessageData, type MessageData } from '../diagnostics.js'
import type { NamedHooks } from '../render/render-document.js'
import type { DocumentPage } from '../site/document-page.js'

/** A document after every plugin's `document` hook: its bytes, and what plugins learned and found. */
export interface FinishedDocument {
  html: string
  /** `file.data[name]` of each plugin that left some, as plain JSON data. */
  data: Record<string, unknown>
  /** What the hooks reported, as plain data (stored with the document, replayed when it is reused). */
  messages: MessageData[]
}

/**
 * Runs every plugin's `document` hook on one document, in plugin order, on a vfile. The same code
 * runs on the main thread and on finish workers. A hook that throws is reported as a failed
 * plugin on this document (an error); the document keeps what the hooks before it made.
 */
export function finishDocument(hooks: readonly NamedHooks[], path: string, html: string, page: DocumentPage): FinishedDocument {
  const file = new VFile({ path, value: html })
  for (const hook of hooks) {
    if (!hook.document) continue
    try {
      hook.document(file, page)
    } catch (error) {
      file.messages.push(pluginFailed.create({ file: page.source?.relativePath ?? path, line: 1, column: 1 }, [hook.name, error instanceof Error ? error.message : String(error)]))
    }
  }
  const data: Record<string, unknown> = {}
  // Through JSON: plain data, and strings sliced out of the document (a title) would otherwise
  // keep the whole document alive in memory.
  for (const hook of hooks) if (file.data[hook.name] !== undefined) data[hook.name] = JSON.parse(JSON.stringify(file.data[hook.name])) as unknown
  return { html: String(file.value), data, messages: file.messages.map(toMessageData) }
}
