import { expect, test } from 'vitest'
import { composeTitle, maximumTitleLength } from './render-document.js'

test.each([
  { page: { kind: 'home', url: '/', title: 'Kocherkompass' }, expected: 'Kocherkompass' },
  { page: { kind: 'post', url: '/a/', title: 'Gaskocher im Test' }, expected: 'Gaskocher im Test – Kocherkompass' },
  { page: { kind: 'post', url: '/b/', title: 'Ein sehr langer Titel, der mit dem Seitennamen zu lang würde für Google' }, expected: 'Ein sehr langer Titel, der mit dem Seitennamen zu lang würde für Google' },
] as const)('$page.title → $expected', ({ page, expected }) => {
  const title = composeTitle(page, 'Kocherkompass', '%s – {site}')
  expect(title).toBe(expected)
  expect(title.length <= maximumTitleLength || title === page.title).toBe(true)
})
