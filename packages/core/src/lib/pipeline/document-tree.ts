import type { Root } from 'hast'
import { fromParse5 } from 'hast-util-from-parse5'
import { parse } from 'parse5'
import { VFile } from 'vfile'

/** How to parse a document. */
export interface DocumentTreeOptions {
  /**
   * Give every node that stands in the source its position (line, column, offset); default true.
   * `false` parses to the same tree without positions in about 60 % of the time and garbage: for
   * reading what a document holds (hashes, facts). Take the positioned tree only once you have
   * something to report or to splice by offset.
   */
  positions?: boolean
}

/**
 * Parses a whole HTML document the way a browser with JavaScript on builds it (parse5, the HTML
 * standard's tree construction, with scripting on): `<noscript>` content stays one text node,
 * `<template>` content is the element's `content`. With positions (the default) every node that
 * stands in the source has its position (line, column, offset); without, the tree is the same
 * except that no node has one.
 */
export function parseDocumentTree(html: string, options: DocumentTreeOptions = {}): Root {
  if (options.positions === false) return fromParse5(parse(html, { scriptingEnabled: true })) as Root
  const file = new VFile(html)
  return fromParse5(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: true }), { file }) as Root
}

const parsed = new WeakMap<VFile, { html: string; tree: Root; positions: boolean }>()

/**
 * The tree of a finished document (`file.value`), for a plugin's `document` hook: parsed at most
 * once per document however many plugins ask (a plugin that asks without positions gets the
 * positioned tree when one was parsed; one that asks with positions after a tree without them
 * makes one parse more), and parsed again only after a plugin rewrote `file.value`. Read it,
 * never change it: a change to the tree changes nothing in the document (assign a new
 * `file.value` to rewrite the document) and would mislead the plugins after you.
 */
export function documentTree(file: VFile, options: DocumentTreeOptions = {}): Root {
  const positions = options.positions !== false
  const html = String(file.value)
  const known = parsed.get(file)
  if (known && known.html === html && (known.positions || !positions)) return known.tree
  const tree = parseDocumentTree(html, { positions })
  parsed.set(file, { html, tree, positions })
  return tree
}
