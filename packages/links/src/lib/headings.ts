// ATX headings (`## Title`), setext headings (a line underlined with === or ---) and HTML headings.
const atxPattern = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/gm
const underlinePattern = /^ {0,3}(?:=+|-+)[ \t]*$/gm
const htmlPattern = /<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]\s*>/gi

/**
 * The headings of a Markdown body, as plain text (inline markup and tags removed), in no particular
 * order. A cheap scan, not a parse: it feeds the ranking, never a position in the file.
 */
export function headingsOf(body: string): string[] {
  const found: string[] = []
  const add = (raw: string) => {
    const text = raw.replace(/<[^>]*>/g, ' ').replace(/[*_`[\]]|\]\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim()
    if (text !== '' && !/^[-=*_ ]+$/.test(text)) found.push(text)
  }
  // Each pattern only where its marker occurs at all (a multi-line regex tries every line start).
  if (body.includes('#')) for (const match of body.matchAll(atxPattern)) add(match[1] ?? '')
  if (body.includes('\n=') || body.includes('\n-') || body.includes('\n ')) {
    let previousUnderlineEnd = -1
    for (const match of body.matchAll(underlinePattern)) {
      // The setext heading is the non-blank line just above the underline (not itself an underline).
      const lineEnd = match.index - 1
      if (lineEnd < 0 || lineEnd <= previousUnderlineEnd) continue
      const lineStart = body.lastIndexOf('\n', lineEnd - 1) + 1
      const heading = /^ {0,3}(\S[^\n]*)$/.exec(body.slice(lineStart, lineEnd))
      if (!heading) continue
      add(heading[1] ?? '')
      previousUnderlineEnd = match.index + match[0].length
    }
  }
  if (body.includes('<')) for (const match of body.matchAll(htmlPattern)) add(match[1] ?? '')
  return found
}

const cache = new WeakMap<object, readonly string[]>()

/** `headingsOf(document.body)`, once per document object. */
export function headingsOfDocument(document: { body: string }): readonly string[] {
  let headings = cache.get(document)
  if (!headings) cache.set(document, (headings = [...new Set(headingsOf(document.body))]))
  return headings
}
