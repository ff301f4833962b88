import { generateSite } from '@nichepress/core'
import { afterAll, expect, test } from 'vitest'
import { htmlErrors } from '../helpers/html-validate.js'
import { languageOf } from '../helpers/language-of.js'
import { coreConfig, makeSite, removeSite } from '../helpers/site.js'

// The footnote section's heading and the back links' labels are nichepress's words, in the page's
// text language; on a French post of a German site they say lang="de" (WCAG 2.2 SC 3.1.2).

const roots: string[] = []
afterAll(() => {
  for (const root of roots) removeSite(root)
})

function post(lang: string | undefined): string {
  return `---\ntitle: Post\n${lang ? `lang: ${lang}\n` : ''}date: 2026-10-01\n---\n\nUn texte[^1] ici.\n\n[^1]: La note.\n`
}

test.each([
  { name: 'a French post of a German site', lang: 'fr', heading: 'Fußnoten', back: 'Zurück zum Verweis 1', expected: 'de', hasAttribute: true },
  { name: 'a German post of a German site', lang: undefined, heading: 'Fußnoten', back: 'Zurück zum Verweis 1', expected: 'de', hasAttribute: false },
  { name: 'an English post of a German site', lang: 'en', heading: 'Footnotes', back: 'Back to reference 1', expected: 'en', hasAttribute: false },
])('$name: the footnote heading and back links are read as $expected', async ({ lang, heading, back, expected, hasAttribute }) => {
  const root = makeSite({ 'nichepress.config.json': coreConfig(), 'content/posts/post.md': post(lang) })
  roots.push(root)
  const built = await generateSite({ root, cache: false, threads: 1 })
  const html = String(built.files.find((file) => file.path === 'post/index.html')?.contents)
  expect(languageOf(html, heading)).toBe(expected)
  expect(html).toContain(`aria-label="${back}"`)
  expect(/<h2[^>]*id="footnote-label"[^>]*lang="de"/.test(html) || /<h2[^>]*lang="de"[^>]*id="footnote-label"/.test(html)).toBe(hasAttribute)
  expect(/<a[^>]*data-footnote-backref[^>]*lang="de"/.test(html)).toBe(hasAttribute)
  expect(await htmlErrors(html)).toEqual([])
}, 60_000)
