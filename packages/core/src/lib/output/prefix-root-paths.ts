import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5'
import { withBasePath } from '../site/base-path.js'
import { cssRootPaths } from './css-root-paths.js'

type ParentNode = DefaultTreeAdapterMap['parentNode']
type Element = DefaultTreeAdapterMap['element']

/** Attributes whose value is one URL (HTML § URL-valued attributes; SVG's `xlink:href`). */
const urlAttributes = new Set(['href', 'src', 'poster', 'action', 'formaction', 'cite', 'manifest', 'xlink:href'])
/** Attributes holding a list of image candidates (`url 2x, url 640w`). */
const candidateListAttributes = new Set(['srcset', 'imagesrcset'])

/** A root path in inline CSS (`url(/a.png)` in a `style` attribute or element), left as written. */
export interface CssRootPath {
  url: string
  /** Offset of the URL in the document. */
  offset: number
}

/** The document with its base path, and the root paths in inline CSS it could not move. */
export interface PrefixedDocument {
  html: string
  cssRootPaths: CssRootPath[]
}

interface Edit {
  start: number
  end: number
  text: string
}

/**
 * Puts the base path in front of every root path (`/archiv/` → `/blog/archiv/`) a finished HTML
 * document's URL attributes hold: `href`, `src`, `srcset`, `poster`, `action`, `formaction`, `cite`,
 * `ping`, `object[data]`, `<meta http-equiv="refresh">`, also inside `<template>` and `<noscript>`.
 * Theme, content and plugins keep writing root paths (what authors write in Markdown means "this
 * site"); this one step, after every plugin's `document` hook, moves a site into its folder, as
 * Eleventy's HTML base plugin and Lume's base_path do. Only the rewritten attributes change; the rest
 * of the document keeps its bytes. Inline CSS and scripts are not touched (their CSP hashes are
 * taken before): root paths in inline CSS are returned, to be reported; a plugin that writes URLs
 * into script data adds the base itself (`withBasePath`).
 */
export function prefixRootPaths(html: string, basePath: string): PrefixedDocument {
  if (basePath === '') return { html, cssRootPaths: [] }
  const edits: Edit[] = []
  const cssRootPaths: CssRootPath[] = []
  collectEdits(html, parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: true }), 0, basePath, edits, cssRootPaths)
  if (edits.length === 0) return { html, cssRootPaths }
  edits.sort((a, b) => a.start - b.start)
  let result = ''
  let at = 0
  for (const edit of edits) {
    result += html.slice(at, edit.start) + edit.text
    at = edit.end
  }
  return { html: result + html.slice(at), cssRootPaths }
}

function collectEdits(source: string, parent: ParentNode, offset: number, basePath: string, edits: Edit[], css: CssRootPath[]): void {
  for (const node of parent.childNodes) {
    if (!('tagName' in node)) continue
    editAttributes(source, node, offset, basePath, edits)
    findCssRootPaths(source, node, offset, css)
    if (node.tagName === 'noscript') noscriptEdits(source, node, offset, basePath, edits, css)
    collectEdits(source, node, offset, basePath, edits, css)
    if (node.tagName === 'template' && 'content' in node) collectEdits(source, node.content as ParentNode, offset, basePath, edits, css)
  }
}

// Inline CSS keeps its bytes (its CSP hash is taken before): its root paths are only found.
function findCssRootPaths(source: string, element: Element, offset: number, css: CssRootPath[]): void {
  const spans: Array<{ start: number; end: number }> = []
  const style = element.sourceCodeLocation?.attrs?.['style']
  if (style) spans.push({ start: offset + style.startOffset, end: offset + style.endOffset })
  const text = element.tagName === 'style' ? element.childNodes[0]?.sourceCodeLocation : undefined
  if (text) spans.push({ start: offset + text.startOffset, end: offset + text.endOffset })
  for (const span of spans) {
    for (const found of cssRootPaths(source.slice(span.start, span.end))) css.push({ url: found.url, offset: span.start + found.index })
  }
}

// With scripting on (as browsers parse), <noscript> holds its markup as one text node: parse it as
// the browser without JavaScript would and rewrite it in place.
function noscriptEdits(source: string, element: Element, offset: number, basePath: string, edits: Edit[], css: CssRootPath[]): void {
  const text = element.childNodes[0]
  const location = text?.sourceCodeLocation
  if (text === undefined || !('value' in text) || location === undefined || location === null || element.childNodes.length !== 1) return
  const start = offset + location.startOffset
  const inner = source.slice(start, offset + location.endOffset)
  collectEdits(source, parseFragment(inner, { sourceCodeLocationInfo: true }), start, basePath, edits, css)
}

function editAttributes(source: string, element: Element, offset: number, basePath: string, edits: Edit[]): void {
  const locations = element.sourceCodeLocation?.attrs
  if (!locations) return
  for (const attribute of element.attrs) {
    const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name
    const value = rewrittenValue(element, name, attribute.value, basePath)
    const location = locations[name]
    if (value === attribute.value || location === undefined) continue
    const start = offset + location.startOffset
    const end = offset + location.endOffset
    const written = source.slice(start, end)
    const equals = written.indexOf('=')
    if (equals === -1) continue
    edits.push({ start, end, text: `${written.slice(0, equals)}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"` })
  }
}

function rewrittenValue(element: Element, name: string, value: string, basePath: string): string {
  if (urlAttributes.has(name) || (name === 'data' && element.tagName === 'object')) return withBasePath(value, basePath)
  if (candidateListAttributes.has(name)) return prefixCandidates(value, basePath)
  if (name === 'ping') return value.replace(/\S+/g, (url) => withBasePath(url, basePath))
  if (name === 'content' && element.tagName === 'meta' && element.attrs.some((other) => other.name === 'http-equiv' && other.value.trim().toLowerCase() === 'refresh')) {
    // "5; url=/neu/", "0;URL='/neu/'" (HTML § shared declarative refresh steps)
    return value.replace(/^(\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?["']?)(.*)$/is, (_match, lead: string, url: string) => `${lead}${withBasePath(url, basePath)}`)
  }
  return value
}

// HTML § parse a srcset attribute: a candidate's URL is the run of non-space characters after
// spaces and commas; its descriptors run to the next comma.
function prefixCandidates(list: string, basePath: string): string {
  let result = ''
  let index = 0
  while (index < list.length) {
    const lead = /^[\s,]*/.exec(list.slice(index))?.[0] ?? ''
    result += lead
    index += lead.length
    const url = /^\S*/.exec(list.slice(index))?.[0] ?? ''
    result += withBasePath(url, basePath)
    index += url.length
    const descriptors = /^[^,]*/.exec(list.slice(index))?.[0] ?? ''
    result += descriptors
    index += descriptors.length
    if (url === '' && descriptors === '' && lead === '') break
  }
  return result
}
