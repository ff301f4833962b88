import { foldWord, isFunctionWord, isStopWord, languageOf, stemWord, type Language } from './normalize-word.js'

/**
 * Gap before a token: a new text run or punctuation, plain whitespace, a hyphen (`Gas-Kocher`), or
 * a joiner with no space around it (`ext/openssl`, `Hash#reject`, `Net::FTP`, `Kernel.sprintf`):
 * one name written as several words, which an anchor takes whole or not at all.
 */
export const gapBreak = 0
export const gapSpace = 1
export const gapHyphen = 2
export const gapJoin = 3

/** Whether words on both sides of a gap belong to one phrase (whitespace or a hyphen), as phrases and anchor runs read it. */
export function continuesPhrase(gap: number): boolean {
  return gap === gapSpace || gap === gapHyphen
}

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

// Per word id, four Int32s side by side (one cache line per word for `expand`): its term, its
// folded surface form, the compound head (-1: none), and its length × 4 + its stop class.
const wordWidth = 4

// A word is what `/\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)?/u` matches: versions and decimals
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
// Scripts written without spaces between words — Han, hiragana and katakana, Thai, Lao, Khmer,
// Myanmar — so a run of them is cut into words by the ICU word breaker (`Intl.Segmenter`,
// dictionary-based for each of them): otherwise "この脆弱性はKPMGによって発見されました" was one word,
// and an anchor a sentence. Their combining vowel signs belong to the script, so to the run.
const unspaced = 3
// A combining mark (\p{M}): part of the word before it, never the start of one. Devanagari's vowel
// signs and viramas are marks ("हिन्दी" was five words of one letter each), and so is the diaeresis of
// a German word written decomposed, as text pasted from macOS apps or PDFs may be ("Gasko\u0308cher"
// was "Gasko" and "cher").
const mark = 4
const charKinds = new Uint8Array(0x10000).fill(255)
const letterPattern = /^\p{L}$/u
const numberPattern = /^\p{N}$/u
const markPattern = /^\p{M}$/u
const unspacedPattern = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u

function kindOfCodePoint(character: string): number {
  if (unspacedPattern.test(character)) return letterPattern.test(character) || markPattern.test(character) ? unspaced : numberPattern.test(character) ? number : other
  return letterPattern.test(character) ? letter : numberPattern.test(character) ? number : markPattern.test(character) ? mark : other
}

// The end of a run holding an unspaced script: letters, marks, digits, and a `.` or `,` between digits.
function unspacedRunEnd(text: string, start: number, limit: number): number {
  let position = start
  while (position < limit) {
    if (charKind(text, position) !== other) position += codeUnits(text, position)
    else if (isDigitAt(text, position - 1, limit) && isDigitAt(text, position + 1, limit) && (charCodeAt.call(text, position) === 46 || charCodeAt.call(text, position) === 44)) position++
    else break
  }
  return position
}

function hasUnspaced(text: string, start: number, end: number): boolean {
  for (let position = start; position < end; position += codeUnits(text, position)) if (charKind(text, position) === unspaced) return true
  return false
}

const segmenters = new Map<Language, Intl.Segmenter>()

// ICU's dictionary breaker takes time growing faster than the run (40,000 Han characters without
// a punctuation mark: 0.36 s; a million: minutes). Runs are given to it a window at a time; the
// words near a window's end, which its dictionary reads with what follows, are read again at the
// start of the next.
const segmentWindow = 256
const segmentMargin = 48

/**
 * The words of `text[start, end)` (a run of letters holding an unspaced script) as `[start, end, …]`: what
 * the ICU word breaker takes for words (`Intl.Segmenter`, in every Node.js build with full ICU,
 * the official ones). The page's language picks its rules where it is Japanese or Chinese.
 */
