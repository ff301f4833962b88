import type { LinkDocument, LinkSuggestion, MatchKind } from './link-document.js'
import type { IndexData, TrieNode } from './link-index.js'
import type { KeyPhrase, PhraseOwner } from './key-phrases.js'
import { scoreSimilarity } from './find-related.js'
import { gapBreak, gapHyphen, type TokenList } from './tokenize.js'

interface PhraseMatch {
  first: number
  last: number
  usedHead: boolean
}

interface Evidence {
  phrase: KeyPhrase
  owner: PhraseOwner
  score: number
  matches: readonly PhraseMatch[]
}

// A phrase many pages share ("Open Data") only counts for pages that are also topically close.
const ownerCap = 40
const similarCandidates = 50
// Below this summed idf (a word on more than a third of all pages) a phrase is too common to be an anchor.
const minimumInformation = 1
const kindLabels = { 'focus-keyword': 'focus keyword', keyword: 'keyword', title: 'title', heading: 'heading', tag: 'tag', term: 'distinctive term' } as const satisfies Record<MatchKind, string>

/**
 * How the ranking fuses its signals. Each signal is scaled to the best candidate of the page (so
 * 1 is "as good as it gets here"), the weighted sum is multiplied by the date prior. Fitted on
 * okfn-de-blog (see docs/links.md), never on the held-out corpus.
 */
export interface RankingWeights {
  /** Key phrases of the target (title, keywords, tags, distinctive words) standing in the source text. */
  phrase: number
  /** BM25 of the target's query (title, keywords, headings, tags, top body words) over the source text. */
  bm25: number
  /** Cosine similarity of the two pages' top tf-idf terms. */
  similarity: number
  /** Shared tags, weighted by how rare each tag is. */
  tags: number
  /** The source has a phrase the target declares as its focus keyword or keyword (the author's own instruction). */
  declared: number
  /** Date prior for a target newer than the source (links mostly point back in time). */
  newer: number
  /** Date prior decay: the prior is (1 + ln(1 + days back / 30)) ^ −ageDecay. */
  ageDecay: number
  /** BM25 term saturation and length normalisation. */
  k1: number
  b: number
  /** The target's query mass is divided out to this power (0: long queries win, 1: fully normalised). */
  queryNorm: number
  /** Query weights of the target's fields (times idf). */
  queryTitle: number
  queryHeading: number
  queryTag: number
  queryBody: number
  /** Inbound-link damping: few inbound links lift a target a little. */
  inbound: number
  /** What an anchor pays for each content word inside it that does not name the target. */
  anchorCost: number
  /** A key phrase word for word is the anchor if it scores at least this share of the best run. */
  phraseAnchorShare: number
  /** Each further word of the target's query in an anchor lifts its score by this share (names beat single words). */
  anchorLength: number
}

export const defaultRankingWeights: RankingWeights = {
  phrase: 0.8,
  bm25: 1.5,
  similarity: 0.3,
  tags: 0.3,
  declared: 1,
  newer: 0.2,
  ageDecay: 0.5,
  k1: 1.2,
  b: 0.5,
  queryNorm: 0.5,
  queryTitle: 3,
  queryHeading: 1.5,
  queryTag: 2,
  queryBody: 1,
  inbound: 0.05,
  anchorCost: 3,
  phraseAnchorShare: 0.5,
  anchorLength: 0.3,
}

const bm25Candidates = 60

