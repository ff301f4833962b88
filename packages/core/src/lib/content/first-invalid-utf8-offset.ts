/**
 * The byte offset where the first ill-formed UTF-8 sequence starts, or `undefined` when all of
 * `bytes` is well-formed UTF-8.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number | undefined {
  let offset = 0
  while (offset < bytes.length) {
    const length = wellFormedSequenceLength(bytes, offset)
    if (length === 0) return offset
    offset += length
  }
  return undefined
}

// The Unicode Standard, Table 3-7 (well-formed UTF-8 byte sequences): the lead byte fixes the length and the
// range of the second byte; that narrower range is what rules out overlongs (C0, C1, E0 80–9F,
// F0 80–8F), surrogates (ED A0–BF) and code points above U+10FFFF (F4 90–BF, F5–FF).
function wellFormedSequenceLength(bytes: Uint8Array, offset: number): number {
  const lead = bytes[offset] ?? 0
  if (lead <= 0x7f) return 1
  if (lead >= 0xc2 && lead <= 0xdf) return hasContinuations(bytes, offset, 0x80, 0xbf, 1) ? 2 : 0
  if (lead === 0xe0) return hasContinuations(bytes, offset, 0xa0, 0xbf, 2) ? 3 : 0
  if (lead === 0xed) return hasContinuations(bytes, offset, 0x80, 0x9f, 2) ? 3 : 0
  if (lead >= 0xe1 && lead <= 0xef) return hasContinuations(bytes, offset, 0x80, 0xbf, 2) ? 3 : 0
  if (lead === 0xf0) return hasContinuations(bytes, offset, 0x90, 0xbf, 3) ? 4 : 0
  if (lead >= 0xf1 && lead <= 0xf3) return hasContinuations(bytes, offset, 0x80, 0xbf, 3) ? 4 : 0
  if (lead === 0xf4) return hasContinuations(bytes, offset, 0x80, 0x8f, 3) ? 4 : 0
  return 0
}

// The byte after the lead lies in `secondLow`–`secondHigh`, the rest in 80–BF; a sequence cut off
// by the end of the file fails here too.
function hasContinuations(bytes: Uint8Array, offset: number, secondLow: number, secondHigh: number, count: number): boolean {
  if (offset + count >= bytes.length) return false
  const second = bytes[offset + 1] ?? 0
  if (second < secondLow || second > secondHigh) return false
  for (let index = offset + 2; index <= offset + count; index++) {
    const byte = bytes[index] ?? 0
    if (byte < 0x80 || byte > 0xbf) return false
  }
  return true
}
