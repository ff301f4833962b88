import { expect, test } from 'vitest'
import { createMarkdownRenderer } from './markdown-renderer.js'

const render = createMarkdownRenderer({ remarkPlugins: [], rehypePlugins: [] })
const body = 'Gaskocher sind leicht.[^1] Spiritus ist sicherer.[^1]\n\n[^1]: Laut Hersteller.\n'
const input = (lang: 'de' | 'en') => ({ relativePath: 'posts/a.md', body, bodyLine: 1, frontMatter: { title: 'A' } as never, url: '/a/', lang, textLanguage: lang })

test.each([
  ['de', 'Fußnoten', 'Zurück zum Verweis 1', 'Zurück zum Verweis 1-2'],
  ['en', 'Footnotes', 'Back to reference 1', 'Back to reference 1-2'],
] as const)('a %s page gets a visually hidden footnote heading and back links in its language', (lang, label, first, second) => {
  const { html } = render(input(lang))
  expect(html).toContain(`<h2 class="sr-only" id="footnote-label">${label}</h2>`)
  expect(html).toContain(`aria-label="${first}"`)
  expect(html).toContain(`aria-label="${second}"`)
  if (lang === 'de') expect(html).not.toMatch(/Footnotes|Back to reference/)
})
