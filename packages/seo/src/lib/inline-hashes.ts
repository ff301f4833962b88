import { createHash } from 'node:crypto'
import { parseDocumentTree } from '@nichepress/core'
import type { Element, Root, RootContent } from 'hast'

/** CSP hash sources for everything inline a set of documents runs or styles. */
export interface InlineHashes {
  /** `'sha256-…'` of inline scripts, including consent-gated `type="text/plain"` ones. */
  scripts: string[]
  /** `'sha256-…'` of `<style>` elements. */
  styles: string[]
  /** Hashes of `on…=` handler attributes (they need `'unsafe-hashes'`). */
  scriptAttributes: string[]
  /** Hashes of `style=` attributes (they need `'unsafe-hashes'`). */
  styleAttributes: string[]
}

const executableTypes = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript', 'application/ecmascript'])

/**
 * Scans finished HTML documents for inline code a CSP must allow (each parsed as a browser with
 * JavaScript on does; see `inlineHashesOf`). Results are sorted and without duplicates.
 */
export function collectInlineHashes(documents: Iterable<string>): InlineHashes {
  return mergeInlineHashes([...documents].map((html) => inlineHashesOf(parseDocumentTree(html, { positions: false }))))
}

/**
 * The inline code of one document's tree a CSP must allow, as the browser hashes it: the text of
 * each inline script and `<style>`, and the decoded values of `style=` and `on…=` attributes.
 * Scripts with `src` are covered by host sources; data blocks (`application/ld+json`,
 * `application/json`) never run and need no hash. A `type="text/plain"` script with
 * `data-consent-service` is hashed: the consent runtime runs its text after consent. `<template>`
 * content is included (the consent runtime clones it); `<noscript>` content is not (it is never
 * parsed while scripts run).
 */
export function inlineHashesOf(tree: Root): InlineHashes {
  const found = { scripts: new Set<string>(), styles: new Set<string>(), scriptAttributes: new Set<string>(), styleAttributes: new Set<string>() }
  const walk = (children: readonly RootContent[]) => {
    for (const node of children) {
      if (node.type !== 'element') continue
      const { properties, tagName } = node
      if (tagName === 'script') {
        const text = textOf(node)
        const type = String(properties['type'] ?? '').trim().toLowerCase()
        if (properties['src'] === undefined && text !== '' && (executableTypes.has(type) || (type === 'text/plain' && properties['dataConsentService'] !== undefined))) found.scripts.add(hash(text))
      } else if (tagName === 'style') {
        const text = textOf(node)
        if (text !== '') found.styles.add(hash(text))
      }
      for (const [name, value] of Object.entries(properties)) {
        if (typeof value !== 'string' || value === '') continue
        if (name === 'style') found.styleAttributes.add(hash(value))
        else if (name.startsWith('on')) found.scriptAttributes.add(hash(value))
      }
      walk(node.children)
      if (node.content) walk(node.content.children)
    }
  }
  walk(tree.children)
  const sorted = (set: Set<string>) => [...set].sort()
  return { scripts: sorted(found.scripts), styles: sorted(found.styles), scriptAttributes: sorted(found.scriptAttributes), styleAttributes: sorted(found.styleAttributes) }
}

function textOf(node: Element): string {
  let text = ''
  for (const child of node.children) if (child.type === 'text') text += child.value
  return text
}

/** The union of several documents' inline hashes, sorted and without duplicates. */
export function mergeInlineHashes(parts: Iterable<InlineHashes>): InlineHashes {
  const found = { scripts: new Set<string>(), styles: new Set<string>(), scriptAttributes: new Set<string>(), styleAttributes: new Set<string>() }
  for (const part of parts) {
    for (const value of part.scripts) found.scripts.add(value)
    for (const value of part.styles) found.styles.add(value)
    for (const value of part.scriptAttributes) found.scriptAttributes.add(value)
    for (const value of part.styleAttributes) found.styleAttributes.add(value)
  }
  const sorted = (set: Set<string>) => [...set].sort()
  return { scripts: sorted(found.scripts), styles: sorted(found.styles), scriptAttributes: sorted(found.scriptAttributes), styleAttributes: sorted(found.styleAttributes) }
}

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}