/** Ranked suggestions for one page: best target first, each with its own, non-overlapping anchor. */
export function suggestForPage(data: IndexData, page: number, maxSuggestions: number): LinkSuggestion[] {
  if (maxSuggestions <= 0) return []
  const weights = data.weights
  const similarity = scoreSimilarity(data, page)
  const evidence = collectEvidence(data, page, similarity.top(similarCandidates, () => true))
  const tokens = data.tokens[page]!
  const bm25 = bm25Scores(data, page, tokens)
  const candidates = new Set<number>(evidence.keys())
  for (const target of topOf(bm25, bm25Candidates)) candidates.add(target)
  for (const target of similarity.top(similarCandidates, () => true)) candidates.add(target)
  candidates.delete(page)
  for (const target of data.linked[page]!) candidates.delete(target)

  const rows = [...candidates].map((target) => {
    const items = evidence.get(target)
    const phrase = items ? items[0]!.score + 0.2 * Math.min(items.slice(1).reduce((sum, item) => sum + item.score, 0), items[0]!.score) : 0
    const declared = items?.some((item) => item.owner.kind === 'focus-keyword' || item.owner.kind === 'keyword') ? 1 : 0
    return { target, items: items ?? [], phrase, declared, bm25: bm25.get(target) ?? 0, similarity: similarity.similarity(target), tags: sharedTags(data, page, target), score: 0 }
  })
  const best = { phrase: 0, bm25: 0, similarity: 0, tags: 0 }
  for (const row of rows) {
    best.phrase = Math.max(best.phrase, row.phrase)
    best.bm25 = Math.max(best.bm25, row.bm25)
    best.similarity = Math.max(best.similarity, row.similarity)
    best.tags = Math.max(best.tags, row.tags)
  }
  const scaled = (value: number, top: number) => (top > 0 ? value / top : 0)
  for (const row of rows) {
    const fused = weights.phrase * scaled(row.phrase, best.phrase) + weights.bm25 * scaled(row.bm25, best.bm25) + weights.similarity * scaled(row.similarity, best.similarity) + weights.tags * scaled(row.tags, best.tags) + weights.declared * row.declared
    row.score = (fused * datePrior(data, page, row.target)) / (1 + weights.inbound * Math.log2(1 + data.inbound[row.target]!))
  }
  rows.sort((a, b) => b.score - a.score || compare(data.documents[a.target]!.url, data.documents[b.target]!.url))

  const document = data.documents[page]!
  const used: Array<[number, number]> = []
  const suggestions: LinkSuggestion[] = []
  for (const row of rows) {
    if (suggestions.length === maxSuggestions) break
    if (row.score <= 0) break
    const chosen = chooseAnchor(data, row.target, row.items, tokens, used)
    if (!chosen) continue
    used.push([chosen.start, chosen.end])
    suggestions.push(toSuggestion(data, document, row.target, row.score, chosen))
  }
  return suggestions
}

// BM25 of every target's query over this page's linkable text, through the query postings: only
// targets sharing a word with the page are touched.
function bm25Scores(data: IndexData, page: number, tokens: TokenList): Map<number, number> {
  const { k1, b, queryNorm } = data.weights
  const frequencies = new Map<number, number>()
  for (let index = 0; index < tokens.terms.length; index++) {
    if (tokens.stops[index] === 1) continue
    const term = tokens.terms[index]!
    frequencies.set(term, (frequencies.get(term) ?? 0) + 1)
    const head = tokens.heads[index]!
    if (head !== -1 && head !== term) frequencies.set(head, (frequencies.get(head) ?? 0) + 1)
  }
  const norm = k1 * (1 - b + (b * data.lengths[page]!) / Math.max(1, data.averageLength))
  const scores = new Map<number, number>()
  for (const [term, frequency] of frequencies) {
    const list = data.queryPostings.get(term)
    if (!list) continue
    const saturation = (frequency * (k1 + 1)) / (frequency + norm)
    for (let index = 0; index < list.pages.length; index++) {
      const target = list.pages[index]!
      scores.set(target, (scores.get(target) ?? 0) + list.weights[index]! * saturation)
    }
  }
  for (const [target, score] of scores) scores.set(target, score / Math.pow(Math.max(1e-9, data.queryMass[target]!), queryNorm))
  scores.delete(page)
  return scores
}

function topOf(scores: ReadonlyMap<number, number>, count: number): number[] {
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, count).map(([target]) => target)
}

function sharedTags(data: IndexData, page: number, target: number): number {
  let sum = 0
  const mine = data.tags[page]!
  for (const tag of data.tags[target]!) if (mine.includes(tag)) sum += data.tagIdf[tag]!
  return sum
}

// Links mostly point back in time, to posts a few months old: a newer target is damped, an older
// one slowly less likely the further back it is. Unknown dates change nothing.
function datePrior(data: IndexData, page: number, target: number): number {
  const back = data.days[page]! - data.days[target]!
  if (Number.isNaN(back)) return 1
  if (back < 0) return data.weights.newer
  return Math.pow(1 + Math.log1p(back / 30), -data.weights.ageDecay)
}

