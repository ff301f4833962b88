import { expect, test } from 'vitest'
import { headingsOf } from './headings.js'
import { gapBreak, gapSpace, Vocabulary } from './tokenize.js'

// The tokeniser scans by character class; its words must be exactly what the documented pattern
// finds, on the cases where a scanner is easy to get wrong.
const wordPattern = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)?/gu
const tricky = [
  'Rust 1.62.0 and Python 3.12, 3,5 kg; 1.5kg 2024. Ende.',
  "don't l’eau rock'n'roll it's 90's O'Brien ' ’x",
  'Größe Groesse café cafe\u0301 naïve ½ ² ٣٤ 漢字 𝐀𝐁 😀x 𝟙.𝟚',
  // Combining marks: decomposed Latin, Devanagari vowel signs and virama, a stray mark after a space.
  'Gasko\u0308cher l’e\u0301te\u0301 हिन्दी भाषा \u0301x',
  'lone \ud800 surrogate \udc00 here, a-b_c (x)[y]',
  '',
]

test('words are what the word pattern finds, with their offsets', () => {
  for (const text of tricky) {
    const list = new Vocabulary().tokenize(text, [0, text.length], 'en')
    const found = [...list.starts].map((start, index) => text.slice(start, list.ends[index]))
    expect(found).toEqual([...text.matchAll(wordPattern)].map((match) => match[0]))
  }
})

test('words never cross the end of a linkable range', () => {
  const text = 'Kaffee1.5 Mühle'
  const list = new Vocabulary().tokenize(text, [0, 8, 8, text.length], 'de')
  // `1.5` would be one word, but the first range ends after `1.`.
  expect([...list.starts].map((start, index) => text.slice(start, list.ends[index]))).toEqual(['Kaffee1', '5', 'Mühle'])
})

test('each word is looked up as itself, also after the word table has grown', () => {
  // Words of up to eight characters are checked within their slot of the table, longer ones against its character pool.
  const words = Array.from({ length: 5000 }, (_, index) => `${index % 2 === 0 ? 'wort' : 'zusammengesetzteswort'}${index.toString(36)}`)
  const text = [...words, ...[...words].reverse()].join(' ')
  const vocabulary = new Vocabulary()
  const list = vocabulary.tokenize(text, [0, text.length], 'und')
  expect([...list.surfaces].map((surface) => vocabulary.names[surface])).toEqual([...words, ...[...words].reverse()].map((word) => `=${word}`))
})

test('offsets survive long stretches without words and ranges out of order', () => {
  const text = `Anfang${' '.repeat(300)}Mitte ${'-'.repeat(70000)} Ende`
  const ranges = [text.length - 4, text.length, 0, text.length - 5]
  const list = new Vocabulary().tokenize(text, ranges, 'de')
  expect([...list.starts].map((start, index) => text.slice(start, list.ends[index]))).toEqual(['Ende', 'Anfang', 'Mitte'])
  expect([...list.gaps]).toEqual([0, 0, 1])
})

test('headings: ATX, setext (not the underline, not a blank line) and HTML', () => {
  const body = '# One\n\nTwo\n===\n\nThree *x*\n---\n\n---\n\n<h2>Four <em>y</em></h2>\n\n  Five\n  ---\n'
  expect(headingsOf(body).sort()).toEqual(['Five', 'Four y', 'One', 'Three x', 'Two'])
})

test('headings: only at a line start (CRLF, up to three spaces), never an indented or mid-line marker', () => {
  const body = 'Intro # not a heading\r\n## Six ##\r\n   ### Seven\r\n    # code, not a heading\r\nEight\r\n-----\r\n####### too many\r\n'
  expect(headingsOf(body).sort()).toEqual(['Eight', 'Seven', 'Six'])
})

