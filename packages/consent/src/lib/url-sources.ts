import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { visit, SKIP } from 'unist-util-visit'
import { frameDocument, importMapEntries, jsonUrls, mappedImports, type FrameDocument } from './embedded-urls.js'

export type { FrameDocument }

/** What a browser does with a URL, which is also the CSP directive that governs it. */
export type FetchKind = 'script' | 'frame' | 'image' | 'media' | 'style' | 'font' | 'connect' | 'object' | 'form' | 'navigate'

/** The CSP directive of each fetch kind (`form` and `navigate` have none a page can narrow usefully). */
export const directiveOf: Readonly<Record<FetchKind, string | undefined>> = {
  script: 'script-src',
  frame: 'frame-src',
  image: 'img-src',
  media: 'media-src',
  style: 'style-src',
  font: 'font-src',
  connect: 'connect-src',
  object: 'object-src',
  form: 'form-action',
  navigate: undefined,
}

/** One URL the document makes a browser contact (or, for `form`, names as a recipient). */
export interface UrlSource {
  /** The element that carries the URL. */
  node: Element
  /** The URL as written (absolute, protocol-relative or relative). */
  url: string
  kind: FetchKind
  /** Where it was found, for messages: `img[srcset]`, `style url()`, `script text`. */
  via: string
}

/** An executable inline script and what its text reveals. */
export interface InlineScript {
  node: Element
  text: string
  /** Static URLs in its text (string literals). */
  urls: string[]
  /** True when it builds requests at runtime (createElement('script'), new Image, fetch, sendBeacon…). */
  loadsDynamically: boolean
}

/** Script `type`s a browser executes (anything else is a data block). */
export const executableTypes = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript', 'application/ecmascript', 'text/jscript', 'application/x-javascript'])

// `rel` values that make the browser fetch the `href` (or connect to its origin) on its own.
const fetchingRels: ReadonlyArray<readonly [string, FetchKind]> = [
  ['stylesheet', 'style'],
  ['preconnect', 'connect'],
  ['dns-prefetch', 'connect'],
  ['preload', 'connect'],
  ['prefetch', 'connect'],
  ['modulepreload', 'script'],
  ['icon', 'image'],
  ['apple-touch-icon', 'image'],
  ['manifest', 'connect'],
  // Chromium fetches a prerender target (NoState Prefetch) and a dictionary; Firefox prefetches `next`.
  ['prerender', 'connect'],
  ['compression-dictionary', 'connect'],
  ['next', 'connect'],
]

const preloadAs: Readonly<Record<string, FetchKind>> = { script: 'script', style: 'style', font: 'font', image: 'image', fetch: 'connect', audio: 'media', video: 'media', track: 'media', document: 'frame' }

/** A string property of a hast element (class lists and numbers as text). */
export function attribute(node: Element, name: string): string | undefined {
  const value = node.properties[name]
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.join(' ')
  return undefined
}

/** The URLs of a `srcset` / `imagesrcset` value (the HTML parsing rules: a URL may contain commas). */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = []
  let position = 0
  while (position < value.length) {
    while (position < value.length && /[\s,]/.test(value[position] ?? '')) position++
    if (position >= value.length) break
    let end = position
    while (end < value.length && !/\s/.test(value[end] ?? '')) end++
    let url = value.slice(position, end)
    position = end
    if (/,+$/.test(url)) url = url.replace(/,+$/, '')
    else {
      // Skip the descriptors up to the next comma outside parentheses.
      let depth = 0
      while (position < value.length) {
        const char = value[position]
        if (char === '(') depth++
        else if (char === ')') depth = Math.max(0, depth - 1)
        else if (char === ',' && depth === 0) break
        position++
      }
    }
    if (url !== '') urls.push(url)
  }
  return urls
}

// CSS escapes (`\:` `\2f`) in a URL are read as the characters they stand for (CSS Syntax § 4.3.7).
function cssUnescape(text: string): string {
  return text.replace(/\\(?:([0-9a-f]{1,6})[ \t\n]?|([^\n0-9a-f]))/gi, (_match, hex: string | undefined, char: string | undefined) => (hex ? String.fromCodePoint(Number.parseInt(hex, 16) || 0xfffd) : (char ?? '')))
}

