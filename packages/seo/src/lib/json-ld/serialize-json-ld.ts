const unsafe: Readonly<Record<string, string>> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' }

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` are written as
 * `\u003c`, `\u003e`, `\u0026` so no content can close the script element or open a comment, and
 * U+2028/U+2029 are escaped for old JavaScript parsers. The value parses back unchanged.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => unsafe[character] ?? character)
}
