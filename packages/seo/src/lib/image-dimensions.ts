/** Width and height of an image in CSS pixels. */
export interface ImageDimensions {
  width: number
  height: number
}

/**
 * Reads width and height from the first bytes of a PNG, JPEG, GIF or WebP file, or from the root
 * `<svg>` element's `width`/`height` (else its `viewBox`). Returns undefined for anything else.
 */
export function readImageDimensions(bytes: Uint8Array): ImageDimensions | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length >= 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(12) === 0x49484452) {
    return valid(view.getUint32(16), view.getUint32(20))
  }
  if (bytes.length >= 10 && ascii(bytes, 0, 3) === 'GIF') return valid(view.getUint16(6, true), view.getUint16(8, true))
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegDimensions(bytes, view)
  if (bytes.length >= 30 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return webpDimensions(bytes, view)
  return svgDimensions(new TextDecoder().decode(bytes.subarray(0, 4096)))
}

function jpegDimensions(bytes: Uint8Array, view: DataView): ImageDimensions | undefined {
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined
    const marker = bytes[offset + 1] ?? 0
    const length = view.getUint16(offset + 2)
    // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return valid(view.getUint16(offset + 7), view.getUint16(offset + 5))
    }
    offset += 2 + length
  }
  return undefined
}

function webpDimensions(bytes: Uint8Array, view: DataView): ImageDimensions | undefined {
  const chunk = ascii(bytes, 12, 16)
  if (chunk === 'VP8X') return valid(1 + (view.getUint32(24, true) & 0xffffff), 1 + (view.getUint32(27, true) & 0xffffff))
  if (chunk === 'VP8 ') return valid(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff)
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true)
    return valid((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1)
  }
  return undefined
}

function svgDimensions(text: string): ImageDimensions | undefined {
  const root = /<svg\b([^>]*)>/i.exec(text)?.[1]
  if (root === undefined) return undefined
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1]
  const width = pixels(attribute('width'))
  const height = pixels(attribute('height'))
  if (width !== undefined && height !== undefined) return valid(width, height)
  const box = attribute('viewBox')?.trim().split(/[\s,]+/).map(Number)
  if (box?.length === 4 && box.every(Number.isFinite)) return valid(Math.round(box[2] ?? 0), Math.round(box[3] ?? 0))
  return undefined
}

function pixels(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(value)
  return match ? Math.round(Number(match[1])) : undefined
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end))
}

function valid(width: number, height: number): ImageDimensions | undefined {
  return width > 0 && height > 0 ? { width, height } : undefined
}
