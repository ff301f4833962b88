import type { LinkDocument, MatchKind } from './link-document.js'
import { headingsOfDocument } from './headings.js'
import { continuesPhrase, type TokenList, type Vocabulary } from './tokenize.js'

/** A key phrase as a sequence of term ids, shared by every page that has it. */
export interface KeyPhrase {
  id: number
  terms: readonly number[]
  /** How informative the words are: the sum of their idf (filled once idf is known). */
  information: number
  owners: PhraseOwners
}

/** One page that has a key phrase, how (kind, weight) and in which words. */
export interface PhraseOwner {
  target: number
  kind: MatchKind
  weight: number
  /** Folded surface form ids, for exact-match checks. */
  surfaces: ArrayLike<number>
  text: string
}

const matchKinds = ['focus-keyword', 'keyword', 'title', 'heading', 'tag', 'term'] as const satisfies readonly MatchKind[]

/**
 * The pages that have one key phrase, in parallel arrays ordered by page (a phrase like "Open Data"
 * may belong to thousands of pages: an object per owner was the index's largest share of memory).
 */
export class PhraseOwners {
  constructor(
    readonly targets: Int32Array,
    readonly weights: Float64Array,
    private readonly kinds: Uint8Array,
    private readonly texts: readonly string[],
    /** Each owner's surface ids, `width` (the phrase's length) per owner. */
    private readonly surfaces: Int32Array,
    private readonly width: number,
  ) {}

  get count(): number {
    return this.targets.length
  }

  /** The owner entry of a page, or -1 (binary search: owners are ordered by page). */
  indexOf(target: number): number {
    let low = 0
    let high = this.targets.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const found = this.targets[middle]!
      if (found === target) return middle
      if (found < target) low = middle + 1
      else high = middle - 1
    }
    return -1
  }

  /** The first entry from `from` on whose page is not below `target` (galloping: cheap when pages are looked up in ascending order). */
  lowerBound(target: number, from: number): number {
    const targets = this.targets
    let low = from
    let high = from
    for (let step = 1; high < targets.length && targets[high]! < target; step *= 2) (low = high + 1), (high = from + step)
    high = Math.min(high, targets.length)
    while (low < high) {
      const middle = (low + high) >>> 1
      if (targets[middle]! < target) low = middle + 1
      else high = middle
    }
    return low
  }

  /** Whether the owner declares the phrase itself (its focus keyword or a keyword). */
  isDeclared(index: number): boolean {
    return this.kinds[index]! <= 1
  }

  kindAt(index: number): MatchKind {
    return matchKinds[this.kinds[index]!]!
  }

  /** One owner as an object (made only for the few suggestions shown). */
  at(index: number): PhraseOwner {
    return { target: this.targets[index]!, kind: this.kindAt(index), weight: this.weights[index]!, surfaces: this.surfaces.subarray(index * this.width, (index + 1) * this.width), text: this.texts[index]! }
  }
}

// A phrase's owners while the table is filled: plain arrays, one entry per page.
interface OwnerDraft {
  targets: number[]
  weights: number[]
  kinds: number[]
  texts: string[]
  /** Surface ids, the phrase's length per owner, flat (no array per owner to outlive the young generation). */
  surfaces: number[]
  /** Entry by page, once a phrase has many owners. */
  byTarget: Map<number, number> | undefined
}

/** How much each source of key phrases counts; the page's own choice (focus keyword) most. */
export const phraseKindWeights = {
  'focus-keyword': 1,
  keyword: 0.9,
  title: 1,
  heading: 0.6,
  tag: 0.55,
  term: 0.35,
} as const satisfies Record<MatchKind, number>

const maximumTitleGram = 4
// Beyond this many pages a phrase finds its owners through a map while the table is filled.
const ownerMapFrom = 16

/** Collects key phrases of all targets: title (whole and n-grams), keywords, focus keyword, tags. */
export class PhraseTable {
  /** The phrases so far; their `owners` are filled in by `finish`. */
  readonly phrases: KeyPhrase[] = []
  private readonly drafts: Array<OwnerDraft | undefined> = []
  private readonly byKey = new Map<string, KeyPhrase>()

  constructor(private readonly vocabulary: Vocabulary) {}

  addDocument(target: number, document: LinkDocument): void {
    if (document.focusKeyword) this.addText(target, 'focus-keyword', document.focusKeyword, document)
    for (const keyword of document.keywords ?? []) this.addText(target, 'keyword', keyword, document)
    for (const tag of document.tags ?? []) this.addText(target, 'tag', tag, document)
    for (const heading of headingsOfDocument(document)) this.addText(target, 'heading', heading, document)
    this.addTitle(target, document)
  }

  /** Adds the single-word phrase `term` (a distinctive word of the target's body). */
  addTerm(target: number, term: number, surface: number, text: string): void {
    this.add(target, 'term', [term], [surface], phraseKindWeights.term, text)
  }

