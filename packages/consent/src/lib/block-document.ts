import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { thirdPartyUrl } from './find-service.js'
import { executableTypes, planBlocking, type BlockingContext, type ConsentFacts } from './plan-blocking.js'

// Opening tags planBlocking acts on; attribute values may contain `>` inside quotes.
const candidateTag = /<(script|iframe|img|noscript)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi

function attributeOf(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes)
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined
}

/**
 * A cheap, conservative pre-check: false only when the document has no element planBlocking could
 * change or report (no iframe or noscript, no executable inline script, no script or image from
 * another host). Parsing every finished document costs more than the rest of a cached build.
 */
export function mayNeedBlocking(html: string, siteHost: string | undefined): boolean {
  for (const match of html.matchAll(candidateTag)) {
    const tag = (match[1] ?? '').toLowerCase()
    const attributes = match[2] ?? ''
    if (tag === 'iframe' || tag === 'noscript' || attributes.includes('&#')) return true
    if (tag === 'script') {
      const type = (attributeOf(attributes, 'type') ?? '').trim().toLowerCase()
      if (!executableTypes.has(type)) continue
      const src = attributeOf(attributes, 'src')
      if (src === undefined || thirdPartyUrl(src, siteHost)) return true
      continue
    }
    const src = attributeOf(attributes, 'src')
    if (src !== undefined && thirdPartyUrl(src, siteHost)) return true
  }
  return false
}

/**
 * Blocks trackers and embeds in a finished HTML document. Only the changed elements are
 * re-serialised and spliced in by source offset, so the rest of the document stays byte for byte.
 */
export function blockDocument(html: string, context: BlockingContext): { html: string; facts: ConsentFacts } {
  if (!mayNeedBlocking(html, context.siteHost)) return { html, facts: { services: [], unknownThirdParties: [] } }
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
