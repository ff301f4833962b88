import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { readImageDimensions } from './image-dimensions.js'

const starterImage = new URL('../../../../starters/nischenblog/static/images/kocher-duo.svg', import.meta.url)

test('reads an SVG from the starter', () => {
  expect(readImageDimensions(readFileSync(starterImage))).toEqual({ width: 1200, height: 630 })
})

test.each([
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x04, 0xb0, 0, 0, 0x02, 0x76], expected: { width: 1200, height: 630 } },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 17, 8, 0x02, 0x76, 0x04, 0xb0, 3], expected: { width: 1200, height: 630 } },
  { name: 'GIF', bytes: [...Buffer.from('GIF89a'), 0xb0, 0x04, 0x76, 0x02], expected: { width: 1200, height: 630 } },
  { name: 'SVG viewBox only', bytes: [...Buffer.from('<svg viewBox="0 0 800 450" xmlns="http://www.w3.org/2000/svg"></svg>')], expected: { width: 800, height: 450 } },
  { name: 'SVG in percent', bytes: [...Buffer.from('<svg width="100%" height="100%"></svg>')], expected: undefined },
  { name: 'text', bytes: [...Buffer.from('hello')], expected: undefined },
])('$name', ({ bytes, expected }) => {
  expect(readImageDimensions(Uint8Array.from(bytes))).toEqual(expected)
})
