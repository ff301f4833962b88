import { foldWord, isFunctionWord, isStopWord, languageOf, stemWord, type Language } from './normalize-word.js'

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
  /** 0: a content word; 1: a stop word of the page's language; 2: a function word of another language (never an anchor's edge). */
  stops: Uint8Array
  /** Folded surface form ids, for exact-match checks. */
  surfaces: Int32Array
}

interface WordInfo {
  term: number
  surface: number
  stop: number
  head: number
}

// Versions and decimals are one word (`1.62.0`, `3,5`): numbers are terms.
const wordPattern = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu
const minimumHeadLength = 4
const minimumModifierLength = 3

/** Maps words to numeric term ids, per language, with caches so each distinct word is stemmed once. */
export class Vocabulary {
  private readonly ids = new Map<string, number>()
  private readonly words = new Map<Language, Map<string, WordInfo>>()
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
    this.words.get('de')?.clear()
  }

  word(raw: string, lang: Language): WordInfo {
    let cache = this.words.get(lang)
    if (!cache) this.words.set(lang, (cache = new Map()))
    let info = cache.get(raw)
    if (info) return info
    const folded = foldWord(raw, lang)
    const term = this.idOf(stemWord(folded, lang))
    const stop = isStopWord(folded, lang) ? 1 : isFunctionWord(folded) ? 2 : 0
    info = { term, surface: this.idOf(`=${folded}`), stop, head: lang === 'de' ? this.findHead(folded, term) : -1 }
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
  tokenize(text: string, ranges: readonly number[], tag: string): TokenList {
    const lang = languageOf(tag)
    const buffer = scratchBuffer
    let count = 0
    for (let index = 0; index + 1 < ranges.length; index += 2) {
      const rangeStart = ranges[index] as number
      const slice = text.slice(rangeStart, ranges[index + 1])
      let previousEnd = -1
      for (const match of slice.matchAll(wordPattern)) {
        const start = rangeStart + (match.index ?? 0)
        const info = this.word(match[0], lang)
        if (count === buffer.capacity) buffer.grow()
        buffer.terms[count] = info.term
        buffer.heads[count] = info.head
        buffer.starts[count] = start
        buffer.ends[count] = start + match[0].length
        buffer.gaps[count] = previousEnd < 0 ? gapBreak : classifyGap(text, previousEnd, start)
        buffer.stops[count] = info.stop
        buffer.surfaces[count] = info.surface
        previousEnd = start + match[0].length
        count++
      }
    }
    return {
      terms: buffer.terms.slice(0, count),
      heads: buffer.heads.slice(0, count),
      starts: buffer.starts.slice(0, count),
      ends: buffer.ends.slice(0, count),
      gaps: buffer.gaps.slice(0, count),
      stops: buffer.stops.slice(0, count),
      surfaces: buffer.surfaces.slice(0, count),
    }
  }
}

// One growable set of typed arrays, reused for every page: tokenising 10,000 pages would otherwise
// make millions of short-lived array slots for the garbage collector.
class TokenBuffer {
  capacity = 4096
  terms = new Int32Array(this.capacity)
  heads = new Int32Array(this.capacity)
  starts = new Int32Array(this.capacity)
  ends = new Int32Array(this.capacity)
  gaps = new Uint8Array(this.capacity)
  stops = new Uint8Array(this.capacity)
  surfaces = new Int32Array(this.capacity)

  grow(): void {
    this.capacity *= 2
    this.terms = grown(this.terms, this.capacity)
    this.heads = grown(this.heads, this.capacity)
    this.starts = grown(this.starts, this.capacity)
    this.ends = grown(this.ends, this.capacity)
    this.gaps = grown(this.gaps, this.capacity)
    this.stops = grown(this.stops, this.capacity)
    this.surfaces = grown(this.surfaces, this.capacity)
  }
}

function grown<T extends Int32Array | Uint8Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity)
  next.set(array)
  return next
}

const scratchBuffer = new TokenBuffer()

// Character checks, not a regex on a slice: this runs for every word of every page.
function classifyGap(text: string, from: number, to: number): number {
  if (to - from === 1) {
    const code = text.charCodeAt(from)
    return code === 45 ? gapHyphen : code === 32 || code === 10 || code === 9 ? gapSpace : gapBreak
  }
  let newlines = 0
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) newlines++
    else if (code !== 32 && code !== 9 && code !== 13) return gapBreak
  }
  return to > from && newlines <= 1 ? gapSpace : gapBreak
}
