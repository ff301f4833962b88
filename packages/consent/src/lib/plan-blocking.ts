import type { Element, ElementContent, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toString } from 'hast-util-to-string'
import { blockedScript, embedPlaceholder, pingHeld, pixelTemplate, styleBlocked, undeclaredHost } from './blocked-elements.js'
import type { AllowedHost } from './consent-config-schema.js'
import { findServiceByScriptText, findServiceByUrl, thirdPartyUrl } from './find-service.js'
import { loaderBeside, type ScriptOwner } from './loader-beside.js'
import { services } from './registry.js'
import type { Service } from './service.js'
import type { ConsentTexts } from './texts.js'
import { attribute, collectUrlSources, directiveOf, executableTypes, type FetchKind } from './url-sources.js'

export { executableTypes }

/** Why a URL-bearing thing cannot stay as written. */
export type ConsentProblemCode = 'unknown-third-party' | 'content-event-handler' | 'content-inline-script' | 'consent-off-third-party'

/** Something in the output the build must not accept, with where it was found. */
export interface UnknownThirdParty {
  /** The third-party host (empty for content rules that name no host). */
  host: string
  tag: string
  line: number
  column: number
  /** Default `unknown-third-party`. */
  code?: ConsentProblemCode
  /** The registry service the host belongs to (`consent-off-third-party`), if any. */
  service?: string
  /** What carried it: `img[srcset]`, `style attribute url()`, `script text`, `onerror`… */
  via?: string
}

/** What the blocking plugin learns per page: `file.data.facts.consent`. */
export interface ConsentFacts {
  /** Ids of the registry services found on the page, sorted. */
  services: string[]
  /** Problems: unknown third parties, and for content event handlers and inline scripts. */
  unknownThirdParties: UnknownThirdParty[]
  /** Hosts of `consent.allow` the page contacts without consent, sorted. */
  allowedHosts?: string[]
  /** Origins the page loads from, by CSP directive (services' and allowed hosts'), sorted. */
  origins?: Record<string, string[]>
}

/** What blocking needs: the site's extra services, its host, texts and privacy page. */
export interface BlockingContext {
  customServices: readonly Service[]
  siteHost?: string | undefined
  texts: ConsentTexts
  /**
   * The `lang` placeholders carry: the texts' language where the page is in another one (a German
   * placeholder in a French post, WCAG 3.1.2); undefined where they match.
   */
  lang?: string | undefined
  privacyPolicyPath: string
  /** The privacy policy's language where it differs from the texts' (a French placeholder linking the German policy): its `hreflang`. */
  privacyPolicyLang?: string | undefined
  /** Hosts that may load without consent (`consent.allow`). */
  allow?: readonly AllowedHost[]
  /** True for a content page's own HTML: event handlers and unrecognised inline scripts are refused. */
  content?: boolean
  /** `consent.allowContentScripts`. */
  allowContentScripts?: boolean
  /**
   * `consent.enabled: false`: no banner can release anything, so every third party that would wait for
   * consent (a service that needs it, an undeclared host) is a `consent-off-third-party` problem.
   */
  consentOff?: boolean
}

/** One element to replace. */
export interface BlockingEdit {
  node: Element
  replacement: ElementContent[]
}

function isPixelLike(node: Element): boolean {
  const width = Number(attribute(node, 'width') ?? NaN)
  const height = Number(attribute(node, 'height') ?? NaN)
  const style = (attribute(node, 'style') ?? '').replace(/\s/g, '').toLowerCase()
  return (width <= 1 && height <= 1) || style.includes('display:none') || style.includes('visibility:hidden') || node.properties.hidden === true
}

function hostMatches(host: string, entry: string): boolean {
  const bare = entry.replace(/^\*\./, '')
  return host === bare || host.endsWith(`.${bare}`)
}

/** The `consent.allow` entry that lets `host` load `kind` without consent, or undefined. */
export function allowedEntry(host: string, kind: FetchKind, allow: readonly AllowedHost[] = []): AllowedHost | undefined {
  return allow.find((entry) => hostMatches(host, entry.host) && entry.kinds.includes(kind))
}

// The element whose replacement gates a source: a <source> or <track> is gated with its media element.
// An image inside a link is gated with the link: a placeholder holds buttons and links, which may not
// sit inside an <a>, and the link (an Amazon product page) is what a visitor without JavaScript opens.
function gateTarget(node: Element, parents: ReadonlyMap<Element, Element | Root>): Element {
  let target = node
  if (node.tagName === 'source' || node.tagName === 'track' || node.tagName === 'img') {
    const parent = parents.get(node)
    if (parent?.type === 'element' && ['picture', 'video', 'audio'].includes(parent.tagName)) target = parent
  }
  const parent = parents.get(target)
  if (parent?.type === 'element' && parent.tagName === 'a' && (target.tagName === 'img' || target.tagName === 'picture')) target = parent
  return target
}

