import { describe, expect, test } from 'vitest'
import { frontMatterSchema } from '../content/front-matter-schema.js'
import { createMarkdownRenderer, type RenderInput } from './markdown-renderer.js'

const render = createMarkdownRenderer({ remarkPlugins: [], rehypePlugins: [] })

function input(body: string, bodyLine = 4): RenderInput {
  return { relativePath: 'content/posts/a/b.md', body, bodyLine, frontMatter: frontMatterSchema.parse({ title: 'T' }), url: '/b/', lang: 'de' }
}

describe('createMarkdownRenderer', () => {
  test('renders GFM tables and strikethrough', () => {
    const { html } = render(input('| a | b |\n| - | - |\n| 1 | 2 |\n\n~~weg~~'))
    expect(html).toContain('<table>')
    expect(html).toContain('<del>weg</del>')
  })

  test('keeps inline raw HTML', () => {
    expect(render(input('Text <mark>wichtig</mark>\n\n<div class="x">Block</div>')).html).toContain('<div class="x">Block</div>')
  })

  test('drops hrefs with protocols outside the allowlist', () => {
    const { html } = render(input('[klick](javascript:alert(1)) <a href="data:text/html,x">d</a> [ok](https://example.com) [mail](mailto:a@b.de)'))
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('data:text')
    expect(html).toContain('href="https://example.com"')
    expect(html).toContain('href="mailto:a@b.de"')
  })

  test('marks .md links for URL substitution, resolved relative to the file', () => {
    const { html, links } = render(input('[a](../x.md#teil) [b](./c.md)\n\n<a href="d.md">roh</a>'))
    expect(html).toContain('href="np-src:content/posts/x.md#teil"')
    expect(links.map((link) => [link.sourceTarget, link.line, link.column])).toEqual([
      ['content/posts/x.md', 4, 1],
      ['content/posts/a/c.md', 4, 19],
      ['content/posts/a/d.md', 6, 1],
    ])
  })

  test('records root-relative and relative links with file positions', () => {
    const { links } = render(input('Hallo\n\n[x](/y/) [z](../w/)', 10))
    expect(links).toEqual([
      { target: '/y/', line: 12, column: 1, text: 'x' },
      { target: '/w/', line: 12, column: 10, text: 'z' },
    ])
  })

  test('collects headings, first paragraph and word count', () => {
    const result = render(input('Erster Absatz hier.\n\n## Zwei Wörter\n\n### Drei\n\nMehr Text.'))
    expect(result.toc).toEqual([
      { depth: 2, id: 'zwei-wörter', text: 'Zwei Wörter' },
      { depth: 3, id: 'drei', text: 'Drei' },
    ])
    expect(result.excerpt).toBe('Erster Absatz hier.')
    expect(result.wordCount).toBe(8)
  })

  test('heading ids always start with a letter', () => {
    expect(render(input('## 1. Brennstoff\n\n## Zwei')).html).toContain('<h2 id="h-1-brennstoff">1. Brennstoff</h2>')
  })

  // ruby-lang.org's Turkish news: "İndir" lower-cases to "i" + U+0307, an id html-validate rejects.
  test('heading ids keep no combining mark, stay unique, and the table of contents follows them', () => {
    const result = render(input('## İndir\n\n## Indir\n\n## Café'))
    expect(result.html).toContain('<h2 id="indir-1">İndir</h2>')
    expect(result.html).toContain('<h2 id="indir">Indir</h2>')
    expect(result.html).toContain('<h2 id="café">Café</h2>')
    expect(result.toc.map((entry) => entry.id)).toEqual(['indir-1', 'indir', 'café'])
  })
})