function collectEvidence(data: IndexData, page: number, topSimilar: readonly number[]): Map<number, Evidence[]> {
  const byTarget = new Map<number, Evidence[]>()
  for (const [phraseId, matches] of findPhraseMatches(data.trie, data.tokens[page]!)) {
    const phrase = data.phrases[phraseId]!
    if (phrase.information < minimumInformation) continue
    const owners = phrase.owners.length <= ownerCap ? phrase.owners : ownersAmong(phrase, topSimilar)
    const specificity = 1 / (1 + Math.log(phrase.owners.length))
    for (const owner of owners) {
      if (owner.target === page || data.linked[page]!.has(owner.target)) continue
      let items = byTarget.get(owner.target)
      if (!items) byTarget.set(owner.target, (items = []))
      items.push({ phrase, owner, score: owner.weight * owner.weight * phrase.information * specificity, matches })
    }
  }
  for (const items of byTarget.values()) items.sort((a, b) => b.score - a.score || a.phrase.id - b.phrase.id)
  return byTarget
}

function ownersAmong(phrase: KeyPhrase, pages: readonly number[]): PhraseOwner[] {
  phrase.ownerByTarget ??= new Map(phrase.owners.map((owner) => [owner.target, owner]))
  const found: PhraseOwner[] = []
  for (const page of pages) {
    const owner = phrase.ownerByTarget.get(page)
    if (owner) found.push(owner)
  }
  return found
}

/** Every occurrence of every key phrase in the page's linkable text, by phrase id. */
export function findPhraseMatches(trie: TrieNode, tokens: TokenList): Map<number, PhraseMatch[]> {
  const found = new Map<number, PhraseMatch[]>()
  const count = tokens.terms.length
  const walk = (node: TrieNode, index: number, first: number, usedHead: boolean): void => {
    if (index > first && tokens.gaps[index] === gapBreak) return
    const term = tokens.terms[index]!
    const head = tokens.heads[index]!
    for (const alternative of head === -1 ? [term] : [term, head]) {
      const child = node.next?.get(alternative)
      if (!child) continue
      const viaHead = usedHead || alternative !== term
      if (child.phrase >= 0) {
        let list = found.get(child.phrase)
        if (!list) found.set(child.phrase, (list = []))
        list.push({ first, last: index, usedHead: viaHead })
      }
      if (index + 1 < count && child.next) walk(child, index + 1, first, viaHead)
    }
  }
  for (let index = 0; index < count; index++) walk(trie, index, index, false)
  return found
}

interface Anchor {
  /** The key phrase the anchor is, when it is one word for word (else the best-scoring words). */
  evidence: Evidence | undefined
  start: number
  end: number
  isExact: boolean
}

const maximumAnchorTokens = 6

// The anchor is the phrase in the source text that best names the target: a run of at most six
// words that starts and ends with words of the target's query (title, keywords, headings, tags, top
// body words), scored by their weight, minus a cost for every other content word inside. A key
// phrase of the target standing there word for word (its title, a keyword) is preferred at equal
// weight. Never a whole sentence, never across a line break, a punctuation break or a link.
function chooseAnchor(data: IndexData, target: number, items: readonly Evidence[], tokens: TokenList, used: ReadonlyArray<[number, number]>): Anchor | undefined {
  const query = data.queries[target]!
  const weightOf = (index: number): number => {
    if (tokens.stops[index] !== 0) return 0
    return Math.max(queryWeight(query, tokens.terms[index]!), tokens.heads[index]! === -1 ? 0 : queryWeight(query, tokens.heads[index]!))
  }
  const cost = data.weights.anchorCost
  let best: { first: number; last: number; score: number } | undefined
  const count = tokens.terms.length
  for (let first = 0; first < count; first++) {
    const opening = weightOf(first)
    if (opening === 0) continue
    let raw = 0
    const seen = new Set<number>()
    for (let last = first; last < Math.min(count, first + maximumAnchorTokens); last++) {
      if (last > first && tokens.gaps[last] === 0) break
      const weight = weightOf(last)
      const term = tokens.terms[last]!
      if (weight > 0) {
        if (!seen.has(term)) raw += weight
        seen.add(term)
      } else if (tokens.stops[last] === 0) raw -= cost
      if (weight === 0) continue
      if (!hasWord(data, tokens, first, last)) continue
      const score = raw * (1 + data.weights.anchorLength * (seen.size - 1))
      if (best && !(score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && last - first < best.last - best.first))) continue
      const { start, end } = extendHyphens(tokens, first, last)
      if (used.some(([usedStart, usedEnd]) => start < usedEnd && usedStart < end)) continue
      best = { first, last, score }
    }
  }
  // A key phrase of the target word for word (the best scoring one), if it scores nearly as well as the best run.
  let phrase: (Anchor & { score: number }) | undefined
  for (const evidence of items) {
    for (const match of evidence.matches) {
      const { start, end, first, last } = extendHyphens(tokens, match.first, match.last)
      if (used.some(([usedStart, usedEnd]) => start < usedEnd && usedStart < end)) continue
      let raw = 0
      const seen = new Set<number>()
      for (let index = first; index <= last; index++) {
        const weight = weightOf(index)
        if (weight > 0 && !seen.has(tokens.terms[index]!)) (raw += weight, seen.add(tokens.terms[index]!))
        else if (weight === 0 && tokens.stops[index] === 0) raw -= cost
      }
      const score = raw * (1 + data.weights.anchorLength * Math.max(0, seen.size - 1))
      if (phrase && score <= phrase.score) continue
      const isExact = !match.usedHead && first === match.first && last === match.last && sameSurfaces(tokens, first, evidence.owner.surfaces)
      phrase = { evidence, start, end, isExact, score }
    }
  }
  if (phrase && (!best || phrase.score >= best.score * data.weights.phraseAnchorShare)) return phrase
  if (!best) return undefined
  const { start, end } = extendHyphens(tokens, best.first, best.last)
  return { evidence: undefined, start, end, isExact: false }
}

