import type { Definition, Image, ImageReference, Link, LinkReference, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

/** Where a URL was found. */
export type UrlPlace = 'link' | 'image' | 'html-href' | 'html-src'

/** Returns the new URL, or undefined to keep the old one. */
export type RewriteUrl = (url: string, place: UrlPlace, line: number | undefined) => string | undefined

/** What a `RewriteUrl` returns to turn a Markdown link into its text (the target is gone). */
export const unlinkMarker = '\u0000unlink'

/**
 * What a `RewriteUrl` returns, followed by a label, to turn a Markdown image into a link to the
 * image with that label (nothing loads until a visitor clicks); inside a link, into the label.
 * `{alt}` in the label becomes `: <the image's alt text>` (or nothing).
 */
export const imageToLinkMarker = '\u0000link:'

/** Returns new text for one raw HTML node of the Markdown, or undefined to keep it. */
export type RewriteHtml = (html: string, line: number | undefined) => string | undefined

/** An HTML element left in the Markdown as raw HTML. */
export interface RawHtmlElement {
  tagName: string
  line: number | undefined
  text: string
}

// No GFM: links inside tables parse the same, and autolink literals have no destination to rewrite.
const parser = unified().use(remarkParse)
const attributePattern = /\b(href|src)\s*=\s*("([^"]*)"|'([^']*)')/gi
const openingTagPattern = /<([a-z][a-z0-9-]*)\b[^>]*>/gi
// Inline HTML Markdown writers use for formatting; not worth a report line.
const formattingTags = new Set(['a', 'abbr', 'b', 'br', 'code', 'del', 'em', 'i', 'kbd', 'mark', 'small', 'span', 'strong', 'sub', 'sup', 'u'])

/**
 * Rewrites the URLs of Markdown links, images, definitions and HTML `href`/`src` attributes in
 * place, leaving every other byte of the source as it was, and lists raw HTML elements.
 */
export function rewriteMarkdownUrls(markdown: string, rewrite: RewriteUrl, rewriteHtml?: RewriteHtml): { markdown: string; rawHtml: RawHtmlElement[] } {
  const tree = parser.parse(markdown) as Root
  const edits: Array<{ start: number; end: number; text: string }> = []
  const rawHtml: RawHtmlElement[] = []
  // `![alt][ref]` loads what its definition names: the first definition of an identifier wins, as in CommonMark.
  const definitions = new Map<string, string>()
  const unlinked = new Set<string>()
  visit(tree, 'definition', (node: Definition) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url)
  })
  visit(tree, (node, _index, parent) => {
    if (node.type === 'imageReference') {
      const reference = node as ImageReference
      const url = definitions.get(reference.identifier)
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      const replacement = url === undefined ? undefined : rewrite(url, 'image', node.position?.start.line)
      if (start === undefined || end === undefined || !replacement?.startsWith(imageToLinkMarker)) return
      // A link to the file through the same definition (`[label][ref]`); inside a link, the label alone.
      const label = imageLinkLabel(replacement, reference.alt)
      edits.push({ start, end, text: parent?.type === 'link' || parent?.type === 'linkReference' ? label : `[${label}][${reference.label ?? reference.identifier}]` })
      return
    }
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition' && node.type !== 'html') return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const line = node.position?.start.line
    const source = markdown.slice(start, end)
    if (node.type === 'html') {
      const html = rewriteHtml?.(source, line) ?? source
      if (html === source) edits.push(...htmlEdits(source, start, line, rewrite))
      else {
        let edited = html
        for (const edit of htmlEdits(html, 0, line, rewrite).sort((a, b) => b.start - a.start)) edited = edited.slice(0, edit.start) + edit.text + edited.slice(edit.end)
        edits.push({ start, end, text: edited })
      }
      for (const match of html.matchAll(openingTagPattern)) {
        const tagName = (match[1] ?? '').toLowerCase()
        if (!formattingTags.has(tagName)) rawHtml.push({ tagName, line, text: (match[0] ?? '').slice(0, 160) })
      }
      return
    }
    const edit = destinationEdit(node as Link | Image | Definition, source, start)
    if (!edit) return
    const replacement = rewrite(edit.url, node.type === 'image' ? 'image' : 'link', line)
    if (replacement?.startsWith(imageToLinkMarker) && node.type === 'image') {
      const label = imageLinkLabel(replacement, (node as Image).alt)
      edits.push({ start, end, text: parent?.type === 'link' ? label : `[${label}](${formatDestination(edit.url.startsWith('//') ? `https:${edit.url}` : edit.url)})` })
      return
    }
    if (replacement === unlinkMarker) {
      const textEnd = source.lastIndexOf('](')
      if (node.type === 'link' && source.startsWith('[') && textEnd > 0) edits.push({ start, end, text: source.slice(1, textEnd) })
      if (node.type === 'image') edits.push({ start, end, text: (node as Image).alt ?? '' })
      if (node.type === 'definition') {
        unlinked.add((node as Definition).identifier)
        edits.push({ start, end, text: '' })
      }
      return
    }
    if (replacement !== undefined && replacement !== edit.url) edits.push({ start: edit.start, end: edit.end, text: formatDestination(replacement) })
  })
  // `[text][ref]` whose definition leads nowhere now: its text, like an inline link; `![alt][ref]` its alt.
  visit(tree, 'imageReference', (node: ImageReference) => {
    if (unlinked.has(node.identifier) && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) edits.push({ start: node.position.start.offset, end: node.position.end.offset, text: node.alt ?? '' })
  })
  visit(tree, 'linkReference', (node: LinkReference) => {
    const first = node.children[0]?.position?.start.offset
    const last = node.children.at(-1)?.position?.end.offset
    if (!unlinked.has(node.identifier) || node.position?.start.offset === undefined || node.position.end.offset === undefined) return
    edits.push({ start: node.position.start.offset, end: node.position.end.offset, text: first === undefined || last === undefined ? '' : markdown.slice(first, last) })
  })
  edits.sort((a, b) => b.start - a.start)
  let result = markdown
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return { markdown: result, rawHtml }
}

