import type { Element, Root, RootContent } from 'hast'

// Test helpers that read a generated hast tree the way a visitor reads the page.

/** The text of a node, as a visitor reads it (raw nodes decoded from character references). */
export function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value
  if ((node as { type: string }).type === 'raw') return decodeReferences((node as unknown as { value: string }).value).replace(/<[^>]+>/g, '')
  if (node.type === 'element' || node.type === 'root') return node.children.map(textOf).join('')
  return ''
}

/** The element with `id`, or undefined. */
export function byId(tree: Root | Element, id: string): Element | undefined {
  for (const child of tree.children) {
    if (child.type !== 'element') continue
    if (child.properties.id === id) return child
    const found = byId(child, id)
    if (found) return found
  }
  return undefined
}

/** Ids of the top-level `<section>`s, in order. */
export function sectionIds(tree: Root): string[] {
  return tree.children.flatMap((child) => (child.type === 'element' && child.tagName === 'section' ? [String(child.properties.id)] : []))
}

/** Decodes numeric character references. */
export function decodeReferences(html: string): string {
  return html.replace(/&#x([0-9a-f]+);/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
}
