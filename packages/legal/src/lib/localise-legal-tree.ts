import type { Element, ElementContent, Root } from 'hast'
import type { Jurisdiction } from './jurisdictions.js'

/**
 * The country's written German: Swiss Standard German has no "ß" (it writes "ss": "gemäss",
 * "Strasse"), Austrian German names the first month "Jänner". Changes text nodes in place; the
 * e-mail link's raw node is left alone. English pages and German ones for Germany stay as they are.
 */
export function localiseLegalTree(tree: Root, jurisdiction: Jurisdiction, lang: 'de' | 'en'): Root {
  if (lang !== 'de') return tree
  if (!jurisdiction.hasSharpS) visit(tree.children, false, (value) => value.replace(/ß/g, 'ss'))
  if (jurisdiction.country === 'AT') visit(tree.children, false, (value, inTime) => (inTime ? value.replace(/\bJanuar\b/g, 'Jänner') : value))
  return tree
}

function visit(nodes: Array<ElementContent | Root['children'][number]>, inTime: boolean, change: (value: string, inTime: boolean) => string): void {
  for (const node of nodes) {
    if (node.type === 'text') node.value = change(node.value, inTime)
    else if (node.type === 'element') visit((node as Element).children, inTime || (node as Element).tagName === 'time', change)
  }
}
