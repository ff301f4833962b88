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

/**
 * A page's words as the index keeps them between analysis and suggestion, 4 bytes a word: the word's
 * id (bits 10–31), the gap before it (bits 8–9) and how many characters lie between the previous
 * word's end and its start (bits 0–7; 255: its start is the next entry of `far`). `Vocabulary.expand`
 * turns it back into a `TokenList`: the rest is looked up per word, nothing is tokenised again.
 */
export interface CompactTokens {
  codes: Uint32Array
  far: Int32Array
}

// More distinct words than 22 bits hold (4 million) would need wider codes; the vocabulary of any
// blog is far below that, and `compact` says so loudly if one is not.
const maximumWordId = 2 ** 22
const farSkip = 255

interface WordInfo {
  /** Index in `Vocabulary.entries`. */
  id: number
  term: number
  surface: number
  stop: number
  head: number
  /** Length of the raw word in the text. */
  length: number
}

// A word is what `/\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}]+(?:['’]\p{L}+)?/u` matches: versions and decimals
// are one word (`1.62.0`, `3,5`: numbers are terms), then letters and digits with an optional
// apostrophe ending (`don't`, `l’eau`). Scanned by character class (a regex per word was a third
// of the index's time on 10,000 pages).
// Every character is read as `charCodeAt.call(text, i)`, not `text.charCodeAt(i)`: these loops see
// many kinds of string (bodies one- and two-byte, headings made by `replace`, titles and tags of
// the front matter), and past four kinds the lookup of `charCodeAt` on them turns megamorphic, so
// each character cost a generic call: tokenising 10,000 pages took 2.3 times as long inside the
// index as alone. Called as the prototype's own function, it is the builtin whatever the string.
// (A helper function around it was slower again: not every call of it was inlined.)
const charCodeAt = String.prototype.charCodeAt

const other = 0
const letter = 1
const number = 2
const charKinds = new Uint8Array(0x10000).fill(255)
const letterPattern = /^\p{L}$/u
const numberPattern = /^\p{N}$/u

function kindOfCodePoint(character: string): number {
  return letterPattern.test(character) ? letter : numberPattern.test(character) ? number : other
}

function isHighSurrogateAt(text: string, position: number): boolean {
  const code = charCodeAt.call(text, position)
  return code >= 0xd800 && code <= 0xdbff && position + 1 < text.length
}

/** The class of the code point at `position` (a surrogate pair is one code point). */
function charKind(text: string, position: number): number {
  const code = charCodeAt.call(text, position)
  // Below the surrogates (nearly every character of a blog), one table read.
  if (code < 0xd800) {
    const kind = charKinds[code]!
    if (kind !== 255) return kind
  }
  return charKindSlow(text, position, code)
}

function charKindSlow(text: string, position: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(position)!
    return point > 0xffff ? kindOfCodePoint(String.fromCodePoint(point)) : other
  }
  let kind = charKinds[code]!
  if (kind === 255) charKinds[code] = kind = kindOfCodePoint(String.fromCharCode(code))
  return kind
}

function codeUnits(text: string, position: number): number {
  return charCodeAt.call(text, position) < 0xd800 ? 1 : isHighSurrogateAt(text, position) && text.codePointAt(position)! > 0xffff ? 2 : 1
}

function wordEnd(text: string, start: number, limit: number, firstKind: number): number {
  let position = start
  if (firstKind === number) {
    // A version or decimal: digits, then one or more groups of [.,] and digits.
    while (position < limit && charKind(text, position) === number) position += codeUnits(text, position)
    let groups = 0
    while (position + 1 < limit && (charCodeAt.call(text, position) === 46 || charCodeAt.call(text, position) === 44) && charKind(text, position + 1) === number) {
      position++
      while (position < limit && charKind(text, position) === number) position += codeUnits(text, position)
      groups++
    }
    if (groups > 0) return position
    position = start
  }
  while (position < limit) {
    const code = charCodeAt.call(text, position)
    if (code < 0xd800) {
      const kind = charKinds[code]!
      if (kind === other) break
      if (kind !== 255) {
        position++
        continue
      }
    }
    if (charKind(text, position) === other) break
    position += codeUnits(text, position)
  }
  const code = charCodeAt.call(text, position)
  if ((code === 39 || code === 0x2019) && position + 1 < limit && charKind(text, position + 1) === letter) {
    position++
    while (position < limit && charKind(text, position) === letter) position += codeUnits(text, position)
  }
  return position
}
const minimumHeadLength = 4
const minimumModifierLength = 3

