import { expect, test } from 'vitest'
import { metaDescription } from './meta-description.js'

test('short text is kept whole, with white space collapsed', () => {
  expect(metaDescription('  Zwei   Flammen,\n eine Kartusche. ')).toBe('Zwei Flammen, eine Kartusche.')
})

test('long text is cut at a word boundary to at most 155 characters including the ellipsis', () => {
  const text = 'Gaskocher '.repeat(20) + 'Ende'
  const result = metaDescription(text)
  expect([...result].length).toBeLessThanOrEqual(155)
  expect(result.endsWith('Gaskocher…')).toBe(true)
  expect(text.startsWith(result.slice(0, -1))).toBe(true)
})

test('a text without spaces is cut hard', () => {
  expect(metaDescription('x'.repeat(300))).toBe(`${'x'.repeat(154)}…`)
})
