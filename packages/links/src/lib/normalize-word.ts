import { stemmer as stemDutch } from '@orama/stemmers/dutch'
import { stemmer as stemEnglish } from '@orama/stemmers/english'
import { stemmer as stemFrench } from '@orama/stemmers/french'
import { stemmer as stemGerman } from '@orama/stemmers/german'
import { stemmer as stemItalian } from '@orama/stemmers/italian'
import { stemmer as stemPortuguese } from '@orama/stemmers/portuguese'
import { stemmer as stemSpanish } from '@orama/stemmers/spanish'
import { stopwords as dutchStopWords } from '@orama/stopwords/dutch'
import { stopwords as englishStopWords } from '@orama/stopwords/english'
import { stopwords as frenchStopWords } from '@orama/stopwords/french'
import { stopwords as germanStopWords } from '@orama/stopwords/german'
import { stopwords as italianStopWords } from '@orama/stopwords/italian'
import { stopwords as portugueseStopWords } from '@orama/stopwords/portuguese'
import { stopwords as spanishStopWords } from '@orama/stopwords/spanish'

/** Languages whose words are stemmed (Snowball) and whose stop words are known. */
export const supportedLanguages = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt'] as const

/** A language we can fold and stem; `und` (undetermined) for any other: folded, never stemmed. */
export type Language = (typeof supportedLanguages)[number] | 'und'

const stemmers: Record<Exclude<Language, 'und'>, (word: string) => string> = {
  de: stemGerman,
  en: stemEnglish,
  es: stemSpanish,
  fr: stemFrench,
  it: stemItalian,
  nl: stemDutch,
  pt: stemPortuguese,
}

const stopWordLists: Record<Exclude<Language, 'und'>, readonly string[]> = {
  de: germanStopWords,
  en: englishStopWords,
  es: spanishStopWords,
  fr: frenchStopWords,
  it: italianStopWords,
  nl: dutchStopWords,
  pt: portugueseStopWords,
}

/** `de-AT` → `de`; a language we do not stem → `und`. */
export function languageOf(tag: string | undefined): Language {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? ''
  return (supportedLanguages as readonly string[]).includes(primary) ? (primary as Language) : 'und'
}

/**
 * Lower-cases a word and folds it to ASCII letters: `Größe` → `grosse`, `Café` → `cafe`. German
 * also folds the spelled-out umlauts (`Groesse` → `grosse`), so both spellings meet.
 */
export function foldWord(word: string, lang: Language | string): string {
  const folded = word.toLowerCase().replace(/ß/g, 'ss').replace(/[’']/g, "'").normalize('NFD').replace(/\p{M}/gu, '')
  return languageOf(lang) === 'de' ? folded.replace(/([aou])e/g, '$1') : folded
}

const stopWordSets = Object.fromEntries(
  supportedLanguages.map((lang) => [lang, new Set(stopWordLists[lang].map((word) => foldWord(word, lang)))]),
) as Record<Exclude<Language, 'und'>, Set<string>>

// Function words of every supported language: none may start or end an anchor, whatever the
// page's language (a German post quoting "the Open Data Charter" must not get "is the" as a phrase).
const anyStopWords = new Set(supportedLanguages.flatMap((lang) => [...stopWordSets[lang]]))

/** Whether a folded word is a stop word of the language (`und`: of any supported language). */
export function isStopWord(folded: string, lang: Language | string): boolean {
  const language = languageOf(lang)
  return language === 'und' ? anyStopWords.has(folded) : stopWordSets[language].has(folded)
}

/** Whether a folded word is a function word in any supported language (never an anchor's first or last word). */
export function isFunctionWord(folded: string): boolean {
  return anyStopWords.has(folded)
}

const versionPattern = /^\d+(?:\.\d+)+$/

/**
 * The Snowball stem of a folded word (`Kartuschen` → `kartusch`, `descaling` → `descal`). Numbers
 * and versions are terms as they stand, with trailing `.0` parts dropped (`1.62.0` = `1.62`).
 */
export function stemWord(folded: string, lang: Language | string): string {
  if (/^\d/.test(folded)) return versionPattern.test(folded) ? folded.replace(/^(\d+\.\d+)(?:\.0)+$/, '$1') : folded
  const language = languageOf(lang)
  if (language === 'und') return folded
  return stemmers[language](folded)
}