/** Maps words to numeric term ids, per language, with caches so each distinct word is stemmed once. */
export class Vocabulary {
  private readonly ids = new Map<string, number>()
  private readonly words = new Map<Language, WordTable>()
  /** Every distinct (language, raw word) seen, by id. */
  private readonly entries: WordInfo[] = []
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

  // A page's language tag is looked up for every title, tag and heading: parsed once per tag.
  private readonly languages = new Map<string, Language>()

  private languageOfTag(tag: string): Language {
    let lang = this.languages.get(tag)
    if (lang === undefined) this.languages.set(tag, (lang = languageOf(tag)))
    return lang
  }

  /** Freezes the key-word vocabulary that German compound splitting looks for. */
  setHeadTerms(terms: ReadonlySet<number>): void {
    this.headTerms = terms
    this.words.delete('de')
  }

  word(raw: string, lang: Language): WordInfo {
    return this.wordAt(raw, 0, raw.length, lang)
  }

  /** The word `text[start, end)`, looked up without cutting it out of the text. */
  wordAt(text: string, start: number, end: number, lang: Language): WordInfo {
    return this.wordIn(this.tableOf(lang), text, start, end, lang)
  }

  private tableOf(lang: Language): WordTable {
    let table = this.words.get(lang)
    if (!table) this.words.set(lang, (table = new WordTable()))
    return table
  }

