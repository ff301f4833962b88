import type { Element, Root, RootContent } from 'hast'
import { parseDocumentTree } from '../pipeline/document-tree.js'
import { shadowedName } from './clobbering-names.js'
import { headOnlyElement } from './head-only-element.js'

/** Something in a page's content HTML that would run script or take over the page; removed and reported. */
export interface UnsafeHtml {
  /** 1-based line and column in the Markdown file (of the element, or of the nearest element with a place). */
  line: number
  column: number
  /** What was found, e.g. `the event handler onerror= on <img>`. */
  what: string
  /** What to do instead. */
  fix: string
  /**
   * For a post's script from another host that no plugin rewrote: its URL. It stands unless a plugin
   * lets that URL run (a `script-src` source of `site.contentSecurityPolicy`, as consent asks for
   * `consent.allow` hosts and consent-free services); see `thirdPartyScriptAllowed`.
   */
  scriptUrl?: string
}

/** What content may run: inline and first-party scripts only when the site's config allows content scripts. */
export interface UnsafeHtmlOptions {
  allowScripts: boolean
  /** The site's own host (config `url`): a script from it is first-party, one from another host a third party. */
  siteHost?: string | undefined
}

type Place = { line: number; column: number }
type Finding = { what: string; fix: string; scriptUrl?: string }
type Parent = Root | Element

// The HTML standard's JavaScript MIME types, plus the script types that act without being JavaScript
// (an import map redirects modules, speculation rules prefetch and prerender pages).
const scriptTypes = new Set([
  ...['application/ecmascript', 'application/javascript', 'application/x-ecmascript', 'application/x-javascript', 'text/ecmascript', 'text/javascript'],
  ...['text/javascript1.0', 'text/javascript1.1', 'text/javascript1.2', 'text/javascript1.3', 'text/javascript1.4', 'text/javascript1.5'],
  ...['text/jscript', 'text/livescript', 'text/x-ecmascript', 'text/x-javascript', 'module', 'importmap', 'speculationrules'],
])
const scriptSchemes = new Set(['javascript', 'vbscript', 'livescript'])
// Properties (hast names) that hold one URL, or a list of them (`srcSet`: comma-separated candidates, `ping`: spaces).
const urlProperties = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'background', 'data', 'codeBase', 'cite', 'longDesc', 'manifest', 'icon', 'lowsrc', 'dynsrc', 'archive', 'classId', 'profile']
const urlListProperties = ['srcSet', 'imageSrcSet', 'ping']
// Where a data: URL is only ever shown as an image, video or sound (never a document that runs script).
const mediaElements = new Set(['img', 'source', 'picture', 'video', 'audio', 'track', 'input'])
const animationElements = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor'])

const fixes = {
  thirdPartyScript: 'Remove the script. To run a vendor\'s script, turn the consent plugin on: it holds a known service\'s script until visitors agree, and `consent.allow` (kinds: ["script"]) lets a host you trust load without consent.',
  script: 'Remove the script, or move it into the theme. If every author of the site is trusted, the config can allow content scripts (`consent.allowContentScripts: true`).',
  handler: 'Remove the attribute; for behaviour, add a script to the theme that listens for the event.',
  url: 'Link to a web page (https://…), a path of this site, mailto: or tel:.',
  dataUrl: 'Put the file into static/ and link to its path; data: URLs are allowed only as images, video and sound.',
  base: 'Remove it; links in a post are relative to the post, and the site’s base URL is `url` in the config.',
  headMeta: 'Remove it; the head comes from the front matter (`description`, `image`, `noindex`) and the theme. For microdata, `<meta itemprop="…" content="…">` stays.',
  headLink: 'Remove it, or make it a link (`<a href>`) or a stylesheet (`<link rel="stylesheet">`); the head\'s links come from the theme.',
  meta: 'Remove it; a page that moves is an `aliases` entry of the post at its new address, headers are the host’s (_headers, vercel.json).',
  plugin: 'Remove it, or link to the file; the site’s Content-Security-Policy blocks plugins and embedded documents (object-src \'none\').',
  animation: 'Remove the animation; it sets a link target or an event handler, which can run script.',
  css: 'Remove that part of the style; modern browsers ignore it, old ones run it as script.',
  clobbering: 'Choose another id or name: ids starting with np- belong to nichepress and its plugins, and an id or name must not be a property of document or a global the page\'s scripts read (such as dataLayer).',
} as const

/**
 * Removes from a content tree (after every plugin ran) what would run script or take over the page
 * in a browser, and says what it removed and where: `on…=`
 * handlers, `javascript:`/`vbscript:` URLs (and `data:` outside media) in every URL attribute, as
 * a browser reads them (entities decoded, tabs and newlines dropped), `<base>`, `<meta http-equiv>`,
 * `<object>`/`<embed>`/`<applet>`, SVG animations of links or handlers, script in CSS, and the
 * same inside `<iframe srcdoc>` and `<template>`. Scripts (see `refusedScript`) are reported but
 * left in place for plugins to rewrite, unless `allowScripts`; one the post wrote from another host
 * than `siteHost` carries its `scriptUrl` (it stands unless a plugin allows that URL). `authored`: the script elements
 * the post itself wrote, before any plugin ran.
 */
