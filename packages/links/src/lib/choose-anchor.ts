import type { IndexData } from './link-index.js'
import type { KeyPhrase, PhraseOwner } from './key-phrases.js'
import { elidedPrefixLength, languageOf } from './normalize-word.js'
import { continuesPhrase, gapBreak, gapHyphen, gapJoin, gapSpace, isCapitalised, type TokenList } from './tokenize.js'

/** One occurrence of a key phrase in the source's words (`usedHead`: a compound matched by its head). */
export interface PhraseMatch {
  first: number
  last: number
  usedHead: boolean
}

/** A key phrase of the target standing in the source text, with how strongly the target owns it. */
export interface Evidence {
  phrase: KeyPhrase
  owner: PhraseOwner
  score: number
  matches: readonly PhraseMatch[]
}

/** The chosen anchor: the key phrase it is, when it is one word for word (else the best-scoring words), and its offsets. */
export interface Anchor {
  evidence: Evidence | undefined
  start: number
  end: number
  isExact: boolean
}

const maximumAnchorTokens = 6

// Arrays over terms and over the page's words, reused for every anchor (an anchor is chosen five
// times a page, 50,000 times for 10,000 pages).
interface AnchorScratch {
  termWeights: Float64Array
  /** Per term: 0 not yet known, 1 a bare number or year, 2 a word or a version. */
  wordKinds: Uint8Array
  weights: Float64Array
  openings: Int32Array
  /** Per target, the words that name it, once it has been asked for. */
  names: Array<TargetNames | undefined>
}

/** The words that name a target (its title, keywords and tags): its function words (`named`) and the others (`naming`). */
interface TargetNames {
  named: ReadonlySet<number>
  naming: ReadonlySet<number>
}

const scratches = new WeakMap<IndexData, AnchorScratch>()

function scratchOf(data: IndexData, words: number): AnchorScratch {
  let scratch = scratches.get(data)
  if (!scratch) {
    const terms = data.vocabulary.names.length
    scratches.set(data, (scratch = { termWeights: new Float64Array(terms), wordKinds: new Uint8Array(terms), weights: new Float64Array(1024), openings: new Int32Array(1024), names: [] }))
  }
  if (scratch.weights.length < words) (scratch.weights = new Float64Array(words * 2)), (scratch.openings = new Int32Array(words * 2))
  return scratch
}

/**
 * The anchor is the phrase in the source text that best names the target: a run of at most six
 * words that starts and ends with words of the target's query (title, keywords, headings, tags, top
 * body words), scored by their weight, minus a cost for every other content word inside. A key
 * phrase of the target standing there word for word (its title, a keyword) is preferred at equal
 * weight. Never a whole sentence, never across a line break, a punctuation break or a link.
 */
export function chooseAnchor(data: IndexData, target: number, items: readonly Evidence[], tokens: TokenList, used: ReadonlyArray<[number, number]>, text: string, lang = ''): Anchor | undefined {
  const count = tokens.terms.length
  const scratch = scratchOf(data, count)
  const { termWeights, weights, openings } = scratch
  const query = data.queries[target]!
  query.terms.forEach((term, index) => (termWeights[term] = query.weights[index]!))
  // Each word's weight for this target, once: the runs below read it up to six times.
  let openingCount = 0
  for (let index = 0; index < count; index++) {
    let weight = 0
    if (tokens.stops[index] === 0) {
      const head = tokens.heads[index]!
      weight = Math.max(termWeights[tokens.terms[index]!]!, head === -1 ? 0 : termWeights[head]!)
    }
    weights[index] = weight
    if (weight > 0) openings[openingCount++] = index
  }
  for (const term of query.terms) termWeights[term] = 0
  // Function words the target's own name has ("Bibliothek der Stadt") may stand inside an anchor.
  const { named, naming } = namesOf(data, scratch, target)
  const mayStandInside = (index: number) => tokens.stops[index] === 0 || named.has(tokens.terms[index]!)
  // German capitalises every noun: one lowercase word alone ("verändern", "digitalen") is a verb or
  // an adjective, never a name.
  const isWeak = languageOf(lang) === 'de' ? (first: number, last: number) => first === last && !startsLikeName(text, tokens.starts[first]!) : undefined
  const best = bestRun(data, scratch, tokens, openings.subarray(0, openingCount), used, mayStandInside, isWeak)
  const phrase = bestKeyPhrase(data, weights, items, tokens, used, isWeak)
  const run = best && extendHyphens(data, tokens, best.first, best.last)
  if (phrase && !(run && best!.score > phrase.score && widensWithNames(tokens, run, phrase, naming)) && (!best || phrase.score >= best.score * data.weights.phraseAnchorShare)) return extendName(data, tokens, text, used, phrase)
  if (!best || !run) return undefined
  return extendName(data, tokens, text, used, { evidence: undefined, start: run.start, end: run.end, isExact: false, first: run.first, last: run.last })
}