function parentsOf(tree: Root): Map<Element, Element | Root> {
  const parents = new Map<Element, Element | Root>()
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      parents.set(child, node)
      walk(child)
    }
  }
  walk(tree)
  return parents
}

/**
 * Finds every URL-bearing thing in `tree` (see `collectUrlSources`) and plans what gates it until
 * consent: scripts become data blocks, iframes, images and media placeholders naming the provider,
 * stylesheets, preconnects and pixels inert templates, `style` attributes wait in `data-np-style`,
 * `<noscript>` fallbacks of gated services go. A third party that is no service and not allowed is
 * reported with its place. Pure: the caller applies the edits (in the tree, or spliced into the source).
 */
export function planBlocking(tree: Root, context: BlockingContext): { edits: BlockingEdit[]; facts: ConsentFacts } {
  const edits = new Map<Element, BlockingEdit>()
  const found = new Set<string>()
  const allowedHosts = new Set<string>()
  const origins = new Map<string, Set<string>>()
  const problems: UnknownThirdParty[] = []
  const place = (node: Element) => ({ line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 })
  const report = (node: Element, host: string, via: string, code?: ConsentProblemCode, service?: Service) =>
    problems.push({ host, tag: node.tagName, ...place(node), via, ...(code ? { code } : {}), ...(service ? { service: service.name } : {}) })
  const addOrigin = (kind: FetchKind, url: URL) => {
    const directive = directiveOf[kind]
    if (!directive) return
    const set = origins.get(directive) ?? new Set<string>()
    set.add(`https://${url.host}`)
    origins.set(directive, set)
  }
  const parents = parentsOf(tree)
  const gate = (node: Element, replacement: () => ElementContent[]) => {
    if (!edits.has(node)) edits.set(node, { node, replacement: replacement().map(httpsOnly) })
  }
  // Whose each third-party script is — a gated service, or `free` (a consent-free service, an allowed
  // host) — for the inline calls pasted beside them (see `loaderBeside`).
  const scriptOwners = new Map<Element, ScriptOwner>()
  const gateScript = (node: Element, service: Service, replacement: () => ElementContent[]) => {
    scriptOwners.set(node, service)
    gate(node, replacement)
  }

  // Returns the service to gate with, 'allowed', 'unknown', or undefined (first party or consent-free).
  const classify = (node: Element, url: string, kind: FetchKind, via: string): Service | 'allowed' | 'unknown' | undefined => {
    const parsed = thirdPartyUrl(url, context.siteHost)
    if (!parsed) return undefined
    const service = findServiceByUrl(url, context.customServices)
    if (service) {
      found.add(service.id)
      addOrigin(kind, parsed)
      if (service.needsConsent && context.consentOff) report(node, parsed.hostname, via, 'consent-off-third-party', service)
      return service.needsConsent ? service : undefined
    }
    const allowed = allowedEntry(parsed.hostname, kind, context.allow)
    if (allowed) {
      allowedHosts.add(allowed.host)
      addOrigin(kind, parsed)
      return 'allowed'
    }
    report(node, parsed.hostname, via, context.consentOff ? 'consent-off-third-party' : undefined)
    return 'unknown'
  }

  // What a nested document (a noscript's markup, a frame's srcdoc) found counts for this page.
  const absorb = (nested: ConsentFacts) => {
    for (const id of nested.services) found.add(id)
    for (const host of nested.allowedHosts ?? []) allowedHosts.add(host)
    for (const [directive, values] of Object.entries(nested.origins ?? {})) for (const value of values) (origins.get(directive) ?? origins.set(directive, new Set()).get(directive))?.add(value)
  }

  const { sources, scripts, noscripts, frameDocuments } = collectUrlSources(tree)
  const pings: Array<{ node: Element; service: Service }> = []
  for (const source of sources) {
    // A meta refresh (an affiliate redirect page) is a navigation the visitor asked for, like a link.
    if (source.kind === 'navigate') continue
    const result = classify(source.node, source.url, source.kind, source.via)
    if (source.node.tagName === 'script' && (result === 'allowed' || (result === undefined && thirdPartyUrl(source.url, context.siteHost)))) scriptOwners.set(source.node, 'free')
    if (result === undefined || result === 'allowed' || source.kind === 'form') continue
    // A host nothing declares is reported, and kept from loading as well: with `unknownThirdParty:
    // 'warn'` the build goes on, and the page must not contact it (the CSP would refuse it anyway).
    const service = result === 'unknown' ? undeclaredHost(thirdPartyUrl(source.url, context.siteHost)?.hostname ?? '') : result
    const node = source.node
    if (result === 'unknown' && node.tagName !== 'script' && !source.via.startsWith('style attribute') && !source.via.endsWith('[ping]')) {
      gate(node, () => [pixelTemplate(node, service)])
      continue
    }
    // Decided after the rest: an image inside the link may already gate the whole link.
    if (source.via.endsWith('[ping]')) {
      pings.push({ node, service })
      continue
    }
    if (source.via.startsWith('style attribute')) {
      gate(node, () => [styleBlocked(node, service)])
      continue
    }
    if (node.tagName === 'script' && service.embed) gateScript(node, service, () => [embedPlaceholder(node, service, context, embedLink(node, parents))])
    else if (node.tagName === 'script') gateScript(node, service, () => [blockedScript(node, service)])
    else if (node.tagName === 'iframe' || node.tagName === 'frame') gate(node, () => [embedPlaceholder(node, service, context, source.url)])
    else if (node.tagName === 'img' && isPixelLike(node)) gate(node, () => [pixelTemplate(node, service)])
    else if (['img', 'source', 'track', 'video', 'audio', 'picture', 'object', 'embed', 'input'].includes(node.tagName)) {
      const target = gateTarget(node, parents)
      const href = target.tagName === 'a' ? attribute(target, 'href') : undefined
      gate(target, () => [embedPlaceholder(target, service, context, href ?? source.url)])
    } else gate(node, () => [pixelTemplate(node, service)])
  }

  for (const { node, service } of pings) gate(node, () => [pingHeld(node, service)])

  // A frame whose document is in the page loads what that document names, with the page's consent.
  for (const frame of frameDocuments) {
    const nested = planBlocking(fromHtml(frame.html), context)
    absorb(nested.facts)
    for (const entry of nested.facts.unknownThirdParties) problems.push({ ...entry, tag: frame.node.tagName, ...place(frame.node), via: `${frame.via}: ${entry.via ?? entry.tag}` })
    const service = nested.edits.length > 0 ? servicesById(context.customServices, nested.facts.services).find((entry) => entry.needsConsent) : undefined
    const undeclared = nested.facts.unknownThirdParties.find((entry) => entry.host !== '')
    if (service) gate(frame.node, () => [embedPlaceholder(frame.node, service, context)])
    else if (undeclared) gate(frame.node, () => [pixelTemplate(frame.node, undeclaredHost(undeclared.host))])
  }

  const unclaimed: Element[] = []
  for (const script of scripts) {
    const { node, text, urls } = script
    const byText = findServiceByScriptText(text, context.customServices)
    let gateWith: Service | undefined = byText?.needsConsent ? byText : undefined
    if (byText) found.add(byText.id)
    if (byText?.needsConsent && context.consentOff && urls.length === 0) report(node, byText.scriptHosts[0] ?? '', 'script text', 'consent-off-third-party', byText)
    let unknown = false
    for (const url of urls) {
      const result = classify(node, url, 'script', 'script text')
      // A script that also reaches an undeclared host stays inert: releasing it with a service would
      // contact that host too.
      if (result === 'unknown' && !unknown) gateWith = undeclaredHost(thirdPartyUrl(url, context.siteHost)?.hostname ?? '')
      else if (typeof result === 'object' && !gateWith) gateWith = result
      if (result === 'unknown') unknown = true
    }
    if (byText && !byText.needsConsent) scriptOwners.set(node, 'free')
    if (gateWith) {
      const service = gateWith
      gateScript(node, service, () => [service.embed && node.tagName === 'script' ? embedPlaceholder(node, service, context, embedLink(node, parents)) : inertScript(node, service)])
    } else if (context.content && !context.allowContentScripts && !unknown && !byText && hasCode(text)) {
      if (script.loadsDynamically) report(node, '', 'inline script', 'content-inline-script')
      else unclaimed.push(node)
    }
  }
  // A vendor's snippet is its loader plus a call of its API (`paypal.Buttons().render(…)`,
  // `Tally.loadEmbeds()`, `plausible.init()`), which names no host: pasted beside the loader, the call
  // is the loader's — gated with it, or running with a consent-free one. Anything else is refused.
  for (const node of unclaimed) {
    const owner = loaderBeside(node, parents, scriptOwners)
    if (owner === undefined) report(node, '', 'inline script', 'content-inline-script')
    else if (owner !== 'free') gateScript(node, owner, () => [inertScript(node, owner)])
  }

  if (context.content) {
    for (const source of eventHandlers(tree)) report(source.node, '', source.name, 'content-event-handler')
  }

  for (const node of noscripts) {
    const { root: inner, relative } = noscriptContent(node)
    const nested = planBlocking(inner, { ...context, content: false })
    absorb(nested.facts)
    const offset = place(node)
    for (const entry of nested.facts.unknownThirdParties) {
      problems.push(relative ? { ...entry, line: offset.line + Math.max(0, entry.line - 1), column: entry.line > 1 ? entry.column : offset.column } : entry)
    }
    // Without JavaScript no consent can be given, so a gated service's fallback never loads.
    if (nested.edits.length > 0) edits.set(node, { node, replacement: [] })
  }

  const sortedOrigins = Object.fromEntries([...origins.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([directive, values]) => [directive, [...values].sort()]))
  return {
    edits: [...edits.values()],
    facts: { services: [...found].sort(), unknownThirdParties: problems, allowedHosts: [...allowedHosts].sort(), origins: sortedOrigins },
  }
}

