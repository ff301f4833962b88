import { expect, test } from 'vitest'
import { evaluateLiquid, printedText } from './evaluate-liquid.js'

const data: Record<string, unknown> = {
  releases: [
    { version: '3.3.0', url: { gz: 'https://x.example/3.3.0.tar.gz' } },
    { version: '3.2.3', url: { gz: 'https://x.example/3.2.3.tar.gz' } },
  ],
  locales: { home: { de: { title: 'Willkommen' }, en: { title: 'Welcome' } } },
}
const siteVariable = (path: readonly string[]) => (path[0] === 'data' ? path.slice(1).reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data) : path[0] === 'title' ? 'Gemstone' : undefined)
const locals = new Map<string, unknown>([['release', data.releases]])
const scope = { siteUrl: 'https://www.gemstone.example', baseUrl: '/blog', siteVariable, pageData: { lang: 'de', url: '/de/de/' }, locals }

test.each([
  { expression: 'site.data.releases | where: "version", "3.2.3" | first | map_this', expected: undefined },
  { expression: 'site.data.locales.home[page.lang].title', expected: 'Willkommen' },
  { expression: "site.data.locales.home['en'].title", expected: 'Welcome' },
  { expression: 'site.data.releases.first.version', expected: '3.3.0' },
  { expression: 'site.data.releases | reverse | first | size', expected: undefined },
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
  { expression: 'site.data.releases.first.url.bz2', expected: undefined },
])('$expression → $expected', ({ expression, expected }) => {
  expect(printedText(evaluateLiquid(expression, scope))).toBe(expected)
})

test('where and first pick a data entry', () => {
  expect(evaluateLiquid('site.data.releases | where: "version", "3.2.3" | first', scope)).toEqual(data.releases && (data.releases as unknown[])[1])
})
