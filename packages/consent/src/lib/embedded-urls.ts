import type { Element } from 'hast'

// URLs written inside other text of a page: a frame's own document, JSON data blocks that make the
// browser fetch (speculation rules), and import maps, which say where a module's bare imports load from.

/** A frame whose document is written in the page (`srcdoc`, or a `data:text/html` URL), parsed on its own. */
export interface FrameDocument {
  node: Element
  html: string
  via: string
}

/** The document of a frame given its `srcdoc` and `src`; `srcdoc` wins (HTML § 4.8.5), a `data:` URL is decoded as a browser would. */
export function frameDocument(node: Element, srcdoc: string | undefined, src: string | undefined): FrameDocument | undefined {
  if (srcdoc !== undefined) return { node, html: srcdoc, via: 'iframe[srcdoc]' }
  const match = /^\s*data:text\/html([^,]*),(.*)$/is.exec(src ?? '')
  if (!match) return undefined
  const body = match[2] ?? ''
  const via = `${node.tagName}[src=data:]`
  try {
    return { node, html: /;\s*base64\s*$/i.test(match[1] ?? '') ? Buffer.from(decodeURIComponent(body), 'base64').toString('utf8') : decodeURIComponent(body), via }
  } catch {
    return { node, html: body, via }
  }
}

/** Every string of a JSON data block that could be a URL (speculation rules list the pages to fetch). */
export function jsonUrls(text: string): string[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    // Broken JSON does nothing in a browser, but its URLs are still worth a look.
    return [...text.matchAll(/(?:https?:)?\/\/[^\s"'<>]+/gi)].map((match) => match[0])
  }
  const found: string[] = []
  const walk = (entry: unknown) => {
    if (typeof entry === 'string') found.push(entry)
    else if (Array.isArray(entry)) entry.forEach(walk)
    else if (entry !== null && typeof entry === 'object') Object.values(entry).forEach(walk)
  }
  walk(value)
  return found.filter((entry) => /^(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(entry.trim()))
}

/** The specifier → URL pairs of an import map (`imports` and every scope's). */
export function importMapEntries(text: string): Array<[string, string]> {
  try {
    const map = JSON.parse(text) as { imports?: unknown; scopes?: unknown }
    const pairs = (value: unknown) => (value !== null && typeof value === 'object' ? Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string') : [])
    const scopes = map.scopes !== null && typeof map.scopes === 'object' ? Object.values(map.scopes) : []
    return [...pairs(map.imports), ...scopes.flatMap(pairs)]
  } catch {
    return []
  }
}

/** The URLs the bare specifiers a script imports (`from 'x'`, `import 'x'`, `import('x')`) map to. */
export function mappedImports(text: string, imports: ReadonlyArray<[string, string]>): string[] {
  const urls: string[] = []
  for (const match of text.matchAll(/\b(?:from|import)\s*\(?\s*(["'`])([^"'`]+)\1/g)) {
    const specifier = match[2] ?? ''
    for (const [key, url] of imports) {
      if (specifier === key) urls.push(url)
      else if (key.endsWith('/') && specifier.startsWith(key)) urls.push(url + specifier.slice(key.length))
    }
  }
  return urls
}
