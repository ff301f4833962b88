import { expect, test } from 'vitest'
import { jekyllPostUrl } from './jekyll-permalink.js'

test.each([
  { permalink: '/blog/:year/:month/:title/', title: 'open data-aus-sicht', categories: [], expected: '/blog/2017/04/open-data-aus-sicht/' },
  { permalink: '/blog/:year/:month/:title/', title: 'Open-Government Partnership', categories: [], expected: '/blog/2017/04/Open-Government-Partnership/' },
  { permalink: '/blog/:year/:month/:title/', title: 'eu-vorschlag-zur-Überarbeitung', categories: [], expected: '/blog/2017/04/eu-vorschlag-zur-Überarbeitung/' },
  { permalink: 'date', title: 'hello', categories: ['News', 'Tech'], expected: '/news/tech/2017/04/05/hello.html' },
  { permalink: 'pretty', title: 'hello', categories: [], expected: '/2017/04/05/hello/' },
  { permalink: 'none', title: 'hello', categories: [], expected: '/hello.html' },
])('$permalink with "$title" → $expected', ({ permalink, title, categories, expected }) => {
  expect(jekyllPostUrl(permalink, { date: '2017-04-05', title, categories })).toBe(expected)
})

test('baseurl prefixes every URL', () => {
  expect(jekyllPostUrl('/:title/', { date: '2017-04-05', title: 'x', categories: [] }, '/blog')).toBe('/blog/x/')
})
