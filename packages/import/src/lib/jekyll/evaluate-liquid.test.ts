import { expect, test } from 'vitest'
import { evaluateLiquid, printedText } from './evaluate-liquid.js'

const data: Record<string, unknown> = {
  releases: [
    { version: '3.3.0', url: { gz: 'https://x.example/3.3.0.tar.gz' } },
    { version: '3.2.3', url: { gz: 'https://x.example/3.2.3.tar.gz' } },
  ],
  locales: { home: { de: { title: 'Willkommen' }, en: { title: 'Welcome' } } },
}
const locals = new Map<string, unknown>([['release', data.releases]])
const scope = { siteUrl: 'https://www.gemstone.example', baseUrl: '/blog', site: { title: 'Gemstone', data }, pageData: { lang: 'de', url: '/de/de/' }, locals }

test.each([
  { expression: 'site.data.releases | where: "version", "3.2.3" | first | map_this', expected: undefined },
  { expression: 'site.data.locales.home[page.lang].title', expected: 'Willkommen' },
  { expression: "site.data.locales.home['en'].title", expected: 'Welcome' },
  { expression: 'site.data.releases.first.version', expected: '3.3.0' },
  { expression: 'site.data.releases | reverse | first | size', expected: '2' },
  { expression: 'site.data.releases | size', expected: '2' },
  { expression: 'release.last.url.gz', expected: 'https://x.example/3.2.3.tar.gz' },
  { expression: "'/docs/' | relative_url", expected: '/blog/docs/' },
  { expression: "'/docs/' | absolute_url", expected: 'https://www.gemstone.example/blog/docs/' },
  { expression: 'site.title | append: " blog"', expected: 'Gemstone blog' },
  { expression: 'site.missing | default: "x"', expected: undefined },
  { expression: 'post.url', expected: undefined },
  { expression: 'site.data.releases[post.index]', expected: undefined },
  { expression: 'site.data.__proto__', expected: undefined },
  { expression: "page.url | replace_first: page.lang, 'en'", expected: '/en/de/' },
  { expression: "'a-b-c' | replace: '-', '/'", expected: 'a/b/c' },
  { expression: 'release.first.url.bz2', expected: '' },
  { expression: 'release.first.url.bz2 | default: "none"', expected: 'none' },
  // A data file is known whole: a key it lacks is nil. A file the data folder lacks is unknown (a plugin may make it).
  { expression: 'site.data.releases.first.url.bz2', expected: '' },
  { expression: 'site.data.missing.title', expected: undefined },
  { expression: "site.data.releases | map: 'version' | join: ', '", expected: '3.3.0, 3.2.3' },
  { expression: "site.data.releases | sort: 'version' | first | map: 'version'", expected: undefined },
  { expression: "'Über uns' | slugify", expected: 'über-uns' },
  { expression: "'2024-05-01' | date: '%-d %B %Y'", expected: '1 May 2024' },
  { expression: "'now' | date: '%Y'", expected: undefined },
  { expression: 'site.data.releases | sample', expected: undefined },
  { expression: "'**bold**' | markdownify", expected: '<p><strong>bold</strong></p>\n' },
  { expression: 'page.missing', expected: undefined },
])('$expression → $expected', ({ expression, expected }) => {
  expect(printedText(evaluateLiquid(expression, scope))).toBe(expected)
})

test('where and first pick a data entry', () => {
  expect(evaluateLiquid('site.data.releases | where: "version", "3.2.3" | first', scope)).toEqual(data.releases && (data.releases as unknown[])[1])
})
