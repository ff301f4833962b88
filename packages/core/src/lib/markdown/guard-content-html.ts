import type { Element, Root } from 'hast'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { parseDocumentTree } from '../pipeline/document-tree.js'
import { removeUnsafeHtml, type UnsafeHtml, type UnsafeHtmlOptions } from './unsafe-html.js'

declare module 'vfile' {
  interface DataMap {
    /** What `guardContentHtml` removed from the page's content, with its place. */
    unsafeHtml: UnsafeHtml[]
  }
}

const authoredElements = new WeakMap<VFile, Set<Element>>()

/**
 * rehype plugin, before the site's plugins: remembers the `<script>` elements the post itself wrote
 * (also inside `<template>`) and its elements with an `id` or `name` (DOM clobbering), so the guard
 * can tell them from the ones plugins make (consent's gated scripts) after the plugins ran.
 */
export function rememberAuthoredElements() {
  return (tree: Root, file: VFile) => {
    const elements = new Set<Element>()
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue
        if (child.tagName === 'script' || child.properties.id !== undefined || child.properties.name !== undefined) elements.add(child)
        visit(child)
        if (child.content) visit(child.content)
      }
    }
    visit(tree)
    authoredElements.set(file, elements)
  }
}

/**
 * rehype plugin, the last before the facts are collected: removes what would run script or take
 * over the page (see `removeUnsafeHtml`) and leaves it on `file.data.unsafeHtml` for core to report.
 */
export function guardContentHtml(options: UnsafeHtmlOptions) {
  return (tree: Root, file: VFile) => {
    file.data.unsafeHtml = removeUnsafeHtml(tree, options, bodyStart(file), authoredElements.get(file))
  }
}

const mutationFix =
  'Write the HTML so it reads the same when parsed again: no markup inside the text of <noscript>, <style>, <xmp>, <iframe>, <noembed> or <noframes>, and no SVG or MathML wrapped around HTML that closes it early.'

/**
 * The browser parses the page's HTML again, with its own rules for raw text (`<noscript>`, `<style>`)
 * and foreign content (SVG, MathML): markup that was text in our tree can become elements there
 * ("mutation XSS"). Parses `html` as the page will and, when more appears there than `reported`
 * (the scripts `removeUnsafeHtml` reported and left in place), drops the top-level blocks of `tree`
 * that make it and reports them; returns the HTML to publish.
 */
export function guardParsedAgain(tree: Root, html: string, toHtml: (tree: Root) => string, options: UnsafeHtmlOptions, file: VFile): { html: string; found: UnsafeHtml[] } {
  const reported = file.data.unsafeHtml ?? []
  if (unsafeOnceParsed(html, options).length <= reported.length) return { html, found: [] }
  const found: UnsafeHtml[] = []
  const start = bodyStart(file)
  for (let index = 0; index < tree.children.length; index++) {
    const child = tree.children[index]
    if (!child) continue
    const inside = reported.filter((finding) => isInside(finding, child.position)).length
    const again = unsafeOnceParsed(toHtml({ type: 'root', children: [child] }), options)
    if (again.length <= inside) continue
    const place = child.position ? { line: child.position.start.line, column: child.position.start.column } : start
    found.push({ ...place, what: `${again[0]?.what}, once the browser parses the HTML again`, fix: mutationFix })
    tree.children.splice(index--, 1)
  }
  const rest = toHtml(tree)
  if (found.length > 0 && unsafeOnceParsed(rest, options).length <= reported.length) return { html: rest, found }
  // Only the blocks together make it: nothing of the content is published.
  const first = unsafeOnceParsed(html, options)[0]
  return { html: '', found: [...found, { ...start, what: `${first?.what ?? 'unsafe markup'}, once the browser parses the HTML again`, fix: mutationFix }] }
}

function isInside(place: { line: number; column: number }, position: Position | undefined): boolean {
  if (!position) return false
  const { start, end } = position
  const after = place.line > start.line || (place.line === start.line && place.column >= start.column)
  const before = place.line < end.line || (place.line === end.line && place.column <= end.column)
  return after && before
}

function unsafeOnceParsed(html: string, options: UnsafeHtmlOptions): UnsafeHtml[] {
  // As in the page: the content sits in an element inside <body>.
  return removeUnsafeHtml(parseDocumentTree(`<!DOCTYPE html><html><head></head><body><div>${html}</div></body></html>`, { positions: false }), options, { line: 1, column: 1 })
}

// The renderer puts bodyLine - 1 newlines before the body, so positions are the file's own.
function bodyStart(file: VFile): { line: number; column: number } {
  const value = String(file.value)
  const leading = /^\n*/.exec(value)?.[0].length ?? 0
  return { line: leading + 1, column: 1 }
}
