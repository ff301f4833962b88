import { expect, test } from 'vitest'
import { Reporter } from '../report-rules.js'
import { htmlToMarkdown } from './html-to-markdown.js'

const convert = (html: string) => htmlToMarkdown(html, { file: 'page.html', reporter: new Reporter(), cloakedLinks: new Map() })

test('a table with one line per cell becomes a GFM table; one with lists in its cells stays HTML', () => {
  expect(convert('<table><tr><th>Licence</th><th>Use</th></tr><tr><td>MIT</td><td>yes</td></tr></table>')).toBe('| Licence | Use |\n| ------- | --- |\n| MIT     | yes |')
  const html = '<table><tr><th>Permissions</th></tr><tr><td><ul><li>Commercial use</li><li>Distribution</li></ul></td></tr></table>'
  expect(convert(html)).toBe('<table><tbody><tr><th>Permissions</th></tr><tr><td><ul><li>Commercial use</li><li>Distribution</li></ul></td></tr></tbody></table>')
})
