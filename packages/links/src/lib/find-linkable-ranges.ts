import { parseMarkdown } from '@nichepress/core'
import type { Nodes, Parent, Root } from 'mdast'

// Text inside these never gets a suggested link: headings, code, existing links and raw HTML
// (which is also where a hand-written disclosure box lives).
const skippedTypes = new Set(['heading', 'code', 'inlineCode', 'link', 'linkReference', 'html', 'definition', 'image', 'imageReference', 'yaml', 'toml'])

// A paragraph that opens like an advertising disclosure is legal text, not a place for links.
const disclosurePattern = /^\W*(?:werbung|anzeige|transparenzhinweis|affiliate|hinweis\s*:|offenlegung|disclosure|advertis|sponsored|this (?:post|article|page) contains affiliate|dieser (?:beitrag|artikel) enth(?:ä|ae)lt)/i

/**
 * Offsets into `markdown` of the text that may carry a new link, as flat `[start, end, start, end…]`
 * pairs in document order.
 */
export function findLinkableRanges(tree: Root, markdown: string): number[] {
  const ranges: number[] = []
  const walk = (node: Nodes): void => {
    if (skippedTypes.has(node.type)) return
    if (node.type === 'paragraph' && isDisclosure(node, markdown)) return
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined && end > start) ranges.push(start, end)
      return
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes)
  }
  walk(tree)
  return ranges
}

function isDisclosure(node: Nodes, markdown: string): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start !== undefined && end !== undefined && disclosurePattern.test(markdown.slice(start, Math.min(end, start + 80)))
}

/** Parses a Markdown body (without front matter) and returns its linkable ranges; see `findLinkableRanges`. */
export function extractLinkableRanges(markdown: string): number[] {
  const tree = parseMarkdown(markdown)
  return findLinkableRanges(tree, markdown)
}
