/**
 * Seeded Markdown fuzz documents for the parser equivalence test: random mixes of the constructs a
 * blog post uses and the edge cases parsers disagree on (nesting, laziness, delimiter runs,
 * autolink literals, HTML, tabs, CRLF, umlauts, unbalanced brackets). Same seed, same documents.
 */
import { random } from '../../security/fuzz-corpus.mjs'

const words = ['Kaffee', 'Mühle', 'grind', 'Straße', 'x', 'foo', 'bar', 'a_b', 'snake_case_word', '2*3', 'Ünïcödé', '😀', '&amp;', '&copy;', '&#35;', '&nbsp;', 'AT&T', '1.', '2)', 'www', 'e.g.', 'über']

const inlines: Array<(pick: () => string) => string> = [
  (w) => w(),
  (w) => `*${w()}*`,
  (w) => `**${w()} ${w()}**`,
  (w) => `_${w()}_`,
  (w) => `__${w()}__`,
  (w) => `***${w()}***`,
  (w) => `~~${w()}~~`,
  (w) => `~${w()}~`,
  (w) => `\`${w()}\``,
  (w) => `\`\` ${w()} \` \`\``,
  (w) => `[${w()}](https://example.com/${w()})`,
  (w) => `[${w()}](/posts/${w()}/ "Titel ${w()}")`,
  (w) => `[${w()}][ref]`,
  (w) => `[${w()}]`,
  (w) => `![${w()}](bild.jpg)`,
  (w) => `<https://example.org/${w()}>`,
  () => '<mail@example.de>',
  () => 'https://www.example.com/pfad?tag=abc-21',
  () => 'www.example.de/seite.',
  () => 'kontakt@example.de',
  () => '(www.example.com/a_(b))',
  () => 'http://example.com/a*b*',
  (w) => `<span class="x">${w()}</span>`,
  () => '<!-- Kommentar -->',
  () => '<br>',
  (w) => `\\*${w()}\\*`,
  () => '[^1]',
  () => '*',
  () => '**',
  () => '_',
  () => '[',
  () => ']',
  () => '](',
  () => '`',
  () => '\\',
  () => '  \n',
  () => '\\\n',
  () => '\t',
  () => '|',
  () => '~~~',
  () => '<',
  () => '&',
]

function inlineText(next: () => number, pick: () => string, count: number): string {
  let text = ''
  for (let i = 0; i < count; i++) {
    const make = inlines[Math.floor(next() * inlines.length)] ?? inlines[0]!
    text += (i === 0 || next() < 0.2 ? '' : ' ') + make(pick)
  }
  return text
}

const blocks: Array<(line: (count?: number) => string, next: () => number) => string> = [
  (line) => `${line(8)}\n${line(6)}`,
  (line, next) => `${'#'.repeat(1 + Math.floor(next() * 6))} ${line(3)}`,
  (line) => `${line(3)}\n===`,
  (line) => `${line(3)}\n---`,
  () => '***',
  (line) => `- ${line(3)}\n- ${line(3)}\n  - ${line(2)}\n- [ ] ${line(2)}\n- [x] ${line(2)}`,
  (line) => `1. ${line(3)}\n2. ${line(3)}\n\n   ${line(2)}`,
  (line) => `* ${line(2)}\n+ ${line(2)}`,
  (line) => `> ${line(4)}\n${line(2)}\n> - ${line(2)}`,
  (line) => `> > ${line(3)}`,
  (line) => `| a | b |\n| :-- | --: |\n| ${line(2)} | ${line(1)} |\n| \\| | \`|\` |`,
  (line) => `a | b\n--- | ---\n${line(1)} | ${line(1)}`,
  (line) => `\`\`\`js\nconst a = '${line(2)}'\n\`\`\``,
  (line) => `~~~\n${line(2)}\n~~~`,
  (line) => `    ${line(3)}\n\tcode`,
  (line) => `<div class="box">\n${line(3)}\n</div>`,
  (line) => `<div>\n\n${line(3)}\n\n</div>`,
  (line) => `<script>var x = '${line(1)}'</script>`,
  (line) => `<noscript><img src="x.gif"></noscript>\n${line(2)}`,
  () => '[ref]: https://example.com/ref "Ref"',
  (line) => `[^1]: ${line(4)}\n    ${line(2)}`,
  (line) => `- ${line(2)}\n\n      ${line(2)}`,
  (line) => `${line(3)}\n- ${line(2)}`,
  (line) => `1) ${line(2)}\n\n10) ${line(2)}`,
  (line) => `-\n  ${line(2)}`,
  () => '<!-- mehrzeilig\n\nKommentar -->',
  (line) => `${line(2)}\\`,
  () => '- \n-',
  (line) => `  > ${line(3)}\n    lazy ${line(1)}`,
]

/** `count` Markdown documents from `seed`, each 1–12 blocks, with LF, CRLF or CR line endings now and then. */
export function fuzzMarkdown(seed: number, count: number): string[] {
  const next = random(seed)
  const pick = () => words[Math.floor(next() * words.length)] ?? 'x'
  const line = (count = 4) => inlineText(next, pick, 1 + Math.floor(next() * count))
  const documents: string[] = []
  for (let i = 0; i < count; i++) {
    const parts: string[] = []
    const blockCount = 1 + Math.floor(next() * 12)
    for (let b = 0; b < blockCount; b++) {
      const make = blocks[Math.floor(next() * blocks.length)] ?? blocks[0]!
      parts.push(make(line, next))
    }
    let document = parts.join(next() < 0.15 ? '\n' : '\n\n') + (next() < 0.7 ? '\n' : '')
    const ending = next()
    if (ending < 0.1) document = document.replace(/\n/g, '\r\n')
    else if (ending < 0.13) document = document.replace(/\n/g, '\r')
    documents.push(document)
  }
  return documents
}
