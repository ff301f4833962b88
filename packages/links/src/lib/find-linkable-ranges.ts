import { parseMarkdown } from '@nichepress/core'
import type { Nodes, Parent, Root } from 'mdast'

// Text inside these never gets a suggested link: headings, code, existing links, definitions.
const skippedTypes = new Set(['heading', 'code', 'inlineCode', 'link', 'linkReference', 'definition', 'image', 'imageReference', 'yaml', 'toml'])

// A paragraph that opens like an advertising disclosure is legal text, not a place for links.
const disclosurePattern = /^\W*(?:werbung|anzeige|transparenzhinweis|affiliate|hinweis\s*:|offenlegung|disclosure|advertis|sponsored|this (?:post|article|page) contains affiliate|dieser (?:beitrag|artikel) enth(?:ä|ae)lt)/i

// Raw HTML: the text between tags is the post's text (many imported posts are HTML from end to end),
// except inside these elements (links, code, headings, embeds, scripts).
const skippedElements = new Set(['a', 'script', 'style', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'iframe', 'template', 'textarea', 'noscript', 'svg', 'math', 'button', 'select', 'object', 'title', 'head'])
const tagPattern = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<\/?([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/g
const entityPattern = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/gi

/** Where a page may get a new link, as flat `[start, end, …]` body offsets in document order. */
export interface LinkableRanges {
  /** Every linkable text run: Markdown text and the text inside raw HTML. */
  ranges: number[]
  /** The runs of `ranges` that stand inside raw HTML (a link there is written as `<a href>`). */
  html: number[]
}

/**
 * Offsets into `markdown` of the text that may carry a new link, as flat `[start, end, start, end…]`
 * pairs in document order, and which of them are text inside raw HTML.
 */
export function findLinkableText(tree: Root, markdown: string): LinkableRanges {
  const ranges: number[] = []
  const html: number[] = []
  // Open skipped HTML elements across sibling inline nodes (`<a href="…">text</a>` in a paragraph).
  let skipDepth = 0
  const walk = (node: Nodes): void => {
    if (skippedTypes.has(node.type)) return
    if (node.type === 'paragraph' && isDisclosure(node, markdown)) return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'html') {
      if (start !== undefined && end !== undefined && !isHtmlDisclosure(markdown.slice(start, end))) skipDepth = htmlText(markdown, start, end, skipDepth, (from, to) => (ranges.push(from, to), html.push(from, to)))
      return
    }
    if (node.type === 'text') {
      if (skipDepth === 0 && start !== undefined && end !== undefined && end > start) ranges.push(start, end)
      return
    }
    if ('children' in node) {
      const outer = skipDepth
      skipDepth = 0
      for (const child of (node as Parent).children) walk(child as Nodes)
      skipDepth = outer
    }
  }
  walk(tree)
  return { ranges, html }
}

/** The linkable ranges alone; see `findLinkableText`. */
export function findLinkableRanges(tree: Root, markdown: string): number[] {
  return findLinkableText(tree, markdown).ranges
}

// Reports the text runs of raw HTML between `start` and `end` outside skipped elements, split at
// character references (`&amp;` is not a word); returns the skipped-element depth at the end.
function htmlText(markdown: string, start: number, end: number, depth: number, add: (from: number, to: number) => void): number {
  const source = markdown.slice(start, end)
  let textStart = 0
  const flush = (to: number) => {
    if (depth === 0 && to > textStart) {
      let from = textStart
      for (const entity of source.slice(textStart, to).matchAll(entityPattern)) {
        const at = textStart + (entity.index ?? 0)
        if (at > from && /\S/.test(source.slice(from, at))) add(start + from, start + at)
        from = at + entity[0].length
      }
      if (to > from && /\S/.test(source.slice(from, to))) add(start + from, start + to)
    }
  }
  for (const tag of source.matchAll(tagPattern)) {
    const at = tag.index ?? 0
    flush(at)
    textStart = at + tag[0].length
    const name = tag[1]?.toLowerCase()
    if (name === undefined || !skippedElements.has(name) || tag[0].endsWith('/>')) continue
    depth = tag[0].startsWith('</') ? Math.max(0, depth - 1) : depth + 1
  }
  flush(source.length)
  return depth
}

// A hand-written disclosure box (`<div class="hinweis">Werbung: …</div>`) is legal text too.
function isHtmlDisclosure(source: string): boolean {
  return disclosurePattern.test(source.replace(tagPattern, ' ').slice(0, 120))
}

function isDisclosure(node: Nodes, markdown: string): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start !== undefined && end !== undefined && disclosurePattern.test(markdown.slice(start, Math.min(end, start + 80)))
}

/** Parses a Markdown body (without front matter) and returns its linkable ranges; see `findLinkableText`. */
export function extractLinkableText(markdown: string): LinkableRanges {
  const tree = parseMarkdown(markdown)
  return findLinkableText(tree, markdown)
}

/** Parses a Markdown body (without front matter) and returns its linkable ranges. */
export function extractLinkableRanges(markdown: string): number[] {
  return extractLinkableText(markdown).ranges
}