test('Japanese and Chinese runs are cut into words (ICU word breaker), which follow each other as in a phrase', () => {
  const words = (text: string, lang: string) => {
    const list = new Vocabulary().tokenize(text, [0, text.length], lang)
    return [...list.starts].map((start, index) => ({ word: text.slice(start, list.ends[index]), gap: list.gaps[index], stop: list.stops[index] }))
  }
  const japanese = words('この脆弱性はKPMGによって発見されました。ガスコンロの選び方', 'ja')
  // Not one word for the sentence: its nouns are words of their own, its particles stop words.
  expect(japanese.map(({ word }) => word)).toEqual(expect.arrayContaining(['脆弱', 'KPMG', '発見', 'ガスコンロ', '選び方']))
  expect(japanese.every(({ word }) => word.length < 8)).toBe(true)
  expect(japanese.filter(({ word }) => ['は', 'の', 'この'].includes(word)).every(({ stop }) => stop === 1)).toBe(true)
  // Inside a run the words continue a phrase; the full stop 。 ends it.
  const stove = japanese.findIndex(({ word }) => word === 'ガスコンロ')
  expect(japanese[stove]!.gap).toBe(gapBreak)
  expect(japanese.slice(stove + 1).map(({ word, gap }) => [word, gap])).toEqual([['の', gapSpace], ['選び方', gapSpace]])
  // A version written against Han is a word of its own, and the run goes on after it.
  const chinese = words('我们宣布Ruby 2.1.0发布了', 'zh')
  expect(chinese.map(({ word }) => word)).toEqual(['我们', '宣布', 'Ruby', '2.1.0', '发布', '了'])
  expect(chinese.map(({ gap }) => gap)).toEqual([gapBreak, gapSpace, gapSpace, gapSpace, gapSpace, gapSpace])
  expect(chinese.find(({ word }) => word === '了')!.stop).toBe(1)
})

test('a run of Han and kana too long to give the word breaker at once has the words of the whole run', () => {
  // ICU's dictionary breaker slows down faster than a run grows (a million Han characters without
  // a punctuation mark took minutes): runs go to it a window at a time, and the words must be those of the whole run.
  const run = 'ガスコンロの選び方について前に詳しく書きました新しい燃料カートリッジと登山用の軽量ストーブ'.repeat(40) + '𠀀漢字'.repeat(50)
  const list = new Vocabulary().tokenize(run, [0, run.length], 'ja')
  const found = [...list.starts].map((start, index) => [start, list.ends[index]])
  const whole = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(run)].filter((segment) => segment.isWordLike).map((segment) => [segment.index, segment.index + segment.segment.length])
  expect(run.length).toBeGreaterThan(1000)
  expect(found).toEqual(whole)
})

// Not a speed measure: a guard against a hang. Given at once, half a million Han characters without
// a punctuation mark kept the breaker busy for minutes (a guest post of such text stopped `links`).
test('half a million Han characters without punctuation are cut into words, not left to hang', { timeout: 20_000 }, () => {
  const characters = '的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过家'
  const run = Array.from({ length: 500_000 }, (_, index) => characters[(index * 7919) % characters.length]).join('')
  const list = new Vocabulary().tokenize(run, [0, run.length], 'zh')
  expect(list.terms.length).toBeGreaterThan(100_000)
  expect(list.ends.at(-1)).toBe(run.length)
})

// Thai, Lao, Khmer and Myanmar are written without spaces between words, as Chinese and Japanese
// are: a run of them is cut by the ICU word breaker, not taken as one word up to the next space.
test('a run of Thai, Lao, Khmer or Myanmar is cut into the words the ICU word breaker finds', () => {
  for (const [lang, run] of [['th', 'ภาษาไทยเป็นภาษาที่สวยงาม'], ['lo', 'ພາສາລາວເປັນພາສາທີ່ງາມ'], ['km', 'ភាសាខ្មែរជាភាសាដ៏ស្រស់ស្អាត'], ['my', 'မြန်မာဘာသာစကားသည်လှပသည်']] as const) {
    const text = `Intro ${run}.`
    const list = new Vocabulary().tokenize(text, [0, text.length], lang)
    const found = [...list.starts].map((start, index) => text.slice(start, list.ends[index]))
    const words = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(run)].filter((segment) => segment.isWordLike).map((segment) => segment.segment)
    expect(words.length).toBeGreaterThan(1)
    expect(found).toEqual(['Intro', ...words])
  }
})
