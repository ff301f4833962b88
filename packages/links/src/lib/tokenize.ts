import { foldWord, isStopWord, stemWord, type Language } from './normalize-word.js'

/** Gap before a token: a new text run or punctuation, plain whitespace, or a hyphen (`Gas-Kocher`). */
export const gapBreak = 0
export const gapSpace = 1
export const gapHyphen = 2

/** A page's words in order, as parallel arrays (compact for 10,000 pages). */
export interface TokenList {
  terms: Int32Array
  /** Term of a known key word the token ends with (`gaskocher` → `kocher`), or -1. */
  heads: Int32Array
  starts: Int32Array
  ends: Int32Array
  gaps: Uint8Array
  stops: Uint8Array
  /** Folded surface form ids, for exact-match checks. */
  surfaces: Int32Array
}

interface WordInfo {
  term: number
  surface: number
  isStop: boolean
  head: number
}

const wordPattern = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu
const minimumHeadLength = 4
const minimumModifierLength = 3

/** Maps words to numeric term ids, per language, with caches so each distinct word is stemmed once. */
export class Vocabulary {
  private readonly ids = new Map<string, number>()
  private readonly words = { de: new Map<string, WordInfo>(), en: new Map<string, WordInfo>() }
  /** Terms that may be compound heads (words of titles, keywords and tags). */
  private headTerms: ReadonlySet<number> = new Set()
  readonly names: string[] = []

  idOf(key: string): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.names.length
      this.ids.set(key, id)
      this.names.push(key)
    }
    return id
  }

  /** Freezes the key-word vocabulary that German compound splitting looks for. */
  setHeadTerms(terms: ReadonlySet<number>): void {
    this.headTerms = terms
    this.words.de.clear()
  }

  word(raw: string, lang: Language): WordInfo {
    const cache = this.words[lang]
    let info = cache.get(raw)
    if (info) return info
    const folded = foldWord(raw, lang)
    const term = this.idOf(stemWord(folded, lang))
    info = { term, surface: this.idOf(`=${folded}`), isStop: isStopWord(folded, lang), head: lang === 'de' ? this.findHead(folded, term) : -1 }
    cache.set(raw, info)
    return info
  }

  private findHead(folded: string, term: number): number {
    if (this.headTerms.size === 0 || this.headTerms.has(term)) return -1
    for (let split = minimumModifierLength; split <= folded.length - minimumHeadLength; split++) {
      const head = this.ids.get(stemWord(folded.slice(split), 'de'))
      if (head !== undefined && this.headTerms.has(head)) return head
    }
    return -1
  }

  /** Tokenises `text` within the given `[start, end, …]` ranges. */
  tokenize(text: string, ranges: readonly number[], lang: Language): TokenList {
    const terms: number[] = []
    const heads: number[] = []
    const starts: number[] = []
    const ends: number[] = []
    const gaps: number[] = []
    const stops: number[] = []
    const surfaces: number[] = []
    for (let index = 0; index + 1 < ranges.length; index += 2) {
      const rangeStart = ranges[index] as number
      const slice = text.slice(rangeStart, ranges[index + 1])
      let previousEnd = -1
      for (const match of slice.matchAll(wordPattern)) {
        const start = rangeStart + (match.index ?? 0)
        const info = this.word(match[0], lang)
        const gap = previousEnd < 0 ? gapBreak : classifyGap(text.slice(previousEnd, start))
        terms.push(info.term)
        heads.push(info.head)
        starts.push(start)
        ends.push(start + match[0].length)
        gaps.push(gap)
        stops.push(info.isStop ? 1 : 0)
        surfaces.push(info.surface)
        previousEnd = start + match[0].length
      }
    }
    return {
      terms: Int32Array.from(terms),
      heads: Int32Array.from(heads),
      starts: Int32Array.from(starts),
      ends: Int32Array.from(ends),
      gaps: Uint8Array.from(gaps),
      stops: Uint8Array.from(stops),
      surfaces: Int32Array.from(surfaces),
    }
  }
}

function classifyGap(between: string): number {
  if (between === '-') return gapHyphen
  return /^[ \t]*\r?\n?[ \t]*$/.test(between) && between !== '' ? gapSpace : gapBreak
}
