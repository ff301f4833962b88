/** Longest path segment (in UTF-8 bytes, decoded) a site path may have: file systems stop at 255. */
export const maximumSegmentBytes = 200
/** Longest site path (in characters, as written). */
export const maximumPathLength = 2000

/**
 * Checks a root-relative site path taken from content or config (`/alter-name/`, `/go/shop/`,
 * `/feed.xml`): it must stay inside the output folder whatever a server or file system makes of it.
 * Returns the reason it cannot, or undefined when it is safe. Refused: no leading `/`, a host
 * (`//evil.example`), backslashes, NUL and other control characters, `?` and `#`, malformed
 * percent-escapes, `.` and `..` segments (also encoded, `%2e%2e`), encoded `/` or `\` inside a
 * segment, and over-long segments or paths.
 */
export function unsafeSitePathReason(path: string): string | undefined {
  if (typeof path !== 'string' || path === '') return 'it is empty'
  if (path.length > maximumPathLength) return `it is longer than ${maximumPathLength} characters`
  if (!path.startsWith('/')) return 'it must start with `/`'
  if (path.startsWith('//')) return 'it names a host (`//…`), not a path of this site'
  if (path.includes('\\')) return 'it contains a backslash'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'it contains a control character (NUL, tab or newline)'
  if (/[?#]/.test(path)) return 'it contains `?` or `#`'
  for (const segment of path.split('/').slice(1)) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return `the segment "${segment}" has a malformed percent-escape (write \`%25\` for a literal %)`
    }
    if (decoded === '.' || decoded === '..') return `it contains a \`${decoded}\` segment${decoded === segment ? '' : ` (written ${segment})`}`
    if (/[/\\]/.test(decoded)) return `the segment "${segment}" encodes a slash or backslash`
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(decoded)) return `the segment "${segment}" encodes a control character`
    if (Buffer.byteLength(decoded) > maximumSegmentBytes) return `the segment "${segment.slice(0, 40)}…" is longer than ${maximumSegmentBytes} bytes`
  }
  return undefined
}

/**
 * The form of a site path two spellings share: percent-escapes decoded, `index.html` dropped, a
 * trailing slash on folder paths. `/a/`, `/a`, `/%61/` and `/a/index.html` are all `/a/`.
 * Call only on paths `unsafeSitePathReason` accepts.
 */
export function canonicalSitePath(path: string): string {
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    decoded = path
  }
  decoded = decoded.normalize('NFC').replace(/\/index\.html$/, '/')
  if (decoded.endsWith('/')) return decoded
  return /\.[a-z0-9]+$/i.test(decoded) ? decoded : `${decoded}/`
}

/**
 * Checks a relative output file path (`a/index.html`) before anything is written at it: no
 * absolute paths, no `.`/`..` segments, no backslashes or control characters, no over-long names.
 */
export function unsafeOutputFileReason(path: string): string | undefined {
  if (path === '' || path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return 'it is absolute or empty'
  if (path.includes('\\')) return 'it contains a backslash'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(path)) return 'it contains a control character'
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') return `it contains an empty, \`.\` or \`..\` segment`
    if (Buffer.byteLength(segment) > 255) return 'a segment is longer than 255 bytes'
  }
  return undefined
}
