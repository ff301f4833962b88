import { stopWords } from './stop-words.js'

/** A language whose words we can fold and stem. */
export type Language = 'de' | 'en'

const stopWordSets = { de: new Set<string>(stopWords.de), en: new Set<string>(stopWords.en) }

/**
 * Lower-cases a word and folds it to ASCII letters: `Größe` → `grosse`, `Café` → `cafe`. German
 * also folds the spelled-out umlauts (`Groesse` → `grosse`), so both spellings meet.
 */
export function foldWord(word: string, lang: Language): string {
  const folded = word.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '')
  return lang === 'de' ? folded.replace(/([aou])e/g, '$1') : folded
}

/** Whether a folded word is a stop word of the language. */
export function isStopWord(folded: string, lang: Language): boolean {
  return stopWordSets[lang].has(folded)
}

/**
 * A light stemmer (after Savoy's German light stemmer, and an English s-stemmer with -ing/-ed):
 * it only strips inflection, so `Kartuschen` → `kartusch` and `Kartusche` → `kartusch`, while
 * `Kocher` stays apart from `kochen`.
 */
export function stemWord(folded: string, lang: Language): string {
  return lang === 'de' ? stemGerman(folded) : stemEnglish(folded)
}

function stemGerman(word: string): string {
  if (/^\d/.test(word)) return word
  if (word.length > 5 && word.endsWith('nen')) return word.slice(0, -3)
  if (word.length > 4 && /(?:en|es|em)$/.test(word)) return word.slice(0, -2)
  if (word.length > 3 && /[ens]$/.test(word)) return word.slice(0, -1)
  return word
}

function stemEnglish(word: string): string {
  if (/^\d/.test(word)) return word
  let stem = word.replace(/'s$/, '')
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`
  else if (stem.length > 4 && /(?:sses|xes|zes|ches|shes)$/.test(stem)) stem = stem.slice(0, -2)
  else if (stem.length > 3 && stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1)
  const suffix = /(?:ing|ed)$/.exec(stem)
  if (suffix && stem.length - suffix[0].length >= 3 && /[aeiouy]/.test(stem.slice(0, -suffix[0].length))) {
    stem = stem.slice(0, -suffix[0].length)
    if (/([^aeioulsz])\1$/.test(stem)) stem = stem.slice(0, -1)
  }
  return stem
}