export function removeUnsafeHtml(tree: Root, options: UnsafeHtmlOptions, start: Place, authored: ReadonlySet<Element> = new Set()): UnsafeHtml[] {
  const found: UnsafeHtml[] = []
  const context = { options, authored, report: (place: Place, finding: Finding) => void found.push({ ...place, ...finding }) }
  walk(tree, start, false, context)
  return found
}

type WalkContext = { options: UnsafeHtmlOptions; authored: ReadonlySet<Element>; report: (place: Place, finding: Finding) => void }

function walk(parent: Parent, inherited: Place, inTemplate: boolean, context: WalkContext): void {
  const { options, report } = context
  for (let index = 0; index < parent.children.length; index++) {
    const node = parent.children[index] as RootContent
    if (node.type !== 'element') continue
    const place = node.position ? { line: node.position.start.line, column: node.position.start.column } : inherited
    const refused = node.tagName === 'script' ? refusedScript(node, options, inTemplate, context.authored.has(node)) : refusedElement(node)
    if (refused) {
      report(place, refused)
      // A script stays where it is: plugins rewrite scripts (consent gates them), core only refuses.
      if (node.tagName !== 'script') parent.children.splice(index--, 1)
      continue
    }
    for (const finding of removeUnsafeAttributes(node, options)) report(place, finding)
    if (context.authored.has(node)) for (const finding of removeClobberingNames(node)) report(place, finding)
    walk(node, place, inTemplate, context)
    if (node.content) walk(node.content, place, true, context)
  }
}

/**
 * An executable first-party script outside templates; and of the scripts the post itself wrote
 * (`authored`, seen before any plugin ran): one inside a `<template>` (it runs when a script clones
 * the template) and one of a type that is not JSON data (`text/plain` waits for a runtime to run it,
 * as consent's does with the scripts it gates — a post must not forge that).
 */
function refusedScript(node: Element, options: UnsafeHtmlOptions, inTemplate: boolean, authored: boolean): Finding | undefined {
  if (options.allowScripts) return undefined
  if (isExecutable(node)) {
    if (inTemplate) return authored ? { what: 'an executable <script> inside a <template> (it runs when the template is cloned)', fix: fixes.script } : undefined
    const thirdParty = thirdPartySource(node, options.siteHost)
    if (thirdParty === undefined) return { what: 'an executable <script>', fix: fixes.script }
    // Consent turns a service's script into a gated one, or wraps an unknown host's into a template:
    // a post's script still executable here runs unless a plugin asked the CSP to allow its host.
    return authored ? { what: `an executable <script> from ${thirdParty.host} that no plugin of the site blocks or allows`, fix: fixes.thirdPartyScript, scriptUrl: thirdParty.url } : undefined
  }
  if (!authored || isDataBlock(node)) return undefined
  return { what: `a <script type="${String(node.properties.type ?? '')}"> (a script of the site may run it later)`, fix: fixes.script }
}

const dataBlockTypes = new Set(['application/ld+json', 'application/json'])