function segmentWords(text: string, start: number, end: number, lang: Language): number[] {
  let segmenter = segmenters.get(lang)
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'word' })))
  const words: number[] = []
  for (let from = start; from < end; ) {
    let to = Math.min(end, from + segmentWindow)
    // Never between the two halves of a character outside the BMP.
    if (to < end && isHighSurrogateAt(text, to - 1)) to--
    const segments = [...segmenter.segment(text.slice(from, to))]
    let next = to
    for (let index = 0; index < segments.length; index++) {
      const { segment, index: offset, isWordLike } = segments[index]!
      if (to < end && offset > 0 && (offset >= to - from - segmentMargin || offset + segment.length === to - from)) {
        next = from + offset
        break
      }
      if (isWordLike) words.push(from + offset, from + offset + segment.length)
    }
    from = next
  }
  return words
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
  if (code === 46 && firstKind === letter) {
    const versionEnd = prefixedVersionEnd(text, start, position, limit)
    if (versionEnd > position) return versionEnd
  }
  if ((code === 39 || code === 0x2019) && position + 1 < limit && charKind(text, position + 1) === letter) {
    position++
    while (position < limit && (charKind(text, position) === letter || charKind(text, position) === mark)) position += codeUnits(text, position)
  }
  return position
}
/**
 * `v16.3.0`, `V1.2` — a version written with a `v`: where the word `v` + digits ends at a dot and a
 * digit follows, the end of the whole version (else `end`). One word, whose term is the version
 * (`stemWord`: `16.3`), so "React v16.3.0" and "React 16.3" name the same release.
 */
function prefixedVersionEnd(text: string, start: number, end: number, limit: number): number {
  const first = charCodeAt.call(text, start)
  if ((first !== 118 && first !== 86) || end - start < 2 || !isDigitAt(text, end + 1, limit)) return end
  for (let index = start + 1; index < end; index++) if (!isDigitAt(text, index, limit)) return end
  let position = end
  while (charCodeAt.call(text, position) === 46 && isDigitAt(text, position + 1, limit)) {
    position++
    while (isDigitAt(text, position, limit)) position++
  }
  return position
}

function isDigitAt(text: string, position: number, limit: number): boolean {
  if (position >= limit) return false
  const code = charCodeAt.call(text, position)
  return code >= 48 && code <= 57
}

const minimumHeadLength = 4
const minimumModifierLength = 3

