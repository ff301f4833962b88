import { expect, test } from 'vitest'
import { foldWord, isFunctionWord, isStopWord, stemWord } from './normalize-word.js'
import { extractLinkableRanges } from './find-linkable-ranges.js'

// Snowball stems (via @orama/stemmers): inflected forms meet in every supported language.
test.each([
  { word: 'Kartuschen', lang: 'de', stem: 'kartusch' },
  { word: 'Kartusche', lang: 'de', stem: 'kartusch' },
  { word: 'Größe', lang: 'de', stem: 'gross' },
  { word: 'Groesse', lang: 'de', stem: 'gross' },
  { word: 'Kochern', lang: 'de', stem: 'koch' },
  { word: 'kettles', lang: 'en', stem: 'kettl' },
  { word: 'kettle', lang: 'en', stem: 'kettl' },
  { word: 'grinding', lang: 'en', stem: 'grind' },
  { word: 'berries', lang: 'en', stem: 'berri' },
  { word: 'libros', lang: 'es', stem: 'libr' },
  { word: 'libro', lang: 'es', stem: 'libr' },
  { word: 'bibliothèques', lang: 'fr', stem: 'bibliothequ' },
  { word: 'bibliothèque', lang: 'fr', stem: 'bibliothequ' },
  { word: 'livros', lang: 'pt', stem: 'livr' },
  { word: 'livro', lang: 'pt', stem: 'livr' },
  { word: 'biblioteche', lang: 'it', stem: 'bibliotec' },
  { word: 'biblioteca', lang: 'it', stem: 'bibliotec' },
  { word: 'boeken', lang: 'nl', stem: 'boek' },
  { word: 'boek', lang: 'nl', stem: 'boek' },
  { word: 'Wort', lang: 'sv', stem: 'wort' },
  // Numbers and versions are terms; a release's trailing .0 goes ("Rust 1.62" names "Rust 1.62.0").
  { word: '1.62.0', lang: 'en', stem: '1.62' },
  { word: '3.12', lang: 'en', stem: '3.12' },
  { word: '2024', lang: 'de', stem: '2024' },
  // An English possessive is the word (Snowball's step 0); a French or Italian elided article goes.
  { word: "Rust's", lang: 'en', stem: 'rust' },
  { word: 'Rust’s', lang: 'en', stem: 'rust' },
  { word: "2015's", lang: 'en', stem: '2015' },
  { word: "contributors'", lang: 'en', stem: 'contributor' },
  { word: 'l’Europe', lang: 'fr', stem: 'europ' },
  { word: "qu'Europe", lang: 'fr', stem: 'europ' },
  { word: "aujourd'hui", lang: 'fr', stem: "aujourd'hui" },
  { word: 'dell’anno', lang: 'it', stem: 'anno' },
  { word: "l'anagrafe", lang: 'it', stem: 'anagraf' },
] as Array<{ word: string; lang: string; stem: string }>)('$word ($lang) → $stem', ({ word, lang, stem }) => {
  expect(stemWord(foldWord(word, lang), lang)).toBe(stem)
})

test('stop words of each language; function words of any language are known as such', () => {
  for (const [word, lang] of [['die', 'de'], ['the', 'en'], ['los', 'es'], ['les', 'fr'], ['dos', 'pt'], ['della', 'it'], ['het', 'nl']] as const) {
    expect(isStopWord(foldWord(word, lang), lang)).toBe(true)
    expect(isFunctionWord(foldWord(word, lang))).toBe(true)
  }
  expect(isStopWord('the', 'de')).toBe(false)
  expect(isFunctionWord('the')).toBe(true)
  for (const word of ['data', 'open', 'daten', 'offen', 'rust', 'version']) expect(isFunctionWord(word)).toBe(false)
  // An elided article on a function word is one ("qu'il", "j'ai"); on a content word it is not.
  expect(isStopWord("qu'il", 'fr')).toBe(true)
  expect(isFunctionWord("j'ai")).toBe(true)
  expect(isFunctionWord("l'europe")).toBe(false)
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

test('kana keep their voicing marks; Japanese and Chinese function words are stop words, also on a page without a language', () => {
  // Stripping marks as for Latin letters made が into か and ガス ("gas") into カス ("dregs").
  expect(foldWord('ガス', 'ja')).toBe('ガス')
  expect(foldWord('が', 'und')).not.toBe(foldWord('か', 'und'))
  expect(isStopWord('は', 'ja')).toBe(true)
  expect(isStopWord('について', 'ja')).toBe(true)
  expect(isStopWord('コンロ', 'ja')).toBe(false)
  expect(isStopWord('我们', 'zh-CN')).toBe(true)
  expect(isStopWord('发布', 'zh')).toBe(false)
  expect(isStopWord('の', 'und')).toBe(true)
  // Their lists hold only their own scripts' words: an English page loses none of its own.
  expect(isStopWord('design', 'en')).toBe(false)
  expect(stemWord('データベース', 'ja')).toBe('データベース')
})

test('Swedish, Danish, Norwegian (also tagged nb or nn) and Finnish words are stemmed: inflected forms meet', () => {
  expect(stemWord(foldWord('böckerna', 'sv'), 'sv')).toBe(stemWord(foldWord('böcker', 'sv'), 'sv'))
  expect(stemWord(foldWord('bibliotekerne', 'da'), 'da')).toBe(stemWord(foldWord('biblioteket', 'da'), 'da'))
  expect(stemWord(foldWord('bibliotekene', 'nb'), 'nb')).toBe(stemWord(foldWord('biblioteket', 'nn-NO'), 'nn-NO'))
  expect(stemWord(foldWord('kirjastossa', 'fi'), 'fi')).toBe(stemWord(foldWord('kirjasto', 'fi'), 'fi'))
  expect(isStopWord('och', 'sv')).toBe(true)
  expect(isStopWord('og', 'nb')).toBe(true)
  // Their function words are no stop words of an English page: "man" is one in Swedish only.
  expect(isStopWord('man', 'sv')).toBe(true)
  expect(isStopWord('man', 'en')).toBe(false)
})

test('accents are folded away, the vowel signs of Brahmic scripts are not', () => {
  expect(foldWord('Gasko\u0308cher', 'de')).toBe(foldWord('Gasköcher', 'de'))
  expect(foldWord('café', 'fr')).toBe('cafe')
  // Hindi "work" and "less", Thai "come" and "people": different words that differ only in a vowel sign.
  expect(foldWord('काम', 'hi')).not.toBe(foldWord('कम', 'hi'))
  expect(foldWord('มา', 'th')).not.toBe(foldWord('ม', 'th'))
})
