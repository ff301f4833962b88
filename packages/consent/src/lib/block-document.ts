import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { thirdPartyUrl } from './find-service.js'
import { executableTypes, planBlocking, type BlockingContext, type ConsentFacts } from './plan-blocking.js'

// Something planBlocking may act on: a URL to another host (also protocol-relative, also escaped as
// `&#x2F;` or `\/`), an executable inline script, a noscript, or a character reference that could hide one.
const candidate = /(?:https?:)?(?:\/\/|\\\/\\\/)([a-z0-9.-]+)|<(script|noscript)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|&#(?:x0*2f|0*47);/gi

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
    for (const inner of attributes.matchAll(/(?:https?:)?\/\/([a-z0-9.-]+)/gi)) if (thirdPartyUrl(`//${inner[1] ?? ''}/`, siteHost)) return true
  }
  return false
}

/**
 * Blocks trackers and embeds in a finished HTML document. Only the changed elements are
 * re-serialised and spliced in by source offset, so the rest of the document stays byte for byte.
 */
export function blockDocument(html: string, context: BlockingContext): { html: string; facts: ConsentFacts } {
  if (!mayNeedBlocking(html, context.siteHost)) return { html, facts: { services: [], unknownThirdParties: [] } }
  // The HTML parser here runs without scripting, so a <noscript> in <head> would end at its first
  // non-head element (GTM's iframe) and that element would land in <body>. Each noscript's content is
  // planned on its own instead (as the no-JavaScript markup it is), and blanked for the main parse;
  // blanking keeps every offset and line.
  const noscripts = [...html.matchAll(/<noscript\b[^>]*>([\s\S]*?)<\/noscript\s*>/gi)]
  let masked = html
  for (const match of noscripts) {
    const inner = match[1] ?? ''
    const start = (match.index ?? 0) + match[0].indexOf(inner, match[0].indexOf('>') + 1)
    masked = masked.slice(0, start) + inner.replace(/[^\n]/g, ' ') + masked.slice(start + inner.length)
  }
  const tree = fromHtml(masked)
  const { edits, facts } = planBlocking(tree, context)
  const spans = edits
    .map((edit) => ({ start: edit.node.position?.start.offset, end: edit.node.position?.end.offset, html: toHtml(edit.replacement) }))
    .filter((span): span is { start: number; end: number; html: string } => span.start !== undefined && span.end !== undefined)
  const services = new Set(facts.services)
  const allowedHosts = new Set(facts.allowedHosts ?? [])
  const origins = new Map(Object.entries(facts.origins ?? {}).map(([directive, values]) => [directive, new Set(values)]))
  for (const match of noscripts) {
    const start = match.index ?? 0
    const before = html.slice(0, start)
    const line = before.split('\n').length
    const nested = planBlocking(fromHtml(match[1] ?? '', { fragment: true }), { ...context, content: false })
    for (const id of nested.facts.services) services.add(id)
    for (const host of nested.facts.allowedHosts ?? []) allowedHosts.add(host)
    for (const [directive, values] of Object.entries(nested.facts.origins ?? {})) for (const value of values) (origins.get(directive) ?? origins.set(directive, new Set()).get(directive))?.add(value)
    for (const entry of nested.facts.unknownThirdParties) facts.unknownThirdParties.push({ ...entry, line: line + Math.max(0, entry.line - 1) })
    // Without JavaScript no consent can be given, so a gated service's fallback never loads.
    if (nested.edits.length > 0) spans.push({ start, end: start + match[0].length, html: '' })
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  // An edit inside another (a <source> of a gated <video>) is covered by the outer one.
  const outer: typeof spans = []
  for (const span of spans) if (!outer.some((kept) => span.start >= kept.start && span.end <= kept.end)) outer.push(span)
  let output = html
  for (const span of outer.reverse()) output = output.slice(0, span.start) + span.html + output.slice(span.end)
  const sorted = (values: Iterable<string>) => [...values].sort()
  return {
    html: output,
    facts: {
      services: sorted(services),
      unknownThirdParties: facts.unknownThirdParties,
      allowedHosts: sorted(allowedHosts),
      origins: Object.fromEntries([...origins.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([directive, values]) => [directive, sorted(values)])),
    },
  }
}
