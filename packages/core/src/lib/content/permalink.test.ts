import { expect, test } from 'vitest'
import { expandPermalink } from './permalink.js'
import { slugify } from './slugify.js'

test.each([
  { pattern: '/:slug/', expected: '/gaskocher/' },
  { pattern: '/:year/:month/:slug/', expected: '/2026/03/gaskocher/' },
  { pattern: '/blog/:category/:slug/', expected: '/blog/kocher/gaskocher/' },
  { pattern: '/:path/', expected: '/ratgeber/gaskocher/' },
])('$pattern → $expected', ({ pattern, expected }) => {
  expect(expandPermalink(pattern, { slug: 'gaskocher', date: '2026-03-12T10:00:00+01:00', category: 'kocher', path: 'ratgeber/gaskocher' })).toBe(expected)
})

test.each([
  ['Über Gaskocher & Spiritus', 'ueber-gaskocher-spiritus'],
  ['Straße', 'strasse'],
  ['Crème brûlée', 'creme-brulee'],
  ['  --Hallo Welt--  ', 'hallo-welt'],
])('slugify(%j) → %j', (text, expected) => {
  expect(slugify(text)).toBe(expected)
})
