import { parseDocumentTree } from '@nichepress/core'

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[]; content?: Node }

/**
 * The language a reader's assistive technology uses for each text of a document: the `lang` of the text's
 * nearest element that has one (the HTML language-of-parts rule, WCAG 2.2 SC 3.1.1 and 3.1.2).
 */
export function textLanguages(html: string): Array<{ text: string; lang: string | undefined; path: string[] }> {
  const found: Array<{ text: string; lang: string | undefined; path: string[] }> = []
  const walk = (node: Node, lang: string | undefined, path: string[]) => {
    if (node.type === 'text' && node.value && node.value.trim() !== '') found.push({ text: node.value, lang, path })
    const own = node.properties?.['lang']
    const inner = typeof own === 'string' ? own : lang
    const step = node.tagName ? [...path, node.tagName] : path
    for (const child of node.children ?? []) walk(child, inner, step)
    if (node.content) walk(node.content, inner, step)
  }
  walk(parseDocumentTree(html, { positions: false }) as unknown as Node, undefined, [])
  return found
}

/** The language of the (first) text that contains `snippet`; throws when no text does, so a missing text fails loudly. */
export function languageOf(html: string, snippet: string): string | undefined {
  const hit = textLanguages(html).find((entry) => entry.text.includes(snippet))
  if (!hit) throw new Error(`no text contains "${snippet}"`)
  return hit.lang
}

/** The language of each element with `className` (its own `lang` or the one it inherits), in document order. */
export function elementLanguages(html: string, className: string): Array<string | undefined> {
  const found: Array<string | undefined> = []
  const walk = (node: Node, lang: string | undefined) => {
    const own = node.properties?.['lang']
    const inner = typeof own === 'string' ? own : lang
    const classes = node.properties?.['className']
    if (Array.isArray(classes) && classes.includes(className)) found.push(inner)
    for (const child of node.children ?? []) walk(child, inner)
    if (node.content) walk(node.content, inner)
  }
  walk(parseDocumentTree(html, { positions: false }) as unknown as Node, undefined)
  return found
}
