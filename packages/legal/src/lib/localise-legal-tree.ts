import type { Element, ElementContent, Root } from 'hast'
import type { Jurisdiction } from './jurisdictions.js'

/**
 * The country's written German: Swiss Standard German has no "ß" (it writes "ss": "gemäss",
 * "Strasse"). Changes text nodes in place; the e-mail link's raw node is left alone. English pages
 * and German ones for Germany stay as they are. (Austria's "Jänner" comes from the page's language
 * tag, `de-AT`, through core's `formatDate`.)
 */
export function localiseLegalTree(tree: Root, jurisdiction: Jurisdiction, lang: 'de' | 'en'): Root {
  if (lang !== 'de') return tree
  if (!jurisdiction.hasSharpS) visit(tree.children, (value) => value.replace(/ß/g, 'ss'))
  return tree
}

function visit(nodes: Array<ElementContent | Root['children'][number]>, change: (value: string) => string): void {
  for (const node of nodes) {
    if (node.type === 'text') node.value = change(node.value)
    else if (node.type === 'element') visit((node as Element).children, change)
  }
}
