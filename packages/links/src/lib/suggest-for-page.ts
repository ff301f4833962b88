import type { LinkDocument, LinkSuggestion, MatchKind } from './link-document.js'
import type { IndexData, TrieNode } from './link-index.js'
import type { KeyPhrase, PhraseOwner } from './key-phrases.js'
import { scoreSimilarity } from './find-related.js'
import { primarySubtag } from './normalize-word.js'
import { continuesPhrase, type TokenList } from './tokenize.js'
import { TopPages, urlRanksOf } from './top-pages.js'
import { chooseAnchor, type Anchor, type Evidence, type PhraseMatch } from './choose-anchor.js'

// A phrase many pages share ("Open Data") only counts for pages that are also topically close.
export const ownerCap = 40
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
  /** Factor for a target in another language than the page (both tagged); below 1 the reader's language comes first. */
  otherLanguage: number
  /** What an anchor pays for each content word inside it that does not name the target. */
  anchorCost: number
  /** A key phrase word for word is the anchor if it scores at least this share of the best run. */
  phraseAnchorShare: number
  /** Each further word of the target's query in an anchor lifts its score by this share (names beat single words). */
  anchorLength: number
  /** 1: an anchor that is not a key phrase of the target has no function word inside (but those of the target's title and keywords); 0: it may. */
  anchorChunk: number
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
  otherLanguage: 1,
  anchorCost: 3,
  phraseAnchorShare: 0.5,
  anchorLength: 0.3,
  anchorChunk: 1,
}

const bm25Candidates = 60