/** URLs a piece of CSS fetches: `url(…)`, `@import "…"`, `image-set("…")`, with the kind of each. */
export function cssUrls(css: string): Array<{ url: string; kind: FetchKind; via: string }> {
  const found: Array<{ url: string; kind: FetchKind; via: string }> = []
  const text = css.replace(/\/\*[\s\S]*?\*\//g, ' ')
  for (const match of text.matchAll(/@import\s+(?:url\(\s*)?(?:"([^"]*)"|'([^']*)'|([^"')\s;]+))/gi)) found.push({ url: match[1] ?? match[2] ?? match[3] ?? '', kind: 'style', via: '@import' })
  for (const match of text.matchAll(/url\(\s*(["']?)([^"')]*?)\1\s*\)/gi)) {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 200), match.index)
    if (/@import\s*$/i.test(before)) continue
    const isFont = /@font-face\s*\{[^}]*$/i.test(before)
    found.push({ url: match[2] ?? '', kind: isFont ? 'font' : 'image', via: isFont ? '@font-face url()' : 'url()' })
  }
  for (const match of text.matchAll(/image-set\(([^)]*(?:\([^)]*\)[^)]*)*)\)/gi)) {
    for (const inner of (match[1] ?? '').matchAll(/(?:^|,)\s*(["'])([^"']+)\1/g)) found.push({ url: inner[2] ?? '', kind: 'image', via: 'image-set()' })
  }
  return found.filter((entry) => entry.url !== '').map((entry) => ({ ...entry, url: cssUnescape(entry.url) }))
}

// Absolute or protocol-relative URLs in string literals of a script (also inside template literals).
const scriptUrl = /(?:https?:)?\/\/(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#][^\s"'`<>\\]*)?/gi
const dynamicLoad =
  /createElement\s*\(\s*(?:["'`](?:script|img|iframe|link)["'`]|[a-z_$][\w$]*\s*\))|new\s+Image\s*\(|\.sendBeacon\s*\(|\bfetch\s*\(|XMLHttpRequest|\bimport\s*\(|document\.write|\.src\s*=|importScripts|new\s+WebSocket|new\s+EventSource/

/** Static URLs in a script's text and whether it loads anything at runtime. */
export function scriptFacts(text: string): { urls: string[]; loadsDynamically: boolean } {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:"'`\\])\/\/(?![a-z0-9-]+\.[a-z]).*$/gim, '$1')
  const urls = [...new Set([...withoutComments.matchAll(scriptUrl)].map((match) => match[0]))]
  return { urls, loadsDynamically: dynamicLoad.test(withoutComments) }
}

/** The content of `<meta http-equiv=refresh content="5; url=…">`, or undefined. */
export function refreshUrl(content: string): string | undefined {
  const match = /^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(["']?)(.+?)\1\s*$/i.exec(content)
  return match?.[2] ? match[2] : undefined
}

/**
 * Every URL-bearing thing of a document or fragment: fetching attributes of every element, CSS in
 * `style` attributes and `<style>`, `meta refresh`, form actions, and executable inline scripts (with
 * the static URLs of their text). `<template>` content is skipped (it is inert until cloned);
 * `<noscript>` content is the caller's (see `noscriptContent`). Pure: reads the tree, changes nothing.
 */
export function collectUrlSources(tree: Root): { sources: UrlSource[]; scripts: InlineScript[]; noscripts: Element[]; frameDocuments: FrameDocument[] } {
  const sources: UrlSource[] = []
  const scripts: InlineScript[] = []
  const noscripts: Element[] = []
  const frameDocuments: FrameDocument[] = []
  const importMaps: Array<Array<[string, string]>> = []
  const add = (node: Element, url: string | undefined, kind: FetchKind, via: string) => {
    if (url !== undefined && url.trim() !== '') sources.push({ node, url: url.trim(), kind, via })
  }
  const inspect = (node: Element, _index: number | undefined, parent: Root | Element | undefined) => {
    const tag = node.tagName
    if (tag === 'noscript') {
      noscripts.push(node)
      return SKIP
    }
    // A declarative shadow root is parsed and rendered at once, unlike a plain <template>.
    if (tag === 'template' && node.content && isDeclarativeShadowRoot(node)) visit(node.content, 'element', inspect)
    const style = attribute(node, 'style')
    if (style) for (const entry of cssUrls(style)) add(node, entry.url, entry.kind, `style attribute ${entry.via}`)
    const background = attribute(node, 'background')
    if (background) add(node, background, 'image', `${tag}[background]`)
    // Hyperlink auditing: a click on the link also POSTs to every `ping` URL.
    if (tag === 'a' || tag === 'area') for (const url of (attribute(node, 'ping') ?? '').split(/\s+/)) add(node, url, 'connect', `${tag}[ping]`)
    switch (tag) {
      case 'script': {
        const type = (attribute(node, 'type') ?? '').trim().toLowerCase()
        if (type === 'speculationrules') for (const url of jsonUrls(toString(node))) add(node, url, 'connect', 'speculation rules')
        if (type === 'importmap') importMaps.push(importMapEntries(toString(node)))
        if (!executableTypes.has(type)) return SKIP
        // An SVG script names its file with `href` (or the older `xlink:href`).
        const src = attribute(node, 'src') ?? attribute(node, 'href') ?? attribute(node, 'xLinkHref')
        if (src !== undefined) add(node, src, 'script', 'script[src]')
        else {
          const text = toString(node)
          if (text.trim() !== '') scripts.push({ node, text, ...scriptFacts(text) })
        }
        return SKIP
      }
      case 'style':
        for (const entry of cssUrls(toString(node))) add(node, entry.url, entry.kind, `<style> ${entry.via}`)
        return SKIP
      case 'iframe':
      case 'frame': {
        const src = attribute(node, 'src') ?? ''
        const document = frameDocument(node, tag === 'iframe' ? attribute(node, 'srcDoc') : undefined, src)
        // A javascript: frame runs its URL as a script in the page's origin, without a click.
        const code = /^\s*javascript:/i.test(src) ? safeDecode(src.replace(/^\s*javascript:/i, '')) : undefined
        if (document) frameDocuments.push(document)
        else if (code !== undefined) scripts.push({ node, text: code, ...scriptFacts(code) })
        else add(node, src, 'frame', `${tag}[src]`)
        break
      }
      case 'base':
        // Every relative URL of the page would then load from the base's host.
        add(node, attribute(node, 'href'), 'connect', 'base[href]')
        break
      case 'img':
        add(node, attribute(node, 'src'), 'image', 'img[src]')
        for (const url of srcsetUrls(attribute(node, 'srcSet') ?? '')) add(node, url, 'image', 'img[srcset]')
        break
      case 'input':
        if ((attribute(node, 'type') ?? '').toLowerCase() === 'image') add(node, attribute(node, 'src'), 'image', 'input[src]')
        add(node, attribute(node, 'formAction'), 'form', 'input[formaction]')
        break
      case 'source': {
        const kind: FetchKind = parent && parent.type === 'element' && parent.tagName === 'picture' ? 'image' : 'media'
        add(node, attribute(node, 'src'), kind, 'source[src]')
        for (const url of srcsetUrls(attribute(node, 'srcSet') ?? '')) add(node, url, kind, 'source[srcset]')
        break
      }
      case 'video':
        add(node, attribute(node, 'src'), 'media', 'video[src]')
        add(node, attribute(node, 'poster'), 'image', 'video[poster]')
        break
      case 'audio':
      case 'track':
        add(node, attribute(node, 'src'), 'media', `${tag}[src]`)
        break
      case 'object':
        add(node, attribute(node, 'data'), 'object', 'object[data]')
        break
      case 'embed':
        add(node, attribute(node, 'src'), 'object', 'embed[src]')
        break
      case 'image':
      case 'use':
      case 'feImage':
        add(node, attribute(node, 'href') ?? attribute(node, 'xLinkHref'), 'image', `svg ${tag}[href]`)
        break
      case 'link': {
        const rels = (attribute(node, 'rel') ?? '').toLowerCase().split(/\s+/)
        for (const [rel, kind] of fetchingRels) {
          if (!rels.includes(rel)) continue
          const as = (attribute(node, 'as') ?? '').toLowerCase()
          add(node, attribute(node, 'href'), rel === 'preload' || rel === 'prefetch' ? (preloadAs[as] ?? kind) : kind, `link[rel=${rel}]`)
          for (const url of srcsetUrls(attribute(node, 'imageSrcSet') ?? '')) add(node, url, 'image', `link[rel=${rel}][imagesrcset]`)
          break
        }
        break
      }
      case 'meta':
        if ((attribute(node, 'httpEquiv') ?? '').toLowerCase() === 'refresh') add(node, refreshUrl(attribute(node, 'content') ?? ''), 'navigate', 'meta refresh')
        break
      case 'form':
        add(node, attribute(node, 'action'), 'form', 'form[action]')
        break
      case 'button':
        add(node, attribute(node, 'formAction'), 'form', 'button[formaction]')
        break
      default:
        break
    }
    return undefined
  }
  visit(tree, 'element', inspect)
  // A module that imports a bare name loads what the page's import map maps it to.
  const imports = importMaps.flat()
  if (imports.length > 0) for (const script of scripts) script.urls.push(...mappedImports(script.text, imports).filter((url) => !script.urls.includes(url)))
  return { sources, scripts, noscripts, frameDocuments }
}

// `shadowrootmode` (and Chromium's earlier `shadowroot`) make a <template> a declarative shadow root.
function isDeclarativeShadowRoot(node: Element): boolean {
  return ['shadowRootMode', 'shadowrootmode', 'shadowRoot', 'shadowroot'].some((name) => typeof node.properties[name] === 'string')
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
