import { expect, test } from 'vitest'
import { foldWord, stemWord, type Language } from './normalize-word.js'
import { extractLinkableRanges } from './find-linkable-ranges.js'

test.each([
  { word: 'Kartuschen', lang: 'de', stem: 'kartusch' },
  { word: 'Kartusche', lang: 'de', stem: 'kartusch' },
  { word: 'Größe', lang: 'de', stem: 'gross' },
  { word: 'Groesse', lang: 'de', stem: 'gross' },
  { word: 'Kocher', lang: 'de', stem: 'kocher' },
  { word: 'Kochern', lang: 'de', stem: 'kocher' },
  { word: 'kettles', lang: 'en', stem: 'kettle' },
  { word: 'grinding', lang: 'en', stem: 'grind' },
  { word: 'berries', lang: 'en', stem: 'berry' },
  { word: 'glass', lang: 'en', stem: 'glass' },
] as Array<{ word: string; lang: Language; stem: string }>)('$word ($lang) → $stem', ({ word, lang, stem }) => {
  expect(stemWord(foldWord(word, lang), lang)).toBe(stem)
})

test('linkable text leaves out headings, code, links (Markdown and HTML), tags and disclosures; keeps text in HTML', () => {
  const markdown = [
    'Werbung: Links zu Shops.',
    '',
    '# Titel mit Wort',
    '',
    'Ein *Wort* und [kein Wort](/x/) und `code`.',
    '',
    '<div>html Wort <a href="/y/">kein Link</a> &amp; <code>x</code> dort</div>',
    '',
    '```',
    'Wort',
    '```',
  ].join('\n')
  const ranges = extractLinkableRanges(markdown)
  const texts: string[] = []
  for (let index = 0; index < ranges.length; index += 2) texts.push(markdown.slice(ranges[index], ranges[index + 1]))
  expect(texts).toEqual(['Ein ', 'Wort', ' und ', ' und ', '.', 'html Wort ', ' dort'])
})