// Tokenised once per target, not for every anchor chosen for it (ten thousand targets, 50,000 anchors).
function namesOf(data: IndexData, scratch: AnchorScratch, target: number): TargetNames {
  let names = scratch.names[target]
  if (!names) {
    const document = data.documents[target]!
    const named = new Set<number>()
    const naming = new Set<number>()
    for (const name of [document.title, document.focusKeyword ?? '', ...(document.keywords ?? []), ...(document.tags ?? [])]) {
      const list = data.vocabulary.tokenize(name, [0, name.length], document.lang)
      for (let index = 0; index < list.terms.length; index++) (list.stops[index] !== 0 ? named : naming).add(list.terms[index]!)
    }
    scratch.names[target] = names = { named, naming }
  }
  return names
}

// A key phrase loses to a better run around it whose other content words all name the target too:
// "2018 event lineup" (title "The 2018 Rust Event Lineup"), not its part "event lineup"; but
// "plans include incremental compilation" never beats "incremental compilation".
function widensWithNames(tokens: TokenList, run: { first: number; last: number }, phrase: { first: number; last: number }, naming: ReadonlySet<number>): boolean {
  if (run.first > phrase.first || run.last < phrase.last || (run.first === phrase.first && run.last === phrase.last)) return false
  for (let index = run.first; index <= run.last; index++) {
    if (index >= phrase.first && index <= phrase.last) continue
    const head = tokens.heads[index]!
    if (tokens.stops[index] === 0 && !naming.has(tokens.terms[index]!) && !(head !== -1 && naming.has(head))) return false
  }
  return true
}

// A name goes on where the anchor ends or starts on a capitalised word: capitalised content words
// next to it belong to it ("Apps and the City" → "Apps and the City Hackdays", "Knowledge
// Foundation" → "Open Knowledge Foundation", "Impl" → "Impl Period"). A word after punctuation or
// at a text's start may be capitalised only because it starts a sentence, so it never joins.
function extendName(data: IndexData, tokens: TokenList, text: string, used: ReadonlyArray<[number, number]>, anchor: Anchor & { first: number; last: number }): Anchor {
  let { first, last } = anchor
  const joins = (index: number, edge: number) =>
    tokens.gaps[Math.max(index, edge)] === gapSpace && tokens.stops[index] === 0 && isCapitalised(text, tokens.starts[index]!) && isCapitalised(text, tokens.starts[edge]!) && !isPossessive(data, tokens, Math.min(index, edge)) && !overlaps(used, tokens.starts[index]!, tokens.ends[index]!)
  while (last - first + 1 < maximumAnchorTokens) {
    if (last + 1 < tokens.terms.length && joins(last + 1, last)) last++
    else if (first > 0 && tokens.gaps[first - 1] !== gapBreak && joins(first - 1, first)) first--
    else break
  }
  const span = extendHyphens(data, tokens, first, last)
  if ((first === anchor.first && last === anchor.last) || span.last - span.first >= maximumAnchorTokens) return { evidence: anchor.evidence, start: anchor.start, end: anchor.end, isExact: anchor.isExact }
  return { evidence: anchor.evidence, start: span.start, end: span.end, isExact: false }
}

// "Mozilla's IRC": the owner's name ends at its possessive.
function isPossessive(data: IndexData, tokens: TokenList, index: number): boolean {
  return /'s$/.test(data.vocabulary.names[tokens.surfaces[index]!] ?? '') && tokens.ends[index]! - tokens.starts[index]! > 2
}

// A capital letter or a digit first ("Gaskocher", "2024", "iPhone" has one inside).
function startsLikeName(text: string, at: number): boolean {
  const first = text[at] ?? ''
  return isCapitalised(text, at) || /\d/.test(first) || /^\p{Ll}+\p{Lu}/u.test(text.slice(at, at + 12))
}