function isDataBlock(node: Element): boolean {
  const type = String(node.properties.type ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  return dataBlockTypes.has(type) || (node.properties.src === undefined && textOf(node).trim() === '')
}

function refusedElement(node: Element): Finding | undefined {
  const tag = node.tagName.toLowerCase()
  if (tag === 'base') return { what: 'a <base> element (it redirects every relative link of the page)', fix: fixes.base }
  if (tag === 'meta' && node.properties.httpEquiv !== undefined) return { what: `a <meta http-equiv="${String(node.properties.httpEquiv)}"> (a refresh moves visitors away, the others set headers)`, fix: fixes.meta }
  const headOnly = headOnlyElement(node)
  if (headOnly !== undefined) return { what: headOnly, fix: tag === 'meta' ? fixes.headMeta : fixes.headLink }
  if (tag === 'object' || tag === 'embed' || tag === 'applet') return { what: `an <${tag}> element`, fix: fixes.plugin }
  if (animationElements.has(tag)) {
    const target = String(node.properties.attributeName ?? '').trim().toLowerCase()
    if (/^on|^(?:xlink:)?href$/.test(target)) return { what: `an SVG <${node.tagName}> of ${target}`, fix: fixes.animation }
  }
  if (tag === 'style' && hasScriptInCss(textOf(node))) return { what: 'script in a <style> element (expression(), a javascript: URL or a binding)', fix: fixes.css }
  return undefined
}

function removeUnsafeAttributes(node: Element, options: UnsafeHtmlOptions): Finding[] {
  const found: Finding[] = []
  const remove = (name: string, finding: Finding) => {
    delete node.properties[name]
    found.push(finding)
  }
  for (const [name, value] of Object.entries(node.properties)) {
    if (/^on./i.test(name)) remove(name, { what: `the event handler ${name.toLowerCase()}= on <${node.tagName}>`, fix: fixes.handler })
    else if (name === 'style' && typeof value === 'string' && hasScriptInCss(value)) remove(name, { what: `script in the style= of <${node.tagName}>`, fix: fixes.css })
  }
  for (const name of [...urlProperties, ...urlListProperties]) {
    const value = node.properties[name]
    if (value === undefined || value === null) continue
    const urls = Array.isArray(value) ? value.map(String) : urlListProperties.includes(name) ? splitUrlList(String(value), name) : [String(value)]
    const scheme = urls.map((url) => refusedScheme(node.tagName, url)).find((candidate) => candidate !== undefined)
    if (scheme === undefined) continue
    remove(name, { what: `a ${scheme}: URL in ${attributeName(name)}= of <${node.tagName}>`, fix: scheme === 'data' ? fixes.dataUrl : fixes.url })
  }
  const srcdoc = node.properties.srcDoc
  if (typeof srcdoc === 'string') {
    const inner = removeUnsafeHtml(parseDocumentTree(srcdoc, { positions: false }), options, { line: 1, column: 1 })
    if (inner.length > 0) remove('srcDoc', { what: `${inner[0]?.what} in srcdoc= of <${node.tagName}>`, fix: inner[0]?.fix ?? fixes.script })
  }
  return found
}

function removeClobberingNames(node: Element): Finding[] {
  const found: Finding[] = []
  for (const name of ['id', 'name'] as const) {
    const value = node.properties[name]
    if (typeof value !== 'string') continue
    const trimmed = value.trim()
    const shadowed = shadowedName(node, name, trimmed)
    if (shadowed === undefined) continue
    delete node.properties[name]
    found.push({ what: `${name}="${trimmed}" on <${node.tagName}> (it would shadow ${shadowed} for the page's scripts)`, fix: fixes.clobbering })
  }
  return found
}

/** The scheme of `url` when it may not stand in an attribute of a `tag` element in content (it would run script), else undefined. */
export function refusedScheme(tag: string, url: string): string | undefined {
  const scheme = schemeOf(url)
  if (scheme === undefined) return undefined
  return scriptSchemes.has(scheme) || (scheme === 'data' && !mediaElements.has(tag.toLowerCase())) ? scheme : undefined
}

/** The scheme of a URL as a browser reads it (C0 controls and spaces around it, tabs and newlines anywhere, dropped), lower-case. */
export function schemeOf(url: string): string | undefined {
  // `(?<!…)`: a trailing run is tried from its first character only (else 100 KB of spaces took 50 s).
  const cleaned = url.replace(/^[\u0000-\u0020]+|(?<![\u0000-\u0020])[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '')
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase()
}

function splitUrlList(value: string, name: string): string[] {
  if (name === 'ping') return value.split(/\s+/)
  // srcset candidates: a URL, then an optional descriptor, separated by commas.
  return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
}

function attributeName(property: string): string {
  if (property === 'xLinkHref') return 'xlink:href'
  return property.toLowerCase()
}

// A script from another host: consent gates it or reports it as an unknown third party; when no
// plugin does (consent off), the CSP (script-src 'self') blocks it only where the host sends _headers.
function thirdPartySource(node: Element, siteHost: string | undefined): { url: string; host: string } | undefined {
  const source = node.properties.src ?? node.properties.href ?? node.properties.xLinkHref
  if (typeof source !== 'string') return undefined
  const scheme = schemeOf(source)
  const cleaned = source.trim()
  if (scheme !== 'http' && scheme !== 'https' && !cleaned.startsWith('//')) return undefined
  try {
    const url = new URL(cleaned, 'https://site.invalid/')
    return url.host === siteHost ? undefined : { url: url.href, host: url.host }
  } catch {
    return undefined
  }
}

function isExecutable(node: Element): boolean {
  const { type, language, src } = node.properties
  const declared = typeof type === 'string' && type.trim() !== '' ? type : typeof language === 'string' && language.trim() !== '' ? `text/${language}` : ''
  const essence = declared.split(';')[0]?.trim().toLowerCase() ?? ''
  if (essence !== '' && !scriptTypes.has(essence)) return false
  return src !== undefined || node.properties.href !== undefined || node.properties.xLinkHref !== undefined || textOf(node).trim() !== ''
}

/** True when CSS holds what old browsers run as script: `expression(`, a script URL, `-moz-binding`, `behavior:`. */
export function hasScriptInCss(css: string): boolean {
  const plain = css
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) || 0xfffd))
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, '')
    .toLowerCase()
  return /expression\(|(?:javascript|vbscript|livescript):|-moz-binding|(?:^|[;{])behavior:/.test(plain)
}

function textOf(node: Element): string {
  let text = ''
  for (const child of node.children) if (child.type === 'text') text += child.value
  return text
}
