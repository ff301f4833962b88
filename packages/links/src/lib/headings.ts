// ATX headings (`## Title`), setext headings (a line underlined with === or ---) and HTML headings.
// The line patterns are sticky and tried only at a line start that has their marker: a multi-line
// regex over the whole body tried every position of 100 MB of text on a 10,000-post site.
const atxPattern = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/my
const underlinePattern = /^ {0,3}(?:=+|-+)[ \t]*$/my
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
  for (const match of lineMatches(body, atxPattern, ['#'])) add(match[1] ?? '')
  // As before the sticky scan: a body without these never had its underlines looked at.
  const hasUnderlines = body.includes('\n=') || body.includes('\n-') || body.includes('\n ')
  let previousUnderlineEnd = -1
  for (const match of hasUnderlines ? lineMatches(body, underlinePattern, ['=', '-']) : []) {
    // The setext heading is the non-blank line just above the underline (not itself an underline).
    const lineEnd = match.index - 1
    if (lineEnd < 0 || lineEnd <= previousUnderlineEnd) continue
    const lineStart = body.lastIndexOf('\n', lineEnd - 1) + 1
    const heading = /^ {0,3}(\S[^\n]*)$/.exec(body.slice(lineStart, lineEnd))
    if (!heading) continue
    add(heading[1] ?? '')
    previousUnderlineEnd = match.index + match[0].length
  }
  if (body.includes('<')) for (const match of body.matchAll(htmlPattern)) add(match[1] ?? '')
  return found
}

// What `body.matchAll(/^ {0,3}[markers]…$/gm)` finds, in order: each place of a marker character
// with at most three spaces before it at the start of a line gets one anchored (sticky) try there.
function* lineMatches(body: string, pattern: RegExp, markers: readonly string[]): Generator<RegExpExecArray> {
  const next = markers.map((marker) => body.indexOf(marker))
  let from = 0
  for (;;) {
    // The next place of any marker at or after `from` (each marker's next place is kept, not searched again).
    let at = -1
    for (let index = 0; index < markers.length; index++) {
      if (next[index] !== -1 && next[index]! < from) next[index] = body.indexOf(markers[index]!, from)
      if (next[index] !== -1 && (at === -1 || next[index]! < at)) at = next[index]!
    }
    if (at === -1) return
    let start = at
    while (start > 0 && at - start < 3 && body.charCodeAt(start - 1) === 32) start--
    if (start === 0 || isLineTerminator(body.charCodeAt(start - 1))) {
      pattern.lastIndex = start
      const match = pattern.exec(body)
      if (match) {
        yield match
        // A match always holds a marker, so it is never empty and the search moves on.
        from = match.index + match[0].length
        continue
      }
    }
    from = at + 1
  }
}

function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029
}

const cache = new WeakMap<object, readonly string[]>()

/** `headingsOf(document.body)`, once per document object. */
export function headingsOfDocument(document: { body: string }): readonly string[] {
  let headings = cache.get(document)
  if (!headings) cache.set(document, (headings = [...new Set(headingsOf(document.body))]))
  return headings
}
