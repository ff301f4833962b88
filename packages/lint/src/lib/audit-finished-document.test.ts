// The build's audit reads the shared tree without positions and finds the title's place from a
// parse of the document's beginning; its result must be the one the audit gives on the positioned
// tree, wherever the title stands and whatever the document reports.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocumentTree, type DocumentTreeOptions } from '@nichepress/core'
import { expect, test } from 'vitest'
import { auditDocument } from './audit-documents.js'
import { auditFinishedDocument } from './audit-finished-document.js'

const fixtures = fileURLToPath(new URL('../../../../tests/lint/fixtures/audit/', import.meta.url))
const head = '<meta name="description" content="D"><link rel="canonical" href="https://example.com/p/">'
const page = (before: string, after = '') => `<!doctype html>\n<html lang="en">${before}${head}${after}<body><p>Text</p></body></html>\n`

// Where the title stands, and what could mislead a search for it.
const titles: Record<string, string> = {
  'plain head': page('<head><title>Plain</title>'),
  'implied head': `<!doctype html><html lang="en"><title>Implied</title>${head}<p>x`,
  'after </head>': '<!doctype html><html lang="en"><head><meta name="description" content="D"><link rel="canonical" href="https://example.com/"></head>\n<title>After head</title><body><p>x</p></body></html>',
  'in body': page('<head>', '</head><body><title>In body</title>'),
  'svg title in body only': page('<head>', '</head><body><svg><title>Icon</title></svg>'),
  '</title in a comment before the title': page('<head><!-- </title> --><title>Behind a comment</title>'),
  '</title in an attribute of the title': page('<head><title data-x="</title>">Attribute</title>'),
  '</titlex inside the title text': page('<head><title>a </titlex> b</title>'),
  'title in a head template': page('<head><template><title>Template</title></template><title>Second</title>'),
  'title after a script with </title in it': page('<head><script>var s = "</title>"</script><title>After script</title>'),
  'CRLF and CR lines': page('<head>\r\n<meta charset="utf-8">\r\r\n<title>Lines</title>\r\n'),
  'uppercase tags': page('<HEAD><TITLE>Upper</TITLE>'),
  'no title': page('<head>'),
  'empty title': page('<head><title>  </title>'),
  'two titles': page('<head><title>First</title><title>Second</title>'),
  'noindex': page('<head><meta name="robots" content="noindex"><title>Hidden</title>'),
}

function both(path: string, html: string) {
  const asked: boolean[] = []
  const treeOf = (options: DocumentTreeOptions) => {
    asked.push(options.positions !== false)
    return parseDocumentTree(html, options)
  }
  return { fast: auditFinishedDocument(path, html, treeOf, { siteUrl: 'https://example.com' }), full: auditDocument(path, parseDocumentTree(html), { siteUrl: 'https://example.com' }), asked }
}

test.each(Object.entries(titles))('the title placed as on the positioned tree: %s', (name, html) => {
  const { fast, full } = both(`${name}.html`, html)
  expect(fast).toEqual(full)
})

test('a clean document is audited without a positioned parse of the whole document', () => {
  const { fast, asked } = both('clean.html', titles['plain head'] ?? '')
  expect(fast.messages).toEqual([])
  expect(fast.title).toEqual({ text: 'Plain', place: { line: 2, column: 23 } })
  expect(asked).toEqual([false])
})

test('a document with findings is audited again on the positioned tree, with the same findings', () => {
  const names = readdirSync(fixtures).filter((name) => name.endsWith('.html'))
  expect(names.length).toBeGreaterThan(10)
  let withFindings = 0
  for (const name of names) {
    const html = readFileSync(join(fixtures, name), 'utf8')
    const { fast, full, asked } = both(name, html)
    expect(fast, name).toEqual(full)
    if (full.messages.length > 0) {
      withFindings++
      expect(asked, name).toEqual([false, true])
    }
  }
  expect(withFindings).toBeGreaterThan(5)
})
