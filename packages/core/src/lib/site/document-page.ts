import type { OutputPage } from './site.js'

/**
 * What a plugin's `document` hook knows of the page a document shows: the output page's own
 * fields, and of its content page the path and what plugins learned while rendering it. Plain
 * data, so documents can be finished on worker threads; the document itself is the vfile.
 */
export interface DocumentPage extends Omit<OutputPage, 'source' | 'content' | 'data'> {
  source?: { relativePath: string; facts: Readonly<Record<string, unknown>> } | undefined
}

/** The `DocumentPage` of an output page. */
export function documentPageOf(page: OutputPage): DocumentPage {
  const { source, content: _content, data: _data, ...own } = page
  return source ? { ...own, source: { relativePath: source.relativePath, facts: source.rendered.facts } } : own
}