/** Ranked suggestions for one page: best target first, each with its own, non-overlapping anchor. */
export function suggestForPage(data: IndexData, page: number, maxSuggestions: number): LinkSuggestion[] {
  if (maxSuggestions <= 0) return []
  const weights = data.weights
  const similarity = scoreSimilarity(data, page)
  const tokens = data.vocabulary.expand(data.tokens[page]!)
  const topSimilar = similarity.top(similarCandidates, () => true)
  const evidence = collectEvidence(data, page, tokens, topSimilar)
  const bm25 = bm25Scores(data, page, tokens)
  // The candidates, each once, in the order found: phrase evidence, BM25's best, the most similar.
  const { rows, ranks } = scratchOf(data)
  const stamp = ++rows.stamp
  rows.seen[page] = stamp
  for (const target of data.linked[page]!) rows.seen[target] = stamp
  const { languages } = scratchOf(data)
  const language = languages[page]!
  let count = 0
  const add = (target: number) => {
    if (rows.seen[target] === stamp) return
    // A page in another language with the very same date is taken for a translation of this one (a
    // multilingual site gives each translation the original's date): never a link suggestion. The
    // same calendar day would be too wide: okfn's authors link a same-day post in the other
    // language (recall@5 0.855 -> 0.841 with it).
    if (language !== 0 && languages[target] !== 0 && languages[target] !== language && data.days[target] === data.days[page]) return
    rows.seen[target] = stamp
    rows.targets[count++] = target
  }
  for (const target of evidence.targets) add(target)
  for (const target of bm25.top(bm25Candidates)) add(target)
  for (const target of topSimilar) add(target)

  const best = { phrase: 0, bm25: 0, similarity: 0, tags: 0 }
  for (let row = 0; row < count; row++) {
    const target = rows.targets[row]!
    const top = evidence.best[target]!
    const phrase = top > 0 ? top + 0.2 * Math.min(evidence.total[target]! - top, top) : 0
    rows.phrase[row] = phrase
    rows.bm25[row] = bm25.score(target)
    rows.similarity[row] = similarity.similarity(target)
    rows.tags[row] = sharedTags(data, page, target)
    best.phrase = Math.max(best.phrase, phrase)
    best.bm25 = Math.max(best.bm25, rows.bm25[row]!)
    best.similarity = Math.max(best.similarity, rows.similarity[row]!)
    best.tags = Math.max(best.tags, rows.tags[row]!)
  }
  const scaled = (value: number, top: number) => (top > 0 ? value / top : 0)
  // A target without a date (a page such as "About" or "Thank you") gets the mean prior of the dated
  // candidates: not knowing when it was written is no reason to rank it like a post of last week.
  let datedSum = 0
  let dated = 0
  for (let row = 0; row < count; row++) {
    const prior = datePrior(data, page, rows.targets[row]!)
    rows.priors[row] = prior
    if (!Number.isNaN(prior)) (datedSum += prior), dated++
  }
  const undatedPrior = dated > 0 ? datedSum / dated : 1
  let positive = 0
  for (let row = 0; row < count; row++) {
    const target = rows.targets[row]!
    const fused = weights.phrase * scaled(rows.phrase[row]!, best.phrase) + weights.bm25 * scaled(rows.bm25[row]!, best.bm25) + weights.similarity * scaled(rows.similarity[row]!, best.similarity) + weights.tags * scaled(rows.tags[row]!, best.tags) + weights.declared * evidence.declared[target]!
    const prior = Number.isNaN(rows.priors[row]!) ? undatedPrior : rows.priors[row]!
    // `otherLanguage` < 1 puts pages in the reader's language first. The default (fitted on okfn,
    // whose German and English posts link each other) is 1; on ruby-lang.org imported, 0.5 takes
    // the suggestions into another language from 18.6 % to 9.1 % (docs/links.md).
    const otherLanguage = language !== 0 && languages[target] !== 0 && languages[target] !== language
    rows.scores[row] = ((otherLanguage ? weights.otherLanguage : 1) * fused * prior) / (1 + weights.inbound * Math.log2(1 + data.inbound[target]!))
    if (rows.scores[row]! > 0) positive++
  }
  // Best score first; at equal score the first URL, then the first found. Only a few are read
  // (anchors are found for most), so the first few come from a heap and the rest are sorted only if needed.
  rows.best.reset(Math.min(positive, maxSuggestions * 4))
  for (let row = 0; row < count; row++) {
    const score = rows.scores[row]!
    if (score > 0 && score >= rows.best.floor) rows.best.offer(row, score, ranks[rows.targets[row]!]!)
  }
  let order = rows.best.take()

  const document = data.documents[page]!
  const used: Array<[number, number]> = []
  const suggestions: LinkSuggestion[] = []
  for (let next = 0; suggestions.length < maxSuggestions; next++) {
    if (next === order.length) {
      if (order.length === positive) break
      // More were needed than the heap kept: every candidate with a score, in the same order (its first entries are the heap's).
      order = []
      for (let row = 0; row < count; row++) if (rows.scores[row]! > 0) order.push(row)
      order.sort((a, b) => (rows.scores[b]! > rows.scores[a]! ? 1 : rows.scores[b]! < rows.scores[a]! ? -1 : ranks[rows.targets[a]!]! - ranks[rows.targets[b]!]! || a - b))
    }
    const row = order[next]!
    const target = rows.targets[row]!
    const chosen = chooseAnchor(data, target, evidence.itemsFor(target), tokens, used, document.body, document.lang)
    if (!chosen) continue
    used.push([chosen.start, chosen.end])
    suggestions.push(toSuggestion(data, document, target, rows.scores[row]!, chosen))
  }
  return suggestions
}

// Each candidate target's signals, in arrays over candidates reused page after page (an object per
// candidate was 175 objects and their boxed numbers per page).
interface RowScratch {
  /** `seen[target] === stamp`: already a candidate of this page. */
  seen: Int32Array
  stamp: number
  targets: Int32Array
  phrase: Float64Array
  bm25: Float64Array
  similarity: Float64Array
  tags: Float64Array
  /** The date prior, NaN when the target's (or the page's) date is unknown. */
  priors: Float64Array
  scores: Float64Array
  best: TopPages
}

// Lists in typed arrays with a count: a plain array emptied with `length = 0` drops its storage, so
// refilling it page after page made most of the garbage of the suggestions.
interface Scratch {
  frequencies: Float64Array
  /** The page's distinct terms (`termCount` of them). */
  terms: Int32Array
  termCount: number
  scores: Float64Array
  /** The targets with a score (`targetCount` of them; -1: any page may have one). */
  targets: Int32Array
  targetCount: number
  best: TopPages
  /** Each page's place in URL order (ties between targets go to the first URL). */
  ranks: Int32Array
  /** Each page's primary language as a number (0: none given). */
  languages: Int32Array
  rows: RowScratch
}