  private wordIn(table: WordTable, text: string, start: number, end: number, lang: Language, hash = hashOf(text, start, end)): WordInfo {
    const found = table.find(text, start, end, hash)
    if (found) return found
    const raw = text.slice(start, end)
    const folded = foldWord(raw, lang)
    const term = this.idOf(stemWord(folded, lang))
    const stop = isStopWord(folded, lang) ? 1 : isFunctionWord(folded) ? 2 : 0
    const info = { id: this.entries.length, term, surface: this.idOf(`=${folded}`), stop, head: lang === 'de' && isCapitalised(raw) ? this.findHead(folded, term) : -1, length: raw.length }
    this.entries.push(info)
    table.insert(raw, hash, info)
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

  /**
   * Tokenises `text` within the given `[start, end, …]` ranges: views into one shared buffer, valid
   * until the next `tokenize` call (titles, tags and headings are read once and dropped; copying
   * them made hundreds of thousands of small arrays on a large site).
   */
  tokenize(text: string, ranges: readonly number[], tag: string): TokenList {
    return this.expand(this.compact(text, ranges, tag, false), expandBuffer)
  }

  /** Tokenises `text` within the given `[start, end, …]` ranges into the compact form an index keeps (`keep`: a copy; else views into a shared buffer). */
  compact(text: string, ranges: readonly number[], tag: string, keep = true): CompactTokens {
    const lang = this.languageOfTag(tag)
    const table = this.tableOf(lang)
    const buffer = compactBuffer
    let count = 0
    let farCount = 0
    let lastEnd = 0
    for (let index = 0; index + 1 < ranges.length; index += 2) {
      const rangeEnd = Math.min(text.length, ranges[index + 1] as number)
      let previousEnd = -1
      let position = ranges[index] as number
      while (position < rangeEnd) {
        const kind = charKind(text, position)
        if (kind === other) {
          position += codeUnits(text, position)
          continue
        }
        const start = position
        let end = position
        let hash = fnvOffset
        if (kind === letter) {
          // The common word: letters and digits below the surrogates, hashed while they are read.
          for (let code = charCodeAt.call(text, end); end < rangeEnd && code < 0xd800 && (charKinds[code] === letter || charKinds[code] === number); code = charCodeAt.call(text, ++end)) hash = Math.imul(hash ^ code, fnvPrime)
          const code = charCodeAt.call(text, end)
          if (end < rangeEnd && (code >= 0xd800 || charKinds[code] !== other || code === 39 || code === 0x2019)) (end = wordEnd(text, start, rangeEnd, kind)), (hash = hashOf(text, start, end))
        } else (end = wordEnd(text, start, rangeEnd, kind)), (hash = hashOf(text, start, end))
        const info = this.wordIn(table, text, start, end, lang, hash | 0)
        if (info.id >= maximumWordId) throw new Error(`The link index holds at most ${maximumWordId} distinct words; this site has more.`)
        if (count === buffer.capacity) buffer.grow()
        const skip = start - lastEnd
        const gap = previousEnd < 0 ? gapBreak : classifyGap(text, previousEnd, start)
        buffer.codes[count] = info.id * 1024 + gap * 256 + (skip >= 0 && skip < farSkip ? skip : farSkip)
        if (!(skip >= 0 && skip < farSkip)) {
          if (farCount === buffer.far.length) buffer.growFar()
          buffer.far[farCount++] = start
        }
        previousEnd = end
        lastEnd = end
        position = end
        count++
      }
    }
    return keep ? { codes: buffer.codes.slice(0, count), far: buffer.far.slice(0, farCount) } : { codes: buffer.codes.subarray(0, count), far: buffer.far.subarray(0, farCount) }
  }

  /**
   * Adds the words of compact tokens to `counter` (all but the stop words of the page's language)
   * and returns how many are content words (no function word of any language): the counts without
   * expanding the token list.
   */
  countWords(compact: CompactTokens, counter: { addTerm(term: number, boost: number): void }): number {
    const { codes } = compact
    const { entries } = this
    let content = 0
    for (let index = 0; index < codes.length; index++) {
      const info = entries[codes[index]! >>> 10]!
      if (info.stop === 1) continue
      if (info.stop === 0) content++
      counter.addTerm(info.term, 1)
    }
    return content
  }

  /** The folded surface form of the first word of term `term` in compact tokens, or -1. */
  firstSurface(compact: CompactTokens, term: number): number {
    const { codes } = compact
    for (let index = 0; index < codes.length; index++) {
      const info = this.entries[codes[index]! >>> 10]!
      if (info.term === term) return info.surface
    }
    return -1
  }

  /**
   * The full token list of compact tokens, as views into `buffer` (default: one shared buffer, so
   * valid until the next call with it).
   */
  expand(compact: CompactTokens, buffer: TokenBuffer = sharedBuffer): TokenList {
    const { codes, far } = compact
    const count = codes.length
    buffer.reserve(count)
    const { entries } = this
    let lastEnd = 0
    let farIndex = 0
    for (let index = 0; index < count; index++) {
      const code = codes[index]!
      const info = entries[code >>> 10]!
      const skip = code & 255
      const start = skip === farSkip ? far[farIndex++]! : lastEnd + skip
      lastEnd = start + info.length
      buffer.terms[index] = info.term
      buffer.heads[index] = info.head
      buffer.starts[index] = start
      buffer.ends[index] = lastEnd
      buffer.gaps[index] = (code >>> 8) & 3
      buffer.stops[index] = info.stop
      buffer.surfaces[index] = info.surface
    }
    return {
      terms: buffer.terms.subarray(0, count),
      heads: buffer.heads.subarray(0, count),
      starts: buffer.starts.subarray(0, count),
      ends: buffer.ends.subarray(0, count),
      gaps: buffer.gaps.subarray(0, count),
      stops: buffer.stops.subarray(0, count),
      surfaces: buffer.surfaces.subarray(0, count),
    }
  }
}

// A German compound is a noun, and German capitalises every noun: "Reisegaskocher" ends in "Kocher",
// "präsentieren" does not end in "Tiere".
function isCapitalised(raw: string): boolean {
  const first = raw.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}

// FNV-1a over the UTF-16 code units of `text[start, end)`.
const fnvOffset = 0x811c9dc5
const fnvPrime = 0x01000193

function hashOf(text: string, start: number, end: number): number {
  let hash = fnvOffset
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ charCodeAt.call(text, index), fnvPrime)
  return hash | 0
}

