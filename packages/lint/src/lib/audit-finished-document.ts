import { parseDocumentTree, type DocumentTreeOptions } from '@nichepress/core'
import type { Element, Root, RootContent } from 'hast'
import { auditDocument, auditDocumentTree, placeOf, type AuditOptions, type DocumentAudit } from './audit-documents.js'
import type { FindingPlace } from './create-finding.js'

/**
 * Audits one finished document as `auditDocument` does, parsing as little as it can: the audit
 * runs on the tree without positions (`treeOf({ positions: false })`, core's `documentTree` in a
 * `document` hook), which is all a clean document needs but its title's place (kept for the
 * duplicate-title check). That place comes from a positioned parse of the document's beginning, up
 * to the first `</title`, when that provably finds the same element (see `titlePlace`). A document
 * with findings, or whose title is not found that way, is audited again on the positioned tree.
 * The result is the one `auditDocument` gives on the positioned tree.
 */
export function auditFinishedDocument(path: string, html: string, treeOf: (options: DocumentTreeOptions) => Root, options: AuditOptions = {}): DocumentAudit {
  const tree = treeOf({ positions: false })
  const quick = auditDocumentTree(path, tree, options)
  if (quick.messages.length === 0) {
    const { title } = quick
    if (!title) return { messages: quick.messages, title: undefined, ...quick.legal }
    const place = title.element.position ? placeOf(title.element) : titlePlace(html, tree, title.element)
    if (place) return { messages: quick.messages, title: { text: title.text, place }, ...quick.legal }
  }
  return auditDocument(path, treeOf({ positions: true }), options)
}

/**
 * Where `title` (the document's first <title> in tree order, from its tree without positions)
 * starts, from a positioned parse of the document up to the first `</title`; undefined when that
 * cannot tell. Exact because parse5 builds the tree as it reads: the prefix's tree holds every
 * element made from a start tag inside the prefix, made from the same tokens at the same places.
 * Inside <head> elements are only ever appended at the end and never moved, so <head>'s elements
 * stand in the order they were made. So when the whole document's first title lies in <head> and
 * the prefix's first title lies in <head> too, they are one element: any title in <head> made
 * before the cut is also in the whole tree, at or after the first one, and made after it.
 */
export function titlePlace(html: string, tree: Root, title: Element): FindingPlace | undefined {
  if (firstTitleIn(headOf(tree)) !== title) return undefined
  const end = html.search(/<\/title/i)
  if (end === -1) return undefined
  const prefix = parseDocumentTree(html.slice(0, end), { positions: true })
  const found = firstTitleIn(prefix)
  if (!found || found !== firstTitleIn(headOf(prefix)) || !found.position) return undefined
  return placeOf(found)
}

function headOf(tree: Root): Element | undefined {
  const html = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html')
  return html?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head')
}

// The first <title> in document order, <template> content included (after the template's children),
// as the audit's element list orders them.
function firstTitleIn(node: Root | Element | undefined): Element | undefined {
  if (!node) return undefined
  const walk = (children: readonly RootContent[]): Element | undefined => {
    for (const child of children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'title') return child
      const found = walk(child.children) ?? (child.content ? walk(child.content.children) : undefined)
      if (found) return found
    }
    return undefined
  }
  return walk(node.children)
}