const scratches = new WeakMap<IndexData, Scratch>()

// Per-index arrays over terms and pages, reused for every page (no maps per page).
function scratchOf(data: IndexData): Scratch {
  let scratch = scratches.get(data)
  if (!scratch) {
    const terms = data.vocabulary.names.length
    const pages = data.documents.length
    const rows = { seen: new Int32Array(pages), stamp: 0, targets: new Int32Array(pages), phrase: new Float64Array(pages), bm25: new Float64Array(pages), similarity: new Float64Array(pages), tags: new Float64Array(pages), priors: new Float64Array(pages), scores: new Float64Array(pages), best: new TopPages() }
    scratch = { frequencies: new Float64Array(terms), terms: new Int32Array(terms), termCount: 0, scores: new Float64Array(pages), targets: new Int32Array(pages), targetCount: 0, best: new TopPages(), ranks: urlRanksOf(data.documents), languages: primaryLanguagesOf(data.documents), rows }
    scratches.set(data, scratch)
  }
  return scratch
}

// `de-AT` and `de` are one language; a page without a tag is 0.
function primaryLanguagesOf(documents: ReadonlyArray<{ lang?: string | undefined }>): Int32Array {
  const numbers = new Map<string, number>()
  return Int32Array.from(documents, (document) => {
    const primary = primarySubtag(document.lang)
    if (primary === '') return 0
    let number = numbers.get(primary)
    if (number === undefined) numbers.set(primary, (number = numbers.size + 1))
    return number
  })
}

// BM25 of every target's query over this page's linkable text, through the (pruned, impact-ordered)
// query postings: only targets sharing a word with the page are touched.
function bm25Scores(data: IndexData, page: number, tokens: TokenList): { score(target: number): number; top(count: number): number[] } {
  const { k1, b } = data.weights
  const scratch = scratchOf(data)
  const { frequencies, terms, scores, targets, best } = scratch
  // When most pages were touched, clearing them all at once is cheaper than one by one.
  if (scratch.targetCount < 0 || scratch.targetCount * 4 > scores.length) scores.fill(0)
  else for (let index = 0; index < scratch.targetCount; index++) scores[targets[index]!] = 0
  let termCount = 0
  for (let index = 0; index < tokens.terms.length; index++) {
    if (tokens.stops[index] === 1) continue
    const term = tokens.terms[index]!
    if (frequencies[term] === 0) terms[termCount++] = term
    frequencies[term]!++
    const head = tokens.heads[index]!
    if (head === -1 || head === term) continue
    if (frequencies[head] === 0) terms[termCount++] = head
    frequencies[head]!++
  }
  const norm = k1 * (1 - b + (b * data.lengths[page]!) / Math.max(1, data.averageLength))
  const { offsets, pages, weights } = data.queryPostings
  // With more postings to add than there are pages, nearly every page is reached: then listing each
  // page the first time it is reached (a branch per posting, mispredicted once per page reached)
  // costs more than clearing and reading all pages (10,000 generated posts: suggestions 7.1 → 6.6 s CPU).
  let postings = 0
  for (let position = 0; position < termCount; position++) {
    const term = terms[position]!
    if (term + 1 < offsets.length) postings += offsets[term + 1]! - offsets[term]!
  }
  const isDense = postings > scores.length
  let targetCount = 0
  for (let position = 0; position < termCount; position++) {
    const term = terms[position]!
    const frequency = frequencies[term]!
    frequencies[term] = 0
    if (term + 1 >= offsets.length) continue
    const saturation = (frequency * (k1 + 1)) / (frequency + norm)
    const end = offsets[term + 1]!
    if (isDense) for (let index = offsets[term]!; index < end; index++) scores[pages[index]!]! += weights[index]! * saturation
    else {
      for (let index = offsets[term]!; index < end; index++) {
        const target = pages[index]!
        if (scores[target] === 0) targets[targetCount++] = target
        scores[target]! += weights[index]! * saturation
      }
    }
  }
  scratch.targetCount = isDense ? -1 : targetCount
  scores[page] = 0
  return {
    score: (target) => scores[target]!,
    top(wanted) {
      // Thousands of targets are touched, a few dozen wanted: highest score first, ties by page.
      best.reset(wanted)
      if (isDense) {
        for (let target = 0; target < scores.length; target++) if (scores[target]! > 0 && scores[target]! >= best.floor) best.offer(target, scores[target]!, target)
      } else {
        for (let index = 0; index < targetCount; index++) {
          const target = targets[index]!
          const score = scores[target]!
          if (score <= 0 || score < best.floor) continue
          best.offer(target, score, target)
        }
      }
      return best.take()
    },
  }
}

