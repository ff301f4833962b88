import { stemmer as stemDanish } from '@orama/stemmers/danish'
import { stemmer as stemDutch } from '@orama/stemmers/dutch'
import { stemmer as stemEnglish } from '@orama/stemmers/english'
import { stemmer as stemFinnish } from '@orama/stemmers/finnish'
import { stemmer as stemFrench } from '@orama/stemmers/french'
import { stemmer as stemGerman } from '@orama/stemmers/german'
import { stemmer as stemItalian } from '@orama/stemmers/italian'
import { stemmer as stemNorwegian } from '@orama/stemmers/norwegian'
import { stemmer as stemPortuguese } from '@orama/stemmers/portuguese'
import { stemmer as stemRussian } from '@orama/stemmers/russian'
import { stemmer as stemSpanish } from '@orama/stemmers/spanish'
import { stemmer as stemSwedish } from '@orama/stemmers/swedish'
import { stemmer as stemTurkish } from '@orama/stemmers/turkish'
import { stopwords as danishStopWords } from '@orama/stopwords/danish'
import { stopwords as dutchStopWords } from '@orama/stopwords/dutch'
import { stopwords as englishStopWords } from '@orama/stopwords/english'
import { stopwords as finnishStopWords } from '@orama/stopwords/finnish'
import { stopwords as frenchStopWords } from '@orama/stopwords/french'
import { stopwords as germanStopWords } from '@orama/stopwords/german'
import { stopwords as italianStopWords } from '@orama/stopwords/italian'
import { stopwords as japaneseStopWords } from '@orama/stopwords/japanese'
import { stopwords as norwegianStopWords } from '@orama/stopwords/norwegian'
import { stopwords as chineseStopWords } from '@orama/stopwords/mandarin'
import { stopwords as portugueseStopWords } from '@orama/stopwords/portuguese'
import { stopwords as russianStopWords } from '@orama/stopwords/russian'
import { stopwords as spanishStopWords } from '@orama/stopwords/spanish'
import { stopwords as swedishStopWords } from '@orama/stopwords/swedish'
import { stopwords as turkishStopWords } from '@orama/stopwords/turkish'

/**
 * Languages whose stop words are known: stemmed (Snowball), or for Japanese and Chinese cut into
 * words by the platform's ICU word breaker (`Intl.Segmenter`, see tokenize.ts) and taken as they stand.
 */
export const supportedLanguages = ['da', 'de', 'en', 'es', 'fi', 'fr', 'it', 'ja', 'nl', 'no', 'pt', 'ru', 'sv', 'tr', 'zh'] as const

// The languages whose function words no anchor starts or ends with, whatever the page's language
// (a German post quoting English). Russian, Turkish and the Nordic stop words apply on their own
// pages only (Turkish "en", "bu", "ki" and "ne", Swedish and Danish "man", "under", "hun" are words
// of other languages' text); so do Japanese and Chinese ones, whose lists hold only their own
// scripts' words (see `isStopWord` for a page without a language). Other languages of
// @orama/stopwords were measured and left out (docs/links.md): its Ukrainian list has 28 words and
// not "в" or "на", its Indonesian list not "untuk", and its Bulgarian stemmer throws on "въпроси".
const edgeLanguages = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt'] as const

/** A language we can fold and stem; `und` (undetermined) for any other: folded, never stemmed. */
export type Language = (typeof supportedLanguages)[number] | 'und'

const stemmers: Record<Exclude<Language, 'und'>, (word: string) => string> = {
  da: stemDanish,
  de: stemGerman,
  en: stemEnglish,
  es: stemSpanish,
  fi: stemFinnish,
  fr: stemFrench,
  it: stemItalian,
  // No stemmer: Japanese and Chinese words do not inflect by suffix the way Snowball reads.
  ja: (word) => word,
  nl: stemDutch,
  no: stemNorwegian,
  pt: stemPortuguese,
  ru: stemRussian,
  sv: stemSwedish,
  tr: stemTurkish,
  zh: (word) => word,
}

// Snowball's German list has the contractions of a preposition and an article `am`, `im`, `ins`,
// `vom`, `zum` and `zur`, but not the others the Duden lists as standard ("Verschmelzung von
// Präposition und Artikel"): an anchor "beim Parsen von Floating-Point" starts on a function word.
const germanContractions = ['ans', 'aufs', 'beim', 'durchs', 'fürs', 'hinterm', 'hinters', 'überm', 'übers', 'ums', 'unterm', 'unters', 'vorm', 'vors']

const stopWordLists: Record<Exclude<Language, 'und'>, readonly string[]> = {
  da: danishStopWords,
  de: [...germanStopWords, ...germanContractions],
  en: englishStopWords,
  es: spanishStopWords,
  fi: finnishStopWords,
  fr: frenchStopWords,
  it: italianStopWords,
  ja: japaneseStopWords,
  nl: dutchStopWords,
  no: norwegianStopWords,
  pt: portugueseStopWords,
  ru: russianStopWords,
  sv: swedishStopWords,
  tr: turkishStopWords,
  zh: chineseStopWords,
}

/**
 * The primary subtag of a language tag, lower-cased (`de-AT` → `de`; `zh_CN`, as Jekyll sites
 * write it, → `zh`); '' for none.
 */
