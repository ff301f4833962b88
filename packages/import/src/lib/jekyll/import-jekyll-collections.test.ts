import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { ImportResult } from '../import-result.js'
import { importJekyll } from './import-jekyll.js'

// A site built like choosealicense.com (github/choosealicense.com, our own text): licence texts
// are `.txt` documents of an output collection, `defaults` mark them, an appendix loops over the
// collection and a data file, and an overview page includes a card per licence with a parameter.
const source = mkdtempSync(join(tmpdir(), 'np-jekyll-collections-'))
afterAll(() => rmSync(source, { recursive: true, force: true }))

const files: Record<string, string> = {
  '_config.yml': 'title: Pick a licence\nurl: https://licences.example\ncollections:\n  licenses:\n    output: true\n    permalink: /licenses/:path/\ndefaults:\n  - scope:\n      path: ""\n      type: licenses\n    values:\n      hidden: true\n',
  '_data/rules.yml': 'permissions:\n  - tag: commercial-use\n    label: Commercial use\n  - tag: modifications\n    label: Modification\n',
  '_licenses/mit.txt': '---\ntitle: MIT License\nhidden: false\npermissions:\n  - commercial-use\n  - modifications\n---\n\nPermission is hereby granted, free of charge,\nto any person obtaining a copy.\n',
  '_licenses/unlicense.txt': '---\ntitle: The Unlicense\npermissions:\n  - commercial-use\n---\n\nThis is free and unencumbered software.\n',
  '_includes/licence-card.html': '{% assign id = "/licenses/" | append: include.license-id %}\n{% assign matches = site.licenses | where: "id", id %}\n{% for licence in matches %}\n<div class="card">\n  <h3><a href="{{ licence.url }}">{{ licence.title }}</a></h3>\n  {% if licence.hidden %}\n  <p>Not on the home page.</p>\n  {% endif %}\n</div>\n{% endfor %}\n',
  'licenses.html': '---\ntitle: Licences\npermalink: /licenses/\n---\n\n<p>Every licence we describe:</p>\n{% include licence-card.html license-id="unlicense" %}\n{% include licence-card.html license-id="mit" %}\n',
  'appendix.md': '---\ntitle: Appendix\npermalink: /appendix/\n---\n\n<table>\n{% assign rules = site.data.rules.permissions %}\n<tr><th>Licence</th>\n  {% for rule in rules %}\n  <th>{{ rule.label }}</th>\n  {% endfor %}\n</tr>\n{% for licence in site.licenses %}\n  <tr><th><a href="{{ licence.id }}/">{{ licence.title }}</a></th>\n    {% for rule in rules %}\n    <td>{% if licence.permissions contains rule.tag %}yes{% endif %}</td>\n    {% endfor %}\n  </tr>\n{% endfor %}\n</table>\n',
  'news.md': '---\ntitle: News\npermalink: /news/\n---\n\n{% for licence in site.licenses %}{{ licence.content | strip_html | truncatewords: 5 }}{% endfor %}\n',
}

let result: ImportResult
const contentsOf = (sourceFile: string) => result.files.find((file) => file.source === sourceFile)?.contents ?? ''

beforeAll(() => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(source, path)), { recursive: true })
    writeFileSync(join(source, path), text)
  }
  result = importJekyll(source)
})

test('a plain-text document of an output collection is a page with its text, its URL kept', () => {
  const mit = contentsOf('_licenses/mit.txt')
  expect(mit).toContain('```text\nPermission is hereby granted, free of charge,\nto any person obtaining a copy.\n```')
  expect(mit).toMatch(/^aliases:\n {2}- \/licenses\/mit\/$/m)
  expect(mit).not.toMatch(/^draft:/m)
})

test('a loop over a collection reads its documents: front matter, defaults, url and id, sorted by path', () => {
  const appendix = contentsOf('appendix.md')
  expect(appendix).not.toMatch(/\{[{%]|^draft:/m)
  // Lines that held only tags are gone: a blank line would end the HTML block in Markdown.
  expect(appendix).toContain('<table>\n<tr><th>Licence</th>\n  <th>Commercial use</th>\n  <th>Modification</th>\n</tr>\n')
  expect(appendix).toMatch(/<tr><th><a href="[^"]*mit[^"]*">MIT License<\/a><\/th>\n\s*<td>yes<\/td>\n\s*<td>yes<\/td>\n\s*<\/tr>/)
  expect(appendix).toMatch(/<a href="[^"]*unlicense[^"]*">The Unlicense<\/a><\/th>\n\s*<td>yes<\/td>\n\s*<td><\/td>/)
  expect(appendix.indexOf('MIT License')).toBeLessThan(appendix.indexOf('The Unlicense'))
})

test("an include's parameters are `include.…` to its Liquid; a default from _config.yml is the document's value", () => {
  const licences = contentsOf('licenses.html')
  expect(licences).not.toMatch(/\{[{%]|^draft:/m)
  expect(licences).toMatch(/### \[The Unlicense\]\([^)]*\)\n\nNot on the home page\.\n\n### \[MIT License\]/)
  expect(licences).not.toMatch(/MIT License[\s\S]*Not on the home page/)
})

test("a document's rendered content was only known to Jekyll: the page stays a draft, with the reason", () => {
  expect(contentsOf('news.md')).toMatch(/^draft: true$/m)
  expect(result.report.items.find((item) => item.ruleId === 'import-liquid-template' && item.file === 'news.md')?.message).toContain("_licenses/mit.txt's content was only known to Jekyll")
})