function sharedTags(data: IndexData, page: number, target: number): number {
  const { offsets, ids } = data.tags
  const mineFrom = offsets[page]!
  const mineTo = offsets[page + 1]!
  if (mineFrom === mineTo) return 0
  let sum = 0
  for (let index = offsets[target]!, end = offsets[target + 1]!; index < end; index++) {
    const tag = ids[index]!
    for (let other = mineFrom; other < mineTo; other++) {
      if (ids[other] !== tag) continue
      sum += data.tagIdf[tag]!
      break
    }
  }
  return sum
}

// Links mostly point back in time, to posts a few months old: a newer target is damped, an older
// one slowly less likely the further back it is. NaN when the target's date is unknown; 1 (no
// prior) when the page's own date is.
function datePrior(data: IndexData, page: number, target: number): number {
  if (Number.isNaN(data.days[page]!)) return 1
  const back = data.days[page]! - data.days[target]!
  if (Number.isNaN(back)) return Number.NaN
  if (back < 0) return data.weights.newer
  return Math.pow(1 + Math.log1p(back / 30), -data.weights.ageDecay)
}

interface PageEvidence {
  /** Targets with phrase evidence. */
  targets: Int32Array
  /** Per target: its best phrase score, the sum of all, whether it declares a matched phrase as a keyword. */
  best: Float64Array
  total: Float64Array
  declared: Uint8Array
  /** The evidence for one target, best first (made only for the few targets that get an anchor). */
  itemsFor(target: number): Evidence[]
}

// Arrays over pages, reused for every page; lists are typed arrays with a count (a plain array
// emptied with `length = 0` drops its storage), marks carry a stamp per page (no clearing).
interface EvidenceScratch {
  best: Float64Array
  total: Float64Array
  declared: Uint8Array
  targets: Int32Array
  count: number
  /** Per target, the phrase that gave its best score (ties go to the lower phrase id). */
  bestPhrase: Int32Array
  /** `excluded[target] === stamp`: the page itself or a page it links to already. */
  excluded: Int32Array
  stamp: number
}

const evidenceScratches = new WeakMap<IndexData, EvidenceScratch>()
const noPhrase = 2 ** 31 - 1