// The words of one language by their characters (open addressing): a word standing in a text is
// found without cutting it out as a string first (a 10,000-post site has 15 million words).
class WordTable {
  /** Per slot, the hash and the entry (+1; 0: free) side by side: one cache line per probe. */
  private slots = new Int32Array(2 * 4096)
  private readonly raws: string[] = []
  private readonly infos: WordInfo[] = []

  find(text: string, start: number, end: number, hash: number): WordInfo | undefined {
    const slots = this.slots
    const mask = (slots.length >> 1) - 1
    const length = end - start
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1]!
      if (entry === 0) return undefined
      if (slots[2 * slot] !== hash) continue
      const raw = this.raws[entry - 1]!
      if (raw.length !== length) continue
      let same = true
      for (let index = 0; index < length; index++) {
        if (charCodeAt.call(raw, index) !== charCodeAt.call(text, start + index)) {
          same = false
          break
        }
      }
      if (same) return this.infos[entry - 1]
    }
  }

  insert(raw: string, hash: number, info: WordInfo): void {
    this.raws.push(raw)
    this.infos.push(info)
    if (this.raws.length * 4 > this.slots.length) this.rehash(this.slots.length)
    else this.place(this.raws.length, hash)
  }

  private place(entry: number, hash: number): void {
    const mask = (this.slots.length >> 1) - 1
    let slot = hash & mask
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask
    this.slots[2 * slot] = hash
    this.slots[2 * slot + 1] = entry
  }

  // Twice the slots (the table is at most half full).
  private rehash(capacity: number): void {
    this.slots = new Int32Array(2 * capacity)
    this.raws.forEach((raw, index) => this.place(index + 1, hashOf(raw, 0, raw.length)))
  }
}

/** Growable typed arrays for one token list, reused page after page (no garbage per page). */
export class TokenBuffer {
  capacity = 4096
  terms = new Int32Array(this.capacity)
  heads = new Int32Array(this.capacity)
  starts = new Int32Array(this.capacity)
  ends = new Int32Array(this.capacity)
  gaps = new Uint8Array(this.capacity)
  stops = new Uint8Array(this.capacity)
  surfaces = new Int32Array(this.capacity)

  reserve(count: number): void {
    if (count <= this.capacity) return
    let capacity = this.capacity
    while (capacity < count) capacity *= 2
    this.capacity = capacity
    this.terms = new Int32Array(capacity)
    this.heads = new Int32Array(capacity)
    this.starts = new Int32Array(capacity)
    this.ends = new Int32Array(capacity)
    this.gaps = new Uint8Array(capacity)
    this.stops = new Uint8Array(capacity)
    this.surfaces = new Int32Array(capacity)
  }
}

// The tokeniser's scratch, grown as needed.
class CompactBuffer {
  capacity = 4096
  codes = new Uint32Array(this.capacity)
  far = new Int32Array(256)

  grow(): void {
    this.capacity *= 2
    const codes = new Uint32Array(this.capacity)
    codes.set(this.codes)
    this.codes = codes
  }

  growFar(): void {
    const far = new Int32Array(this.far.length * 2)
    far.set(this.far)
    this.far = far
  }
}

const compactBuffer = new CompactBuffer()
const expandBuffer = new TokenBuffer()
const sharedBuffer = new TokenBuffer()

// Character checks, not a regex on a slice: this runs for every word of every page.
function classifyGap(text: string, from: number, to: number): number {
  if (to - from === 1) {
    const code = charCodeAt.call(text, from)
    return code === 45 ? gapHyphen : code === 32 || code === 10 || code === 9 ? gapSpace : gapBreak
  }
  let newlines = 0
  for (let index = from; index < to; index++) {
    const code = charCodeAt.call(text, index)
    if (code === 10) newlines++
    else if (code !== 32 && code !== 9 && code !== 13) return gapBreak
  }
  return to > from && newlines <= 1 ? gapSpace : gapBreak
}