// Script that waits: a <script> as a data block, a javascript: frame in a template.
function inertScript(node: Element, service: Service): Element {
  return node.tagName === 'script' ? blockedScript(node, service) : pixelTemplate(node, service)
}

// The registry (and the site's own) services with these ids, custom ones first.
function servicesById(customServices: readonly Service[], ids: readonly string[]): Service[] {
  return ids.flatMap((id) => [...customServices, ...services].find((entry) => entry.id === id) ?? [])
}

// The content an embed script renders sits right before it (X's blockquote, Pinterest's link): its
// first link is what a visitor without JavaScript can open.
function embedLink(node: Element, parents: ReadonlyMap<Element, Element | Root>): string | undefined {
  const parent = parents.get(node)
  if (!parent) return undefined
  const index = parent.children.indexOf(node)
  for (let i = index - 1; i >= 0; i--) {
    const sibling = parent.children[i]
    if (!sibling || sibling.type === 'comment' || (sibling.type === 'text' && sibling.value.trim() === '')) continue
    if (sibling.type !== 'element') return undefined
    const links: string[] = []
    const walk = (element: Element) => {
      const href = element.tagName === 'a' ? attribute(element, 'href') : attribute(element, 'dataHref') ?? attribute(element, 'cite') ?? attribute(element, 'dataInstgrmPermalink')
      if (href && /^https?:\/\//i.test(href)) links.push(href)
      for (const child of element.children) if (child.type === 'element') walk(child)
    }
    walk(sibling)
    return links.find((href) => href.includes('/status/') || href.includes('/p/') || href.includes('/video/') || href.includes('/pin/')) ?? links.at(-1)
  }
  return undefined
}

const urlProperties = ['src', 'href', 'dataSrc', 'poster', 'data', 'srcSet', 'action']

/**
 * A protocol-relative URL (`//assets.pinterest.com/…`) of a gated element is written as https: on an
 * http page it would load over http, which neither the CSP (https sources) nor the visitor want.
 */
export function httpsOnly<T extends ElementContent>(content: T): T {
  if (content.type !== 'element') return content
  const properties = { ...content.properties }
  for (const name of urlProperties) {
    const value = properties[name]
    if (typeof value === 'string') properties[name] = value.replace(/(^|,\s*)\/\/(?=[a-z0-9])/gi, '$1https://')
  }
  const element: Element = { ...content, properties, children: content.children.map(httpsOnly) }
  if (content.content) element.content = { ...content.content, children: content.content.children.map((child) => (child.type === 'element' ? httpsOnly(child) : child)) }
  return element as T
}

/** Event-handler attributes (`onerror=`, `onload=`…) of every element outside templates. */
export function eventHandlers(tree: Root): Array<{ node: Element; name: string }> {
  const found: Array<{ node: Element; name: string }> = []
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      for (const name of Object.keys(child.properties)) if (/^on[a-z]/i.test(name) && name.length > 2) found.push({ node: child, name: name.toLowerCase() })
      walk(child)
    }
  }
  walk(tree)
  return found
}

// parse5 (with scripting on) keeps <noscript> content as text; parse it to see what it loads.
// Positions of parsed text are relative to the noscript's start.
function noscriptContent(node: Element): { root: Root; relative: boolean } {
  const isText = node.children.every((child) => child.type === 'text')
  if (!isText) return { root: { type: 'root', children: node.children }, relative: false }
  return { root: fromHtml(toString(node), { fragment: true }), relative: true }
}

/**
 * Whether an inline script has anything to run: one made only of comments (etracker's parameter block
 * `// var et_pagename = "";`) does nothing. Removing comments naively can only shorten real code, never
 * empty it, so nothing executable is taken for a comment.
 */
export function hasCode(text: string): boolean {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(\/\/|<!--|-->).*$/gm, '').trim() !== ''
}
