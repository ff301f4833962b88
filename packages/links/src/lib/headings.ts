// ATX headings (`## Title`), setext headings (a line underlined with === or ---) and HTML headings.
const atxPattern = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/gm
const setextPattern = /^ {0,3}(\S[^\n]*)\n {0,3}(?:=+|-+)[ \t]*$/gm
const htmlPattern = /<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]\s*>/gi

/**
 * The headings of a Markdown body, as plain text (inline markup and tags removed), in no particular
 * order. A cheap scan, not a parse: it feeds the ranking, never a position in the file.
 */
export function headingsOf(body: string): string[] {
  const found: string[] = []
  for (const pattern of [atxPattern, setextPattern, htmlPattern]) {
    for (const match of body.matchAll(pattern)) {
      const text = (match[1] ?? '').replace(/<[^>]*>/g, ' ').replace(/[*_`[\]]|\]\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim()
      if (text !== '' && !/^[-=*_ ]+$/.test(text)) found.push(text)
    }
  }
  return found
}