// Key phrases of other pages standing in this page's text: scores per target in arrays over pages
// (a phrase many pages share would otherwise make thousands of objects per page).
function collectEvidence(data: IndexData, page: number, tokens: TokenList, topSimilar: readonly number[]): PageEvidence {
  let scratch = evidenceScratches.get(data)
  if (!scratch) {
    const pages = data.documents.length
    scratch = { best: new Float64Array(pages), total: new Float64Array(pages), declared: new Uint8Array(pages), targets: new Int32Array(pages), count: 0, bestPhrase: new Int32Array(pages).fill(noPhrase), excluded: new Int32Array(pages), stamp: 0 }
    evidenceScratches.set(data, scratch)
  }
  const { best, total, declared, bestPhrase, excluded } = scratch
  for (let index = 0; index < scratch.count; index++) {
    const target = scratch.targets[index]!
    ;(best[target] = 0), (total[target] = 0), (declared[target] = 0), (bestPhrase[target] = noPhrase)
  }
  scratch.count = 0
  const stamp = ++scratch.stamp
  const linked = data.linked[page]!
  excluded[page] = stamp
  for (const target of linked) excluded[target] = stamp
  const matches = findPhraseMatches(data.trie, tokens, data.phrases.length)
  const similarByPage = Int32Array.from(topSimilar).sort()
  for (const phraseId of matches.phrases) {
    const phrase = data.phrases[phraseId]!
    if (phrase.information < minimumInformation) continue
    // A phrase many pages share counts only for the pages topically close to this one.
    const owners = phrase.owners
    const isShared = owners.count > ownerCap
    const specificity = 1 / (1 + Math.log(owners.count))
    let next = 0
    for (let position = 0, end = isShared ? similarByPage.length : owners.count; position < end; position++) {
      let index = position
      if (isShared) {
        // The owners (ordered by page) are walked once, alongside the similar pages in page order.
        next = owners.lowerBound(similarByPage[position]!, next)
        if (next === owners.count) break
        if (owners.targets[next] !== similarByPage[position]) continue
        index = next
      }
      const target = owners.targets[index]!
      if (excluded[target] === stamp) continue
      const weight = owners.weights[index]!
      const score = weight * weight * phrase.information * specificity
      if (total[target] === 0) {
        if (scratch.count === scratch.targets.length) {
          const grown = new Int32Array(scratch.count * 2)
          grown.set(scratch.targets)
          scratch.targets = grown
        }
        scratch.targets[scratch.count++] = target
      }
      total[target]! += score
      if (score > best[target]! || (score === best[target] && phraseId < bestPhrase[target]!)) (best[target] = score), (bestPhrase[target] = phraseId)
      if (owners.isDeclared(index)) declared[target] = 1
    }
  }
  return {
    targets: scratch.targets.subarray(0, scratch.count),
    best,
    total,
    declared,
    itemsFor(target) {
      const items: Evidence[] = []
      if (target === page || linked.has(target)) return items
      for (const phraseId of matches.phrases) {
        const phrase = data.phrases[phraseId]!
        if (phrase.information < minimumInformation) continue
        const owners = phrase.owners
        if (owners.count > ownerCap && !topSimilar.includes(target)) continue
        const index = owners.indexOf(target)
        if (index === -1) continue
        const owner = owners.at(index)
        items.push({ phrase, owner, score: owner.weight * owner.weight * phrase.information * (1 / (1 + Math.log(owners.count))), matches: matches.matchesOf(phraseId) })
      }
      return items.sort((a, b) => b.score - a.score || a.phrase.id - b.phrase.id)
    },
  }
}

/** Every occurrence of every key phrase in a page's linkable text, in flat arrays reused page after page. */
export interface PhraseMatches {
  /** The phrases found, each once, in order of their first occurrence. */
  phrases: readonly number[]
  /** The occurrences of one phrase (objects made only for the few targets that get an anchor). */
  matchesOf(phrase: number): PhraseMatch[]
}

class MatchScratch {
  first: Int32Array
  last: Int32Array
  starts = new Int32Array(1024)
  ends = new Int32Array(1024)
  links = new Int32Array(1024)
  heads = new Uint8Array(1024)
  count = 0
  readonly phrases: number[] = []
  /** Per term: 1 if some phrase starts with it (a byte read per word instead of a map lookup). */
  readonly opening: Uint8Array

  constructor(phraseCount: number, trie: TrieNode) {
    this.first = new Int32Array(phraseCount).fill(-1)
    this.last = new Int32Array(phraseCount).fill(-1)
    let termCount = 0
    for (const term of trie.next?.keys() ?? []) termCount = Math.max(termCount, term + 1)
    this.opening = new Uint8Array(termCount)
    for (const term of trie.next?.keys() ?? []) this.opening[term] = 1
  }

  reset(): void {
    for (const phrase of this.phrases) (this.first[phrase] = -1), (this.last[phrase] = -1)
    this.phrases.length = 0
    this.count = 0
  }

