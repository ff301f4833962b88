import type { Element, ElementContent, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toString } from 'hast-util-to-string'
import { visit, SKIP } from 'unist-util-visit'
import { findServiceByScriptText, findServiceByUrl, thirdPartyUrl } from './find-service.js'
import { blockedScript, embedPlaceholder, pixelTemplate } from './blocked-elements.js'
import type { Service } from './service.js'
import type { ConsentTexts } from './texts.js'

/** An unknown third-party host found in the output, with where it was found. */
export interface UnknownThirdParty {
  host: string
  tag: string
  line: number
  column: number
}

/** What the blocking plugin learns per page: `file.data.facts.consent`. */
export interface ConsentFacts {
  /** Ids of the registry services found on the page, sorted. */
  services: string[]
  unknownThirdParties: UnknownThirdParty[]
}

/** What blocking needs: the site's extra services, its host, texts and privacy page. */
export interface BlockingContext {
  customServices: readonly Service[]
  siteHost?: string | undefined
  texts: ConsentTexts
  privacyPolicyPath: string
}

/** One element to replace. */
export interface BlockingEdit {
  node: Element
  replacement: ElementContent[]
}

// Types a browser executes as script; everything else is a data block and left alone.
/** Script `type`s a browser executes (anything else is a data block). */
export const executableTypes = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript', 'application/ecmascript'])

function attribute(node: Element, name: string): string | undefined {
  const value = node.properties[name]
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined
}

function isPixelLike(node: Element): boolean {
  const width = Number(attribute(node, 'width') ?? NaN)
  const height = Number(attribute(node, 'height') ?? NaN)
  const style = (attribute(node, 'style') ?? '').replace(/\s/g, '')
  return (width <= 1 && height <= 1) || style.includes('display:none') || node.properties.hidden === true
}

/**
 * Finds every tracker or embed in `tree` and plans its replacement: scripts become data blocks,
 * iframes two-click placeholders, pixels inert templates, `<noscript>` fallbacks of trackers go.
 * Pure: the caller applies the edits (in the tree, or spliced into the source document).
 */
export function planBlocking(tree: Root, context: BlockingContext): { edits: BlockingEdit[]; facts: ConsentFacts } {
  const edits: BlockingEdit[] = []
  const found = new Set<string>()
  const unknown: UnknownThirdParty[] = []
  const place = (node: Element) => ({ line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 })

  // Returns the service that must be blocked, or undefined (first party, consent-free or unknown).
  const classify = (node: Element, url: string, tag: string): Service | 'unknown' | undefined => {
    const parsed = thirdPartyUrl(url, context.siteHost)
    if (!parsed) return undefined
    const service = findServiceByUrl(url, context.customServices)
    if (!service) {
      unknown.push({ host: parsed.hostname, tag, ...place(node) })
      return 'unknown'
    }
    found.add(service.id)
    return service.needsConsent ? service : undefined
  }

  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'script') {
      const type = (attribute(node, 'type') ?? '').trim().toLowerCase()
      if (!executableTypes.has(type)) return SKIP
      const src = attribute(node, 'src')
      const service = src !== undefined ? classify(node, src, 'script') : findServiceByScriptText(toString(node), context.customServices)
      if (service && service !== 'unknown') {
        found.add(service.id)
        if (service.needsConsent) edits.push({ node, replacement: [blockedScript(node, service)] })
      }
      return SKIP
    }
    if (node.tagName === 'iframe') {
      const service = classify(node, attribute(node, 'src') ?? '', 'iframe')
      if (service && service !== 'unknown') edits.push({ node, replacement: [embedPlaceholder(node, service, context)] })
      return SKIP
    }
    if (node.tagName === 'img') {
      const src = attribute(node, 'src') ?? ''
      const service = findServiceByUrl(src, context.customServices)
      if (service) {
        found.add(service.id)
        if (service.needsConsent) edits.push({ node, replacement: [pixelTemplate(node, service)] })
      } else if (isPixelLike(node)) {
        classify(node, src, 'img')
      }
      return SKIP
    }
    if (node.tagName === 'noscript') {
      const inner = noscriptContent(node)
      const nested = planBlocking(inner, context)
      for (const id of nested.facts.services) found.add(id)
      const offset = place(node)
      for (const entry of nested.facts.unknownThirdParties) unknown.push({ ...entry, line: offset.line, column: offset.column })
      // Without JavaScript no consent can be given, so a tracker's fallback never loads.
      if (nested.edits.length > 0) edits.push({ node, replacement: [] })
      return SKIP
    }
    return undefined
  })
  return { edits, facts: { services: [...found].sort(), unknownThirdParties: unknown } }
}

// parse5 (with scripting on) keeps <noscript> content as text; parse it to see what it loads.
function noscriptContent(node: Element): Root {
  const isText = node.children.every((child) => child.type === 'text')
  if (!isText) return { type: 'root', children: node.children }
  return fromHtml(toString(node), { fragment: true })
}
