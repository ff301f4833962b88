import type { LinkDocument, MatchKind } from './link-document.js'
import { headingsOfDocument } from './headings.js'
import { gapBreak, type TokenList, type Vocabulary } from './tokenize.js'

/** A key phrase as a sequence of term ids, shared by every page that has it. */
export interface KeyPhrase {
  id: number
  terms: readonly number[]
  /** How informative the words are: the sum of their idf (filled once idf is known). */
  information: number
  owners: PhraseOwner[]
  /** Owners by page, built on first use for phrases many pages share. */
  ownerByTarget?: Map<number, PhraseOwner>
}

/** One page that has a key phrase, how (kind, weight) and in which words. */
export interface PhraseOwner {
  target: number
  kind: MatchKind
  weight: number
  /** Folded surface form ids, for exact-match checks. */
  surfaces: readonly number[]
  text: string
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
// Beyond this many pages a phrase finds its owners through a map.
const ownerMapFrom = 16

/** Collects key phrases of all targets: title (whole and n-grams), keywords, focus keyword, tags. */
export class PhraseTable {
  readonly phrases: KeyPhrase[] = []
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
        if (end > start + 1 && tokens.gaps[end - 1] === gapBreak) break
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
      phrase = { id: this.phrases.length, terms, information: 0, owners: [] }
      this.byKey.set(key, phrase)
      this.phrases.push(phrase)
    }
    // Pages are added in order, so a page's earlier entry is the last one, or (for phrases many
    // pages share) found through the owner map.
    const last = phrase.owners[phrase.owners.length - 1]
    if (phrase.owners.length > ownerMapFrom) phrase.ownerByTarget ??= new Map(phrase.owners.map((owner) => [owner.target, owner]))
    const existing = last?.target === target ? last : phrase.ownerByTarget ? phrase.ownerByTarget.get(target) : phrase.owners.find((owner) => owner.target === target)
    if (!existing) {
      const owner = { target, kind, weight, surfaces, text }
      phrase.owners.push(owner)
      phrase.ownerByTarget?.set(target, owner)
    } else if (weight > existing.weight) Object.assign(existing, { kind, weight, surfaces, text })
  }
}


function hasContentWord(tokens: TokenList, start: number, end: number): boolean {
  return countContentWords(tokens, start, end) > 0
}

function countContentWords(tokens: TokenList, start: number, end: number): number {
  let count = 0
  for (let index = start; index < end; index++) if (tokens.stops[index] === 0) count++
  return count
}
