import { describe, expect, test } from 'vitest'
import { firstInvalidUtf8Offset } from './first-invalid-utf8-offset.js'

const decoder = new TextDecoder('utf-8', { fatal: true })

function isWellFormed(bytes: Uint8Array): boolean {
  try {
    decoder.decode(bytes)
    return true
  } catch {
    return false
  }
}

// The decoder's answer: the longest well-formed prefix ends where the first ill-formed sequence starts.
function decoderOffset(bytes: Uint8Array): number | undefined {
  if (isWellFormed(bytes)) return undefined
  let end = bytes.length - 1
  while (end > 0 && !isWellFormed(bytes.subarray(0, end))) end--
  return end
}

const a = 0x61

describe('firstInvalidUtf8Offset', () => {
  test.each([
    { name: 'empty', bytes: [], expected: undefined },
    { name: 'ASCII', bytes: [a, 0x00, 0x7f], expected: undefined },
    { name: 'BOM', bytes: [0xef, 0xbb, 0xbf, a], expected: undefined },
    { name: 'U+0080, smallest 2-byte', bytes: [0xc2, 0x80], expected: undefined },
    { name: 'ä', bytes: [0xc3, 0xa4], expected: undefined },
    { name: 'U+07FF, largest 2-byte', bytes: [0xdf, 0xbf], expected: undefined },
    { name: 'U+0800, smallest 3-byte', bytes: [0xe0, 0xa0, 0x80], expected: undefined },
    { name: '€', bytes: [0xe2, 0x82, 0xac], expected: undefined },
    { name: 'U+D7FF, below the surrogates', bytes: [0xed, 0x9f, 0xbf], expected: undefined },
    { name: 'U+E000, above the surrogates', bytes: [0xee, 0x80, 0x80], expected: undefined },
    { name: 'U+FFFF', bytes: [0xef, 0xbf, 0xbf], expected: undefined },
    { name: 'U+10000, smallest 4-byte', bytes: [0xf0, 0x90, 0x80, 0x80], expected: undefined },
    { name: '😀', bytes: [0xf0, 0x9f, 0x98, 0x80], expected: undefined },
    { name: 'U+40000 (F1)', bytes: [0xf1, 0x80, 0x80, 0x80], expected: undefined },
    { name: 'U+10FFFF, largest code point', bytes: [0xf4, 0x8f, 0xbf, 0xbf], expected: undefined },
    { name: 'lone continuation byte', bytes: [a, 0x80, a], expected: 1 },
    { name: 'overlong C0 80', bytes: [a, 0xc0, 0x80], expected: 1 },
    { name: 'overlong C1 BF', bytes: [0xc1, 0xbf], expected: 0 },
    { name: 'overlong E0 80 80', bytes: [a, a, 0xe0, 0x80, 0x80], expected: 2 },
    { name: 'overlong E0 9F BF', bytes: [0xe0, 0x9f, 0xbf], expected: 0 },
    { name: 'overlong F0 8F BF BF', bytes: [0xf0, 0x8f, 0xbf, 0xbf], expected: 0 },
    { name: 'surrogate ED A0 80 (U+D800)', bytes: [a, 0xed, 0xa0, 0x80], expected: 1 },
    { name: 'surrogate ED BF BF (U+DFFF)', bytes: [0xed, 0xbf, 0xbf], expected: 0 },
    { name: 'above U+10FFFF: F4 90 80 80', bytes: [0xf4, 0x90, 0x80, 0x80], expected: 0 },
    { name: 'F5 lead byte', bytes: [a, 0xf5, 0x80, 0x80, 0x80], expected: 1 },
    { name: 'FF byte', bytes: [0xc3, 0xa4, 0xff], expected: 2 },
    { name: '2-byte truncated at end', bytes: [a, 0xc3], expected: 1 },
    { name: '3-byte truncated at end', bytes: [a, 0xe2, 0x82], expected: 1 },
    { name: '4-byte truncated at end', bytes: [a, 0xf0, 0x9f, 0x98], expected: 1 },
    { name: '3-byte cut by ASCII', bytes: [0xe2, 0x82, a, a], expected: 0 },
    { name: '4-byte cut by a new lead byte', bytes: [0xf0, 0x9f, 0xc3, 0xa4], expected: 0 },
    { name: 'valid characters before the bad byte', bytes: [0xe2, 0x82, 0xac, 0xc3, 0xa4, 0xf0, 0x9f, 0x98, 0x80, 0xfe], expected: 9 },
    { name: 'Latin-1 "Grüße"', bytes: [...Buffer.from('title: Grüße', 'latin1')], expected: 9 },
  ])('$name → $expected', ({ bytes, expected }) => {
    const array = Uint8Array.from(bytes)
    expect(firstInvalidUtf8Offset(array)).toBe(expected)
    expect(decoderOffset(array)).toBe(expected)
  })

  // Every lead byte with each continuation range's edge values, behind a well-formed prefix and
  // followed by another byte: all of Table 3-7's boundaries, checked against the platform decoder.
  test('agrees with TextDecoder on every lead byte with edge continuation bytes', () => {
    const edges = [0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0]
    const disagreements: string[] = []
    const check = (bytes: Uint8Array) => {
      const expected = decoderOffset(bytes)
      const actual = firstInvalidUtf8Offset(bytes)
      if (actual !== expected) disagreements.push(`${Buffer.from(bytes).toString('hex')}: ${actual} ≠ ${expected}`)
    }
    for (let lead = 0; lead <= 0xff; lead++) {
      for (const second of edges) {
        for (const third of edges) {
          const bytes = Uint8Array.from([a, 0xc3, 0xa4, lead, second, third, 0xbf])
          // Cut after the lead, second and third byte: sequences truncated at the end of the file.
          for (const length of [4, 5, 6, 7]) check(bytes.subarray(0, length))
          bytes[6] = a
          check(bytes)
        }
      }
    }
    expect(disagreements).toEqual([])
  })

  test('finds a bad byte at the end of a large file', () => {
    const bytes = new Uint8Array(1_000_000).fill(a)
    bytes[bytes.length - 1] = 0xe9
    expect(firstInvalidUtf8Offset(bytes)).toBe(bytes.length - 1)
  })
})