// The best run of words: it opens and closes on a word of the target's query; each distinct query
// word adds its weight, each other content word costs; more naming words lift the score a little.
function bestRun(data: IndexData, scratch: AnchorScratch, tokens: TokenList, openings: Int32Array, used: ReadonlyArray<[number, number]>, mayStandInside: (index: number) => boolean, isWeak: ((first: number, last: number) => boolean) | undefined): { first: number; last: number; score: number } | undefined {
  const { anchorCost: cost, anchorChunk, anchorLength } = data.weights
  const { weights } = scratch
  const count = tokens.terms.length
  const seen: number[] = []
  let best: { first: number; last: number; score: number } | undefined
  for (const first of openings) {
    let raw = 0
    let hasName = false
    seen.length = 0
    for (let last = first; last < Math.min(count, first + maximumAnchorTokens); last++) {
      if (last > first && !continuesPhrase(tokens.gaps[last]!)) break
      // An anchor is a run of content words (a noun phrase, roughly): a function word ends it
      // ("procedural macros", not "procedural macros in Rust"), unless the target's name has it.
      if (last > first && anchorChunk > 0 && !mayStandInside(last)) break
      const weight = weights[last]!
      const term = tokens.terms[last]!
      hasName ||= isName(data, scratch, term)
      if (weight > 0) {
        if (!seen.includes(term)) (raw += weight), seen.push(term)
      } else if (tokens.stops[last] === 0) raw -= cost
      if (weight === 0 || !hasName) continue
      const score = raw * (1 + anchorLength * (seen.length - 1))
      if (best && !(score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && last - first < best.last - best.first))) continue
      const span = extendHyphens(data, tokens, first, last)
      if (span.last - span.first >= maximumAnchorTokens || overlaps(used, span.start, span.end) || isWeak?.(span.first, span.last)) continue
      best = { first, last, score }
    }
  }
  return best
}

// A key phrase of the target word for word (the best-scoring occurrence), trimmed of function words
// at its edges: a whole title may start with one ("The Foundation Conversation"), an anchor never does.
function bestKeyPhrase(data: IndexData, weights: Float64Array, items: readonly Evidence[], tokens: TokenList, used: ReadonlyArray<[number, number]>, isWeak: ((first: number, last: number) => boolean) | undefined): (Anchor & { score: number; first: number; last: number }) | undefined {
  const cost = data.weights.anchorCost
  let phrase: (Anchor & { score: number; first: number; last: number }) | undefined
  for (const evidence of items) {
    for (const match of evidence.matches) {
      let from = match.first
      let to = match.last
      while (from < to && tokens.stops[from] !== 0) from++
      while (to > from && tokens.stops[to] !== 0) to--
      if (tokens.stops[from] !== 0) continue
      const { start, end, first, last } = extendHyphens(data, tokens, from, to)
      if (overlaps(used, start, end) || isWeak?.(first, last)) continue
      // Scored on the phrase and its hyphenated words; the joined parts around it (`react` of
      // `React.lazy`) only widen the link.
      const scored = extendHyphens(data, tokens, from, to, false)
      let raw = 0
      const seen = new Set<number>()
      for (let index = scored.first; index <= scored.last; index++) {
        const weight = weights[index]!
        if (weight > 0 && !seen.has(tokens.terms[index]!)) (raw += weight), seen.add(tokens.terms[index]!)
        else if (weight === 0 && tokens.stops[index] === 0) raw -= cost
      }
      const score = raw * (1 + data.weights.anchorLength * Math.max(0, seen.size - 1))
      if (phrase && score <= phrase.score) continue
      const isExact = !match.usedHead && first === match.first && last === match.last && sameSurfaces(tokens, first, evidence.owner.surfaces)
      phrase = { evidence, start, end, isExact, score, first, last }
    }
  }
  return phrase
}

// A word with letters or a version (`1.45.2`) names something; a bare number or year alone does not.
function isName(data: IndexData, scratch: AnchorScratch, term: number): boolean {
  let kind = scratch.wordKinds[term]!
  if (kind === 0) {
    const name = data.vocabulary.names[term] ?? ''
    scratch.wordKinds[term] = kind = !/^\d/.test(name) || /^\d+(?:\.\d+)+$/.test(name) ? 2 : 1
  }
  return kind === 2
}

function overlaps(used: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  return used.some(([usedStart, usedEnd]) => start < usedEnd && usedStart < end)
}

// An anchor takes a hyphenated or joined name whole (`Gas-Kocher`, `ext/openssl`, `Hash#reject`):
// never a link on part of one word as the reader sees it.
function extendHyphens(data: IndexData, tokens: TokenList, from: number, to: number, withJoined = true): { first: number; last: number; start: number; end: number } {
  let first = from
  let last = to
  const isInside = (gap: number) => gap === gapHyphen || (withJoined && gap === gapJoin)
  while (first > 0 && isInside(tokens.gaps[first]!)) first--
  while (last + 1 < tokens.terms.length && isInside(tokens.gaps[last + 1]!)) last++
  // An elided article starts no anchor (`l’Europe` links `Europe`), a possessive ends none
  // (`Rust 2018's features` links `Rust 2018`).
  const elided = elidedPrefixLength((data.vocabulary.names[tokens.surfaces[first]!] ?? '').slice(1))
  const possessive = isPossessive(data, tokens, last) ? 2 : 0
  return { first, last, start: tokens.starts[first]! + elided, end: tokens.ends[last]! - possessive }
}

function sameSurfaces(tokens: TokenList, first: number, surfaces: ArrayLike<number>): boolean {
  for (let index = 0; index < surfaces.length; index++) if (tokens.surfaces[first + index] !== surfaces[index]) return false
  return true
}