export function primarySubtag(tag: string | undefined): string {
  return (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? ''
}

/** `de-AT` → `de`; a language we do not stem → `und`. */
export function languageOf(tag: string | undefined): Language {
  const subtag = primarySubtag(tag)
  // Bokmål and Nynorsk have their own tags; Snowball's Norwegian stemmer and list are for both.
  const primary = subtag === 'nb' || subtag === 'nn' ? 'no' : subtag
  return (supportedLanguages as readonly string[]).includes(primary) ? (primary as Language) : 'und'
}

const markedLetters = /(?<![\p{Script=Cyrillic}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}])\p{M}+/gu

/**
 * Lower-cases a word and folds it to ASCII letters: `Größe` → `grosse`, `Café` → `cafe`. German
 * also folds the spelled-out umlauts (`Groesse` → `grosse`), so both spellings meet.
 */
export function foldWord(word: string, lang: Language | string): string {
  // Only accents are dropped. Cyrillic keeps its marks (`й` is a letter of its own, and the Russian
  // and Ukrainian stemmers read it), and so do kana: the voicing marks make other syllables (`が` is
  // not `か`). In the Brahmic scripts (Devanagari, Thai, …) the marks are the vowels: `काम` is not `कम`.
  const folded = word.toLowerCase().replace(/ß/g, 'ss').replace(/[’']/g, "'").normalize('NFD').replace(markedLetters, '').normalize('NFC')
  return languageOf(lang) === 'de' ? folded.replace(/([aou])e/g, '$1') : folded
}

const stopWordSets = Object.fromEntries(
  supportedLanguages.map((lang) => [lang, new Set(stopWordLists[lang].map((word) => foldWord(word, lang)))]),
) as Record<Exclude<Language, 'und'>, Set<string>>

// Function words of every supported language: none may start or end an anchor, whatever the
// page's language (a German post quoting "the Open Data Charter" must not get "is the" as a phrase).
const anyStopWords = new Set(edgeLanguages.flatMap((lang) => [...stopWordSets[lang]]))

/** Whether a folded word is a stop word of the language (`und`: of any supported language); `qu'il` is one (`il`). */
export function isStopWord(folded: string, lang: Language | string): boolean {
  const language = languageOf(lang)
  if (language === 'und') return isFunctionWord(folded) || (cjkPattern.test(folded) && (stopWordSets.ja.has(folded) || stopWordSets.zh.has(folded)))
  const set = stopWordSets[language]
  return set.has(folded) || (folded.includes("'") && set.has(folded.slice(elisionLength(folded, language))))
}

const cjkPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** Whether a folded word is a function word of any of de, en, es, fr, it, nl, pt (never an anchor's first or last word, on a page of any language). */
export function isFunctionWord(folded: string): boolean {
  return anyStopWords.has(folded) || (folded.includes("'") && anyStopWords.has(folded.slice(elidedPrefixLength(folded))))
}

const versionPattern = /^\d+(?:\.\d+)+$/

// Elided articles and prepositions glued to the next word by an apostrophe (`l’Europe`, `dell’anno`,
// `qu’il`): not part of the word's meaning, and never the start of an anchor.
const elisions: Partial<Record<Language, RegExp>> = {
  fr: /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\p{L})/u,
  it: /^(?:l|d|c|un|all|dall|dell|nell|sull|coll|quell|quest|sant|tutt)'(?=\p{L})/u,
}

/** Characters of a folded word that are an elided article or preposition of `lang` (`l'europe` → 2), else 0. */
export function elisionLength(folded: string, lang: Language | string): number {
  const pattern = elisions[languageOf(lang)]
  return pattern?.exec(folded)?.[0].length ?? 0
}

/** Characters of a folded word that are an elided article or preposition of any supported language (an anchor starts after them). */
export function elidedPrefixLength(folded: string): number {
  return folded.includes("'") ? Math.max(elisionLength(folded, 'fr'), elisionLength(folded, 'it')) : 0
}

/**
 * The Snowball stem of a folded word (`Kartuschen` → `kartusch`, `descaling` → `descal`). Numbers
 * and versions are terms as they stand, with trailing `.0` parts dropped (`1.62.0` = `1.62`). An
 * English possessive goes first (`Rust's` = `Rust`, `2015's` = `2015`: Snowball's step 0, which the
 * stemmer we use leaves out); a French or Italian elided article too (`l'Europe` = `Europe`).
 */
export function stemWord(folded: string, lang: Language | string): string {
  const language = languageOf(lang)
  let word = folded
  if (language === 'en') word = word.replace(/'s?$/, '')
  else if (language === 'fr' || language === 'it') word = word.slice(elisionLength(word, language))
  // A version written with a `v` is the version (`v16.3.0` = `16.3`); `v8` alone is a word.
  if (/^v\d+(?:\.\d+)+$/.test(word)) word = word.slice(1)
  if (/^\d/.test(word)) return versionPattern.test(word) ? word.replace(/^(\d+\.\d+)(?:\.0)+$/, '$1') : word
  if (language === 'und') return word
  try {
    return stemmers[language](word)
  } catch {
    // A stemmer's own bug must not stop the report: the word is a term as it stands.
    return word
  }
}
