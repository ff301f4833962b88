import type { Element, Root } from 'hast'
import { VFile } from 'vfile'
import { expect, test } from 'vitest'
import type { NamedHooks } from '../render/render-document.js'
import { documentTree, parseDocumentTree } from './document-tree.js'
import { finishDocument } from './finish-document.js'

const html = '<!doctype html>\n<html lang="de"><head><title>T</title>\n<noscript><img src="https://px.example/p.gif"></noscript></head>\n<body><p>Hallo</p></body></html>\n'

function element(tree: Root | Element, tagName: string): Element | undefined {
  for (const child of tree.children) {
    if (child.type !== 'element') continue
    if (child.tagName === tagName) return child
    const found = element(child, tagName)
    if (found) return found
  }
  return undefined
}

test('a document is parsed as a browser with JavaScript on builds it, with positions', () => {
  const tree = parseDocumentTree(html)
  const head = element(tree, 'head')
  const noscript = head && element(head, 'noscript')
  // With scripting off the <img> would end <head> and move into <body>.
  expect(noscript?.children).toEqual([expect.objectContaining({ type: 'text', value: '<img src="https://px.example/p.gif">' })])
  expect(element(tree, 'p')?.position?.start).toEqual({ line: 4, column: 7, offset: html.indexOf('<p>') })
})

test('every plugin gets the same tree until one rewrites the document, then the tree of the new HTML', () => {
  const seen: Root[] = []
  const read = (name: string): NamedHooks => ({ name, document: (file) => void seen.push(documentTree(file)) })
  const rewrite: NamedHooks = { name: 'rewrite', document: (file) => void (file.value = String(file.value).replace('Hallo', 'Servus')) }
  const finished = finishDocument([read('a'), read('b'), rewrite, read('c'), read('d')], 'index.html', html, { kind: 'home', url: '/', layout: 'home', title: 'T', lang: 'de' })
  expect(finished.html).toContain('Servus')
  const [a, b, c, d] = seen
  expect(b).toBe(a)
  expect(c).not.toBe(a)
  expect(d).toBe(c)
  expect(JSON.stringify(a)).toContain('Hallo')
  expect(JSON.stringify(c)).toContain('Servus')
  // Assigning an equal string is no rewrite.
  const file = new VFile({ path: 'x.html', value: html })
  const first = documentTree(file)
  file.value = `${html}`
  expect(documentTree(file)).toBe(first)
})

test('a plugin that asks without positions gets the positioned tree once there is one, and a positioned one after a tree without', () => {
  const file = new VFile({ path: 'x.html', value: html })
  const quick = documentTree(file, { positions: false })
  expect(element(quick, 'p')?.position).toBeUndefined()
  expect(documentTree(file, { positions: false })).toBe(quick)
  const positioned = documentTree(file)
  expect(element(positioned, 'p')?.position?.start.offset).toBe(html.indexOf('<p>'))
  expect(documentTree(file, { positions: false })).toBe(positioned)
  expect(documentTree(file, { positions: true })).toBe(positioned)
})