/** Maps words to numeric term ids, per language, with caches so each distinct word is stemmed once. */
export class Vocabulary {
  private readonly ids = new Map<string, number>()
  private readonly tables = new Map<Language, WordTable>()
  /** Every distinct (language, raw word) seen, by id: `wordWidth` numbers each (not an object per word). */
  private words = new Int32Array(wordWidth * 4096)
  private wordCount = 0
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
    this.tables.delete('de')
  }

  private tableOf(lang: Language): WordTable {
    let table = this.tables.get(lang)
    if (!table) this.tables.set(lang, (table = new WordTable()))
    return table
  }

  // The id of the word `text[start, end)` (hashed by the caller), added when it is new.
  private wordIn(table: WordTable, text: string, start: number, end: number, lang: Language, hash: number): number {
    const found = table.find(text, start, end, hash)
    if (found !== -1) return found
    const raw = text.slice(start, end)
    const folded = foldWord(raw, lang)
    const term = this.idOf(stemWord(folded, lang))
    const stop = isStopWord(folded, lang) ? 1 : isFunctionWord(folded) ? 2 : 0
    const id = this.wordCount++
    if (id >= maximumWordId) throw new Error(`The link index holds at most ${maximumWordId} distinct words; this site has more.`)
    if (wordWidth * this.wordCount > this.words.length) {
      const grown = new Int32Array(this.words.length * 2)
      grown.set(this.words)
      this.words = grown
    }
    const at = wordWidth * id
    this.words[at] = term
    this.words[at + 1] = this.idOf(`=${folded}`)
    this.words[at + 2] = lang === 'de' && isCapitalised(raw) ? this.findHead(folded, term) : -1
    this.words[at + 3] = raw.length * 4 + stop
    table.insert(text, start, end, hash, id)
    return id
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
        if (kind === other || kind === mark) {
          position += codeUnits(text, position)
          continue
        }
        const start = position
        let end = position
        let hash = fnvOffset
        // Whether the word left the common path: only such a word can hold an unspaced script (it ends it).
        let isUncommon = kind !== letter
        if (kind === letter) {
          // The common word: letters and digits below the surrogates, hashed while they are read.
          for (let code = charCodeAt.call(text, end); end < rangeEnd && code < 0xd800 && (charKinds[code] === letter || charKinds[code] === number); code = charCodeAt.call(text, ++end)) hash = Math.imul(hash ^ code, fnvPrime)
          const code = charCodeAt.call(text, end)
          if (end < rangeEnd && (code >= 0xd800 || charKinds[code] !== other || code === 39 || code === 0x2019)) (end = wordEnd(text, start, rangeEnd, kind)), (hash = hashOf(text, start, end)), (isUncommon = true)
          else if (code === 46 && end < rangeEnd) {
            const versionEnd = prefixedVersionEnd(text, start, end, rangeEnd)
            if (versionEnd > end) (end = versionEnd), (hash = hashOf(text, start, end))
          }
        } else (end = wordEnd(text, start, rangeEnd, kind)), (hash = hashOf(text, start, end))
        // A run holding an unspaced script, versions inside it included ("Ruby2.1.0发布了"), is cut into
        // words by the breaker.
        const words = isUncommon && hasUnspaced(text, start, end) ? segmentWords(text, start, (end = unspacedRunEnd(text, start, rangeEnd)), lang) : undefined
        for (let piece = 0, pieceCount = words ? words.length / 2 : 1; piece < pieceCount; piece++) {
          const pieceStart = words ? words[2 * piece]! : start
          const pieceEnd = words ? words[2 * piece + 1]! : end
          const id = this.wordIn(table, text, pieceStart, pieceEnd, lang, words ? hashOf(text, pieceStart, pieceEnd) : hash | 0)
          if (count === buffer.capacity) buffer.grow()
          const skip = pieceStart - lastEnd
          // Words the breaker cut from one run follow each other as words of a phrase do.
          const gap = previousEnd < 0 ? gapBreak : previousEnd === pieceStart && words ? gapSpace : classifyGap(text, previousEnd, pieceStart)
          buffer.codes[count] = id * 1024 + gap * 256 + (skip >= 0 && skip < farSkip ? skip : farSkip)
          if (!(skip >= 0 && skip < farSkip)) {
            if (farCount === buffer.far.length) buffer.growFar()
            buffer.far[farCount++] = pieceStart
          }
          previousEnd = pieceEnd
          lastEnd = pieceEnd
          count++
        }
        position = end
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
    const { words } = this
    let content = 0
    for (let index = 0; index < codes.length; index++) {
      const at = wordWidth * (codes[index]! >>> 10)
      const stop = words[at + 3]! & 3
      if (stop === 1) continue
      if (stop === 0) content++
      counter.addTerm(words[at]!, 1)
    }
    return content
  }

  /** The folded surface form of the first word of term `term` in compact tokens, or -1. */
  firstSurface(compact: CompactTokens, term: number): number {
    const { codes } = compact
    const { words } = this
    for (let index = 0; index < codes.length; index++) {
      const at = wordWidth * (codes[index]! >>> 10)
      if (words[at] === term) return words[at + 1]!
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
    const { words } = this
    let lastEnd = 0
    let farIndex = 0
    for (let index = 0; index < count; index++) {
      const code = codes[index]!
      const at = wordWidth * (code >>> 10)
      const skip = code & 255
      const start = skip === farSkip ? far[farIndex++]! : lastEnd + skip
      const lengthAndStop = words[at + 3]!
      lastEnd = start + (lengthAndStop >>> 2)
      buffer.terms[index] = words[at]!
      buffer.heads[index] = words[at + 2]!
      buffer.starts[index] = start
      buffer.ends[index] = lastEnd
      buffer.gaps[index] = (code >>> 8) & 3
      buffer.stops[index] = lengthAndStop & 3
      buffer.surfaces[index] = words[at + 1]!
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

/**
 * Whether the character at `at` is a capital letter. German capitalises every noun, so only such a
 * word is split as a compound ("Reisegaskocher" ends in "Kocher", "präsentieren" does not end in
 * "Tiere"); the anchor chooser reads names and German nouns by it too.
 */
export function isCapitalised(text: string, at = 0): boolean {
  const first = text.charAt(at)
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
// Per slot, eight Int32s (two slots a cache line): the hash, the word id + 1 (0: free), the length,
// where a longer word's characters start in `characters`, then up to eight characters two per
// Int32. A word of up to eight characters (most words) is found and checked within its slot: one
// cache line per word, where a string and an object per word were three more.
const slotWidth = 8
const inlineCharacters = 2 * (slotWidth - 4)

class WordTable {
  private slots = new Int32Array(slotWidth * 4096)
  private count = 0
  private characters = new Uint16Array(4096)
  private characterCount = 0

  /** The word id of `text[start, end)`, or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots
    const mask = slots.length / slotWidth - 1
    const length = end - start
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slotWidth * slot
      const entry = slots[at + 1]!
      if (entry === 0) return -1
      if (slots[at] !== hash || slots[at + 2] !== length) continue
      if (length <= inlineCharacters ? sameInline(slots, at + 4, text, start, length) : this.samePooled(slots[at + 3]!, text, start, length)) return entry - 1
    }
  }

  private samePooled(from: number, text: string, start: number, length: number): boolean {
    const characters = this.characters
    for (let index = 0; index < length; index++) if (characters[from + index] !== charCodeAt.call(text, start + index)) return false
    return true
  }

  insert(text: string, start: number, end: number, hash: number, id: number): void {
    this.count++
    // At most half full: twice the slots when it would be more.
    if (this.count * 2 > this.slots.length / slotWidth) this.rehash()
    const mask = this.slots.length / slotWidth - 1
    let slot = hash & mask
    while (this.slots[slotWidth * slot + 1] !== 0) slot = (slot + 1) & mask
    const at = slotWidth * slot
    const length = end - start
    this.slots[at] = hash
    this.slots[at + 1] = id + 1
    this.slots[at + 2] = length
    if (length <= inlineCharacters) {
      for (let index = 0; index < length; index += 2) this.slots[at + 4 + (index >> 1)] = charCodeAt.call(text, start + index) | (index + 1 < length ? charCodeAt.call(text, start + index + 1) << 16 : 0)
      return
    }
    if (this.characterCount + length > this.characters.length) {
      const grown = new Uint16Array(Math.max(this.characters.length * 2, this.characterCount + length))
      grown.set(this.characters)
      this.characters = grown
    }
    this.slots[at + 3] = this.characterCount
    for (let index = 0; index < length; index++) this.characters[this.characterCount++] = charCodeAt.call(text, start + index)
  }

  private rehash(): void {
    const old = this.slots
    const slots = new Int32Array(old.length * 2)
    const mask = slots.length / slotWidth - 1
    for (let from = 0; from < old.length; from += slotWidth) {
      if (old[from + 1] === 0) continue
      let slot = old[from]! & mask
      while (slots[slotWidth * slot + 1] !== 0) slot = (slot + 1) & mask
      slots.set(old.subarray(from, from + slotWidth), slotWidth * slot)
    }
    this.slots = slots
  }
}

// Whether the characters kept in a slot (two per Int32, the first in the low half) are `text[start, start + length)`.
function sameInline(slots: Int32Array, at: number, text: string, start: number, length: number): boolean {
  let index = 0
  for (; index + 1 < length; index += 2) if (slots[at + (index >> 1)] !== (charCodeAt.call(text, start + index) | (charCodeAt.call(text, start + index + 1) << 16))) return false
  return index === length || slots[at + (index >> 1)] === charCodeAt.call(text, start + index)
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

// `/`, `#`, `.`, `:`, `_`, `@`, `+` and a backslash between two words with no space: parts of one name. (`&`
// is not: raw HTML leaves entities such as `Servo&mdash;` in the text.)
function isJoiner(code: number): boolean {
  return code === 47 || code === 35 || code === 46 || code === 58 || code === 95 || code === 64 || code === 43 || code === 92
}

// Character checks, not a regex on a slice: this runs for every word of every page.
function classifyGap(text: string, from: number, to: number): number {
  if (to - from === 1) {
    const code = charCodeAt.call(text, from)
    return code === 45 ? gapHyphen : code === 32 || code === 10 || code === 9 ? gapSpace : isJoiner(code) ? gapJoin : gapBreak
  }
  if (to - from <= 3 && isJoiner(charCodeAt.call(text, from))) {
    for (let index = from + 1; index < to; index++) if (!isJoiner(charCodeAt.call(text, index))) return gapBreak
    return gapJoin
  }
  let newlines = 0
  for (let index = from; index < to; index++) {
    const code = charCodeAt.call(text, index)
    if (code === 10) newlines++
    else if (code !== 32 && code !== 9 && code !== 13) return gapBreak
  }
  return to > from && newlines <= 1 ? gapSpace : gapBreak
}
