import { parseDocumentTree, type DocumentTreeOptions } from '@nichepress/core'
import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { thirdPartyUrl } from './find-service.js'
import { executableTypes, planBlocking, type BlockingContext, type ConsentFacts } from './plan-blocking.js'

// Something planBlocking may act on: a URL to another host (also protocol-relative, with backslashes a
// browser reads as slashes, `http:host` without any, or escaped as `&#x2F;` or `\/`), an executable
// inline script, a noscript, or a character reference that could hide one.
const candidate = /(?:https?:[\\/]*|[\\/]{2}|\\\/\\\/)([a-z0-9.-]+)|<(script|noscript)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|&#(?:x0*2f|0*47|x0*5c|0*92);/gi

/**
 * A cheap, conservative pre-check: false only when the document names no other host anywhere (in
 * any attribute, style or script) and has no inline script or noscript. Parsing every finished
 * document costs more than the rest of a cached build.
 */
export function mayNeedBlocking(html: string, siteHost: string | undefined): boolean {
  for (const match of html.matchAll(candidate)) {
    if (match[0].startsWith('&#')) return true
    const host = match[1]
    if (host !== undefined) {
      if (host !== '' && thirdPartyUrl(`//${host}/`, siteHost)) return true
      continue
    }
    const tag = (match[2] ?? '').toLowerCase()
    if (tag === 'noscript') return true
    const attributes = match[3] ?? ''
    const type = (/\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes)?.slice(1).find((value) => value !== undefined) ?? '').trim().toLowerCase()
    // A data block (JSON, a script already blocked until consent) loads nothing.
    if (!executableTypes.has(type)) continue
    if (!/\ssrc\s*=/i.test(attributes)) return true
    // The tag was consumed whole: look at the hosts in its attributes too.
    for (const inner of attributes.matchAll(/(?:https?:[\\/]*|[\\/]{2})([a-z0-9.-]+)/gi)) if (thirdPartyUrl(`//${inner[1] ?? ''}/`, siteHost)) return true
  }
  return false
}

/**
 * Blocks trackers and embeds in a finished HTML document. Only the changed elements are
 * re-serialised and spliced in by source offset, so the rest of the document stays byte for byte.
 * `treeOf` gives the document's tree (a `document` hook passes core's `documentTree(file, options)`,
 * shared with every other plugin that reads the document); by default the document is parsed here.
 * The plan is made on the tree without positions first (cheaper to parse, and what most documents,
 * whose content was blocked at render time, need): only a document with something to gate or
 * report is planned again on the positioned tree, whose offsets and lines the edits and reports use.
 */
export function blockDocument(html: string, context: BlockingContext, treeOf: (options: DocumentTreeOptions) => Root = (options) => parseDocumentTree(html, options)): { html: string; facts: ConsentFacts } {
  if (!mayNeedBlocking(html, context.siteHost)) return { html, facts: { services: [], unknownThirdParties: [] } }
  // The tree is the one a browser with JavaScript on builds: each <noscript>'s content is text,
  // which planBlocking parses on its own (as the no-JavaScript markup it is) and removes the
  // <noscript> when it loads a gated service, since without JavaScript no consent can be given.
  const quick = planBlocking(treeOf({ positions: false }), context)
  const { edits, facts } = quick.edits.length === 0 && quick.facts.unknownThirdParties.length === 0 ? quick : planBlocking(treeOf({ positions: true }), context)
  const spans = edits
    .map((edit) => ({ start: edit.node.position?.start.offset, end: edit.node.position?.end.offset, html: toHtml(edit.replacement) }))
    .filter((span): span is { start: number; end: number; html: string } => span.start !== undefined && span.end !== undefined)
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  // An edit inside another (a <source> of a gated <video>) is covered by the outer one.
  const outer: typeof spans = []
  for (const span of spans) if (!outer.some((kept) => span.start >= kept.start && span.end <= kept.end)) outer.push(span)
  let output = html
  for (const span of outer.reverse()) output = output.slice(0, span.start) + span.html + output.slice(span.end)
  return { html: output, facts }
}