// An anchor has a word with letters: a bare year or version alone does not name a post.
function hasWord(data: IndexData, tokens: TokenList, first: number, last: number): boolean {
  for (let index = first; index <= last; index++) if (!/^\d/.test(data.vocabulary.names[tokens.terms[index]!] ?? '')) return true
  return false
}

function extendHyphens(tokens: TokenList, from: number, to: number): { first: number; last: number; start: number; end: number } {
  let first = from
  let last = to
  while (first > 0 && tokens.gaps[first] === gapHyphen) first--
  while (last + 1 < tokens.terms.length && tokens.gaps[last + 1] === gapHyphen) last++
  return { first, last, start: tokens.starts[first]!, end: tokens.ends[last]! }
}

function queryWeight(query: { terms: Int32Array; weights: Float64Array }, term: number): number {
  let low = 0
  let high = query.terms.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const value = query.terms[middle]!
    if (value === term) return query.weights[middle]!
    if (value < term) low = middle + 1
    else high = middle - 1
  }
  return 0
}

function sameSurfaces(tokens: TokenList, first: number, surfaces: readonly number[]): boolean {
  return surfaces.every((surface, index) => tokens.surfaces[first + index] === surface)
}

function toSuggestion(data: IndexData, document: LinkDocument, target: number, score: number, anchor: Anchor): LinkSuggestion {
  const targetDocument = data.documents[target]!
  const { line, column } = positionOf(document, anchor.start)
  const inbound = data.inbound[target]!
  const links = `the target has ${inbound} inbound link${inbound === 1 ? '' : 's'}`
  const text = document.body.slice(anchor.start, anchor.end)
  const owner = anchor.evidence?.owner
  const phrase = anchor.evidence?.phrase
  return {
    source: document.id,
    target: targetDocument.url,
    targetId: targetDocument.id,
    targetTitle: targetDocument.title,
    anchor: document.body.slice(anchor.start, anchor.end),
    line,
    column,
    offset: anchor.start,
    score: Math.round(score * 1000) / 1000,
    kind: owner?.kind ?? 'term',
    phrase: owner?.text ?? text,
    reason: owner ? `matches the ${kindLabels[owner.kind]} "${owner.text}"; ${links}` : `names the target's topic ("${targetDocument.title}"); ${links}`,
    isExact: anchor.isExact,
    isUnambiguous: owner !== undefined && phrase !== undefined && phrase.owners.every((other) => other === owner || other.weight < owner.weight),
    inHtml: inRanges(data.htmlRanges[data.byId.get(document.id)!] ?? [], anchor.start),
  }
}

const lineStarts = new WeakMap<LinkDocument, number[]>()

/** 1-based line and column in the Markdown file of a body offset. */
export function positionOf(document: LinkDocument, offset: number): { line: number; column: number } {
  let starts = lineStarts.get(document)
  if (!starts) {
    starts = [0]
    for (let index = document.body.indexOf('\n'); index !== -1; index = document.body.indexOf('\n', index + 1)) starts.push(index + 1)
    lineStarts.set(document, starts)
  }
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return { line: (document.bodyLine ?? 1) + low, column: offset - starts[low]! + 1 }
}

function inRanges(ranges: readonly number[], offset: number): boolean {
  for (let index = 0; index + 1 < ranges.length; index += 2) if (ranges[index]! <= offset && offset < ranges[index + 1]!) return true
  return false
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
