import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { planBlocking, type BlockingContext, type ConsentFacts } from './plan-blocking.js'

/**
 * Blocks trackers and embeds in a finished HTML document. Only the changed elements are
 * re-serialised and spliced in by source offset, so the rest of the document stays byte for byte.
 */
export function blockDocument(html: string, context: BlockingContext): { html: string; facts: ConsentFacts } {
  const tree = fromHtml(html)
  const { edits, facts } = planBlocking(tree, context)
  const spans = edits
    .map((edit) => ({ start: edit.node.position?.start.offset, end: edit.node.position?.end.offset, html: toHtml(edit.replacement) }))
    .filter((span): span is { start: number; end: number; html: string } => span.start !== undefined && span.end !== undefined)
    .sort((a, b) => b.start - a.start)
  let output = html
  for (const span of spans) output = output.slice(0, span.start) + span.html + output.slice(span.end)
  return { html: output, facts }
}