  add(phrase: number, start: number, end: number, usedHead: boolean): void {
    if (this.count === this.starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(array: T): T => {
        const grown = new (array.constructor as new (length: number) => T)(array.length * 2)
        grown.set(array)
        return grown
      }
      this.starts = grow(this.starts)
      this.ends = grow(this.ends)
      this.links = grow(this.links)
      this.heads = grow(this.heads)
    }
    const match = this.count++
    this.starts[match] = start
    this.ends[match] = end
    this.heads[match] = usedHead ? 1 : 0
    this.links[match] = -1
    if (this.first[phrase] === -1) (this.first[phrase] = match), this.phrases.push(phrase)
    else this.links[this.last[phrase]!] = match
    this.last[phrase] = match
  }
}

const matchScratches = new WeakMap<TrieNode, MatchScratch>()

/** Every occurrence of every key phrase in the page's linkable text. Valid until the next call with the same trie. */
export function findPhraseMatches(trie: TrieNode, tokens: TokenList, phraseCount: number): PhraseMatches {
  let scratch = matchScratches.get(trie)
  if (!scratch || scratch.first.length < phraseCount) matchScratches.set(trie, (scratch = new MatchScratch(phraseCount, trie)))
  const found = scratch
  found.reset()
  const count = tokens.terms.length
  const walk = (node: TrieNode, index: number, first: number, usedHead: boolean): void => {
    if (index > first && !continuesPhrase(tokens.gaps[index]!)) return
    const term = tokens.terms[index]!
    const head = tokens.heads[index]!
    for (let pass = 0; pass < (head === -1 ? 1 : 2); pass++) {
      const alternative = pass === 0 ? term : head
      const child = node.next?.get(alternative)
      if (!child) continue
      const viaHead = usedHead || pass === 1
      if (child.phrase >= 0) found.add(child.phrase, first, index, viaHead)
      if (index + 1 < count && child.next) walk(child, index + 1, first, viaHead)
    }
  }
  // Most words start no phrase: a byte read each, a walk only from those that do.
  const opening = found.opening
  for (let index = 0; index < count; index++) if (opening[tokens.terms[index]!] === 1 || (tokens.heads[index] !== -1 && opening[tokens.heads[index]!] === 1)) walk(trie, index, index, false)
  return {
    phrases: found.phrases,
    matchesOf(phrase) {
      const list: PhraseMatch[] = []
      for (let match = found.first[phrase]!; match !== -1; match = found.links[match]!) list.push({ first: found.starts[match]!, last: found.ends[match]!, usedHead: found.heads[match] === 1 })
      return list
    },
  }
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
    isUnambiguous: owner !== undefined && phrase !== undefined && isStrongestOwner(phrase, owner),
    inHtml: inRanges(data.htmlRanges[data.byId.get(document.id)!] ?? [], anchor.start),
  }
}

// Line starts of the page last asked about: its suggestions are made together, and keeping them
// for every page of a large site would hold megabytes to no use.
let lineStarts: { document: LinkDocument; starts: number[] } | undefined

/** 1-based line and column in the Markdown file of a body offset. */
export function positionOf(document: LinkDocument, offset: number): { line: number; column: number } {
  if (lineStarts?.document !== document) {
    const starts = [0]
    for (let index = document.body.indexOf('\n'); index !== -1; index = document.body.indexOf('\n', index + 1)) starts.push(index + 1)
    lineStarts = { document, starts }
  }
  const { starts } = lineStarts
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return { line: (document.bodyLine ?? 1) + low, column: offset - starts[low]! + 1 }
}

// No other page claims the phrase as strongly as this owner.
function isStrongestOwner(phrase: KeyPhrase, owner: PhraseOwner): boolean {
  const { targets, weights } = phrase.owners
  for (let index = 0; index < targets.length; index++) if (targets[index] !== owner.target && !(weights[index]! < owner.weight)) return false
  return true
}

function inRanges(ranges: readonly number[], offset: number): boolean {
  for (let index = 0; index + 1 < ranges.length; index += 2) if (ranges[index]! <= offset && offset < ranges[index + 1]!) return true
  return false
}
