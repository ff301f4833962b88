/**
 * A page without a front-matter `title` may start with a level-1 heading (`# Title`), as Markdown
 * read on GitHub does: the heading becomes the title, and its line is blanked so the layout's h1 is
 * the only one and every later line keeps its number.
 */
export function takeLeadingHeading(body: string): { title: string; body: string } | undefined {
  const match = /^((?:[ \t]*\r?\n)*)# +(.+?)(?:[ \t]+#+)?[ \t]*(?=\r?\n|$)/.exec(body)
  const title = match?.[2]?.replace(/`/g, '').trim()
  if (!match || !title) return undefined
  return { title, body: `${match[1]}${body.slice(match[0].length)}` }
}
