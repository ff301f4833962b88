import { expect, test } from 'vitest'
import { readFrontMatter } from './read-front-matter.js'

test('YAML with CRLF, a byte-order mark and blank lines before it', () => {
  const split = readFrontMatter('\uFEFF\r\n\r\n---\r\ntitle: Hallo\r\ntags: [a, b]\r\n---\r\n\r\nText\r\n')
  expect(split).toEqual({ data: { title: 'Hallo', tags: ['a', 'b'] }, format: 'yaml', body: '\nText\n', bodyLine: 7 })
})

test('TOML and JSON front matter', () => {
  expect(readFrontMatter('+++\ntitle = "T"\ndraft = true\n+++\nBody').data).toEqual({ title: 'T', draft: true })
  const json = readFrontMatter('{\n  "title": "J {x}",\n  "tags": ["a"]\n}\n\nBody')
  expect(json.data).toEqual({ title: 'J {x}', tags: ['a'] })
  expect(json.body).toBe('\nBody')
})

test('a quoted title continued on an unindented line parses as Jekyll parsed it', () => {
  const split = readFrontMatter('---\ndate: 2015-11-10 10:00:56\ntitle: "OpenBudgets - fiscal \ntransparency in Europe"\n---\nBody')
  expect(split.data.title).toMatch(/^OpenBudgets - fiscal\s+transparency in Europe$/)
  expect(split.data.date).toBe('2015-11-10 10:00:56')
})

test('a file without front matter is all body', () => {
  expect(readFrontMatter('# Only text')).toEqual({ data: {}, format: 'none', body: '# Only text', bodyLine: 1 })
})
