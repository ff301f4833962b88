import { createHash } from 'node:crypto'

/** CSP hash sources for everything inline a set of documents runs or styles. */
export interface InlineHashes {
  /** `'sha256-…'` of inline scripts, including consent-gated `type="text/plain"` ones. */
  scripts: string[]
  /** `'sha256-…'` of `<style>` elements. */
  styles: string[]
  /** Hashes of `on…=` handler attributes (they need `'unsafe-hashes'`). */
  scriptAttributes: string[]
  /** Hashes of `style=` attributes (they need `'unsafe-hashes'`). */
  styleAttributes: string[]
}

const executableTypes = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript', 'application/ecmascript'])

/**
 * Scans finished HTML documents for inline code a CSP must allow. Scripts with `src` are covered by
 * host sources; data blocks (`application/ld+json`, `application/json`) never run and need no hash.
 * A `type="text/plain"` script with `data-consent-service` is hashed: the consent runtime runs its
 * text after consent. Results are sorted and without duplicates.
 */
export function collectInlineHashes(documents: Iterable<string>): InlineHashes {
  const found = { scripts: new Set<string>(), styles: new Set<string>(), scriptAttributes: new Set<string>(), styleAttributes: new Set<string>() }
  for (const html of documents) {
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
      const attributes = parseAttributes(match[1] ?? '')
      const text = match[2] ?? ''
      if (attributes.has('src') || text === '') continue
      const type = (attributes.get('type') ?? '').trim().toLowerCase()
      if (executableTypes.has(type) || (type === 'text/plain' && attributes.has('data-consent-service'))) found.scripts.add(hash(text))
    }
    for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) if (match[1]) found.styles.add(hash(match[1]))
    for (const match of html.matchAll(/<[a-z][a-z0-9-]*(\s[^<>]*?)\/?>/gi)) {
      // Most tags have neither attribute: a name starts at the start or after a space, quote or
      // one of `<>/=\``, so tags without such an "on" or "style" need no parsing.
      if (!mayHaveHandlerOrStyle.test(match[1] ?? '')) continue
      for (const [name, value] of parseAttributes(match[1] ?? '')) {
        if (name === 'style' && value !== '') found.styleAttributes.add(hash(decodeEntities(value)))
        else if (name.startsWith('on') && value !== '') found.scriptAttributes.add(hash(decodeEntities(value)))
      }
    }
  }
  const sorted = (set: Set<string>) => [...set].sort()
  return { scripts: sorted(found.scripts), styles: sorted(found.styles), scriptAttributes: sorted(found.scriptAttributes), styleAttributes: sorted(found.styleAttributes) }
}

const mayHaveHandlerOrStyle = /(?:^|[\s"'<>/=`])(?:on|style)/i

/** The union of several documents' inline hashes, sorted and without duplicates. */
export function mergeInlineHashes(parts: Iterable<InlineHashes>): InlineHashes {
  const found = { scripts: new Set<string>(), styles: new Set<string>(), scriptAttributes: new Set<string>(), styleAttributes: new Set<string>() }
  for (const part of parts) {
    for (const value of part.scripts) found.scripts.add(value)
    for (const value of part.styles) found.styles.add(value)
    for (const value of part.scriptAttributes) found.scriptAttributes.add(value)
    for (const value of part.styleAttributes) found.styleAttributes.add(value)
  }
  const sorted = (set: Set<string>) => [...set].sort()
  return { scripts: sorted(found.scripts), styles: sorted(found.styles), scriptAttributes: sorted(found.scriptAttributes), styleAttributes: sorted(found.styleAttributes) }
}

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const match of source.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = (match[1] ?? '').toLowerCase()
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '')
  }
  return attributes
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
