import type { Root } from 'hast'
import { fromParse5 } from 'hast-util-from-parse5'
import { parse } from 'parse5'
import { VFile } from 'vfile'

/**
 * Parses a whole HTML document the way a browser with JavaScript on builds it (parse5, the HTML
 * standard's tree construction, with scripting on): `<noscript>` content stays one text node,
 * `<template>` content is the element's `content`. Every node that stands in the source has its
 * position (line, column, offset).
 */
export function parseDocumentTree(html: string): Root {
  const file = new VFile(html)
  return fromParse5(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: true }), { file }) as Root
}

const parsed = new WeakMap<VFile, { html: string; tree: Root }>()

/**
 * The tree of a finished document (`file.value`), for a plugin's `document` hook: parsed at most
 * once per document however many plugins ask, and parsed again only after a plugin rewrote
 * `file.value`. Read it, never change it: a change to the tree changes nothing in the document
 * (assign a new `file.value` to rewrite the document) and would mislead the plugins after you.
 */
export function documentTree(file: VFile): Root {
  const html = String(file.value)
  const known = parsed.get(file)
  if (known && known.html === html) return known.tree
  const tree = parseDocumentTree(html)
  parsed.set(file, { html, tree })
  return tree
}
