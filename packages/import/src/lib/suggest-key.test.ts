import { expect, test } from 'vitest'
import { suggestKey } from './suggest-key.js'

test.each([
  { key: 'descripton', expected: 'description' },
  { key: 'titel', expected: 'title' },
  { key: 'catgories', expected: 'categories' },
  { key: 'imagealt', expected: 'imageAlt' },
  { key: 'title', expected: undefined },
  { key: 'card', expected: undefined },
  { key: 'canonical_url', expected: undefined },
  // A map position (lat/long), not a misspelt `lang`; `data` is a theme's own, not `date`.
  { key: 'long', expected: undefined },
  { key: 'data', expected: undefined },
  { key: 'lnag', expected: 'lang' },
])('$key → $expected', ({ key, expected }) => {
  expect(suggestKey(key)).toBe(expected)
})