  private addText(target: number, kind: MatchKind, text: string, document: LinkDocument): void {
    const tokens = this.vocabulary.tokenize(text, [0, text.length], document.lang)
    const length = tokens.terms.length
    if (length === 0 || length > 8 || !hasContentWord(tokens, 0, length)) return
    this.add(target, kind, [...tokens.terms], [...tokens.surfaces], phraseKindWeights[kind], text.trim())
  }

  private addTitle(target: number, document: LinkDocument): void {
    const title = document.title
    const tokens = this.vocabulary.tokenize(title, [0, title.length], document.lang)
    const length = tokens.terms.length
    const contentWords = countContentWords(tokens, 0, length)
    if (contentWords === 0) return
    if (contentWords >= 2 && length <= 10) this.add(target, 'title', [...tokens.terms], [...tokens.surfaces], phraseKindWeights.title, title.trim())
    for (let start = 0; start < length; start++) {
      for (let end = start + 1; end <= Math.min(length, start + maximumTitleGram); end++) {
        if (end - start === length) continue
        if (end > start + 1 && !continuesPhrase(tokens.gaps[end - 1]!)) break
        if (!this.isEdgeWord(tokens, start, true) || !this.isEdgeWord(tokens, end - 1, false)) continue
        const share = countContentWords(tokens, start, end) / contentWords
        const text = title.slice(tokens.starts[start], tokens.ends[end - 1])
        this.add(target, 'title', [...tokens.terms.subarray(start, end)], [...tokens.surfaces.subarray(start, end)], 0.3 + 0.5 * share, text)
      }
    }
  }

  // A title n-gram neither starts nor ends with a function word of any language, nor starts with a
  // number ("10 Mistakes…"); it may end with one ("Rust 1.62", "Open Data Day 2013").
  private isEdgeWord(tokens: TokenList, index: number, isStart: boolean): boolean {
    return tokens.stops[index] === 0 && !(isStart && /^\d/.test(this.vocabulary.names[tokens.terms[index] as number] ?? ''))
  }

  private add(target: number, kind: MatchKind, terms: number[], surfaces: number[], weight: number, text: string): void {
    const key = terms.join(',')
    let phrase = this.byKey.get(key)
    if (!phrase) {
      phrase = { id: this.phrases.length, terms, information: 0, owners: noOwners }
      this.byKey.set(key, phrase)
      this.phrases.push(phrase)
      this.drafts.push({ targets: [], weights: [], kinds: [], texts: [], surfaces: [], byTarget: undefined })
    }
    // Pages are added in order, so a page's earlier entry is the last one, or (for phrases many
    // pages share) found through the owner map.
    const draft = this.drafts[phrase.id]!
    const count = draft.targets.length
    if (count > ownerMapFrom && !draft.byTarget) draft.byTarget = new Map(draft.targets.map((owner, index) => [owner, index]))
    const existing = draft.targets[count - 1] === target ? count - 1 : draft.byTarget ? (draft.byTarget.get(target) ?? -1) : draft.targets.indexOf(target)
    if (existing === -1) {
      draft.targets.push(target)
      draft.weights.push(weight)
      draft.kinds.push(matchKinds.indexOf(kind))
      draft.texts.push(text)
      for (const surface of surfaces) draft.surfaces.push(surface)
      draft.byTarget?.set(target, count)
    } else if (weight > draft.weights[existing]!) {
      draft.weights[existing] = weight
      draft.kinds[existing] = matchKinds.indexOf(kind)
      draft.texts[existing] = text
      surfaces.forEach((surface, index) => (draft.surfaces[existing * surfaces.length + index] = surface))
    }
  }

  /** Freezes every phrase's owners into compact arrays ordered by page; the table takes no more phrases. */
  finish(): readonly KeyPhrase[] {
    this.phrases.forEach((phrase, id) => {
      const draft = this.drafts[id]!
      const order = draft.targets.map((_, index) => index).sort((a, b) => draft.targets[a]! - draft.targets[b]!)
      const width = phrase.terms.length
      const surfaces = new Int32Array(order.length * width)
      order.forEach((index, position) => {
        for (let word = 0; word < width; word++) surfaces[position * width + word] = draft.surfaces[index * width + word]!
      })
      phrase.owners = new PhraseOwners(
        Int32Array.from(order, (index) => draft.targets[index]!),
        Float64Array.from(order, (index) => draft.weights[index]!),
        Uint8Array.from(order, (index) => draft.kinds[index]!),
        order.map((index) => draft.texts[index]!),
        surfaces,
        width,
      )
      // Each draft goes as soon as its phrase is frozen (drafts and frozen owners never all coexist).
      this.drafts[id] = undefined
    })
    this.drafts.length = 0
    this.byKey.clear()
    return this.phrases
  }
}

const noOwners = new PhraseOwners(new Int32Array(0), new Float64Array(0), new Uint8Array(0), [], new Int32Array(0), 0)

function hasContentWord(tokens: TokenList, start: number, end: number): boolean {
  return countContentWords(tokens, start, end) > 0
}

function countContentWords(tokens: TokenList, start: number, end: number): number {
  let count = 0
  for (let index = start; index < end; index++) if (tokens.stops[index] === 0) count++
  return count
}