/** The label of the link that replaces an image: the marker's text with `{alt}` filled, Markdown-escaped. */
function imageLinkLabel(replacement: string, alt: string | null | undefined): string {
  const text = alt?.trim()
  return replacement
    .slice(imageToLinkMarker.length)
    .replace('{alt}', text ? `: ${text}` : '')
    .replace(/[[\]\\]/g, (c) => `\\${c}`)
}

// Finds the destination text of `[text](url "title")`, `![alt](url)` or `[id]: url` in the source.
function destinationEdit(node: Link | Image | Definition, source: string, offset: number): { start: number; end: number; url: string } | undefined {
  let index: number
  let rest: string
  if (node.type === 'definition') {
    const match = /^\s*\[[^\]]*\]:\s*/.exec(source)
    if (!match) return undefined
    index = match[0].length
    rest = source.slice(index)
  } else {
    if (!source.endsWith(')')) return undefined
    const open = source.lastIndexOf('](')
    if (open === -1) return undefined
    index = open + 2
    rest = source.slice(index, -1)
  }
  const leading = /^\s*/.exec(rest)?.[0].length ?? 0
  const body = rest.slice(leading)
  const destination = body.startsWith('<') ? body.slice(0, body.indexOf('>') + 1) : (/^\S+/.exec(body)?.[0] ?? '')
  if (destination === '') return undefined
  const url = destination.startsWith('<') ? destination.slice(1, -1) : destination
  const start = offset + index + leading
  return { start, end: start + destination.length, url }
}

function formatDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/>/g, '%3E')}>` : url
}

// `srcset="a.jpg 1x, b.jpg 2x"`: each candidate's URL is rewritten like a `src`.
const srcsetPattern = /\bsrcset\s*=\s*("([^"]*)"|'([^']*)')/gi

function htmlEdits(source: string, offset: number, line: number | undefined, rewrite: RewriteUrl) {
  const edits: Array<{ start: number; end: number; text: string }> = []
  for (const match of source.matchAll(srcsetPattern)) {
    const value = match[2] ?? match[3] ?? ''
    let changed = false
    const rewritten = value.replace(/(^|,)(\s*)(\S+)/g, (whole, comma: string, space: string, url: string) => {
      const replacement = rewrite(url, 'html-src', line)
      if (replacement === undefined || replacement === url || replacement.startsWith('\u0000')) return whole
      changed = true
      return `${comma}${space}${replacement.replace(/"/g, '%22').replace(/'/g, '%27').replace(/,/g, '%2C').replace(/\s/g, '%20')}`
    })
    if (!changed) continue
    const valueStart = offset + (match.index ?? 0) + (match[0] ?? '').indexOf(match[1] ?? '') + 1
    edits.push({ start: valueStart, end: valueStart + value.length, text: rewritten })
  }
  for (const match of source.matchAll(attributePattern)) {
    const value = match[3] ?? match[4] ?? ''
    const place: UrlPlace = (match[1] ?? '').toLowerCase() === 'href' ? 'html-href' : 'html-src'
    const replacement = rewrite(value, place, line)
    if (replacement === undefined || replacement === value || replacement === unlinkMarker) continue
    const valueStart = offset + (match.index ?? 0) + (match[0] ?? '').indexOf(match[2] ?? '') + 1
    edits.push({ start: valueStart, end: valueStart + value.length, text: replacement.replace(/"/g, '%22').replace(/'/g, '%27') })
  }
  return edits
}
