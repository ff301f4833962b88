import { extractLinkableText } from './find-linkable-ranges.js'
import type { LinkDocument, LinkSuggestion, RelatedPost } from './link-document.js'
import { PhraseTable, type KeyPhrase } from './key-phrases.js'
import { findRelated } from './find-related.js'
import { headingsOfDocument } from './headings.js'
import { defaultRankingWeights, suggestForPage, type RankingWeights } from './suggest-for-page.js'
import { buildImpactPostings, buildPostings, inverseDocumentFrequencies, TermCounter, termVector, type Postings, type TermVector } from './term-statistics.js'
import { Vocabulary, type CompactTokens } from './tokenize.js'

/** The analysed site: what `suggest` and `related` read. Built once, queried per page. */
export interface IndexData {
  documents: readonly LinkDocument[]
  vocabulary: Vocabulary
  /** Each page's linkable words, compact (4 bytes a word); `vocabulary.expand` gives the token list. */
  tokens: readonly CompactTokens[]
  /** Per page, the linkable ranges that are text inside raw HTML. */
  htmlRanges: ReadonlyArray<readonly number[]>
  idf: Float64Array
  vectors: readonly TermVector[]
  postings: Postings
  phrases: readonly KeyPhrase[]
  trie: TrieNode
  /** Each page as a query for the pages that might link to it: its title, keywords, headings, tags and top body terms, weighted. */
  queries: readonly TermVector[]
  /** Term → the pages whose query has it most strongly, with the query weight × idf ÷ the query's mass^queryNorm (BM25's per-term impact). */
  queryPostings: Postings
  /** Content words of each page's linkable text, and their mean over the site (BM25's length norm). */
  lengths: Int32Array
  averageLength: number
  /** Days since 1970 of each page's date, NaN when unknown. */
  days: Float64Array
  /** Tag ids of each page (page `p`'s are `tags.ids[tags.offsets[p], tags.offsets[p + 1])`), and each tag's idf. */
  tags: { offsets: Int32Array; ids: Int32Array }
  tagIdf: Float64Array
  weights: RankingWeights
  /** Distinct content pages linking to each page. */
  inbound: Int32Array
  /** Pages each page links to already. */
  linked: ReadonlyArray<ReadonlySet<number>>
  byId: ReadonlyMap<string, number>
}

/** Key phrases as a trie over term ids, so a page is scanned once however many phrases there are. */
export interface TrieNode {
  phrase: number
  next: Map<number, TrieNode> | undefined
}

/** Options of `LinkIndex.suggest`. */
export interface SuggestOptions {
  /** At most this many suggestions for the page (default 5). */
  maxSuggestions?: number
}

/** Options of `createLinkIndex`. */
export interface LinkIndexOptions {
  /** How the ranking fuses its signals (defaults fitted on a real blog; for evaluation tools). */
  weights?: Partial<RankingWeights>
}

/** An analysed site; see `createLinkIndex`. */
export interface LinkIndex {
  readonly documents: readonly LinkDocument[]
  /** Ranked link suggestions for one page (by id), best first. */
  suggest(id: string, options?: SuggestOptions): LinkSuggestion[]
  /** The `count` most similar posts to one page (by id), most similar first. */
  related(id: string, count: number): RelatedPost[]
}

const distinctiveTermsPerPage = 3
const titleBoost = 3
const tagBoost = 2

/**
 * Analyses every page once (tokens, key phrases, an inverted index) so that suggestions and related
 * posts cost one scan of the page, not a comparison with every other page. Deterministic: pages are
 * ordered by URL whatever order they come in.
 */
export function createLinkIndex(input: readonly LinkDocument[], options: LinkIndexOptions = {}): LinkIndex {
  const data = analyse(input, { ...defaultRankingWeights, ...options.weights })
  return {
    documents: data.documents,
    suggest: (id, options = {}) => suggestForPage(data, pageIndex(data, id), options.maxSuggestions ?? 5),
    related: (id, count) => findRelated(data, pageIndex(data, id), count),
  }
}

function pageIndex(data: IndexData, id: string): number {
  const index = data.byId.get(id)
  if (index === undefined) throw new Error(`No page with id "${id}" in the link index.`)
  return index
}

/** What `related` reads: page vectors and postings, no token lists. */
export interface RelatedData extends Pick<IndexData, 'vectors' | 'postings'> {
  documents: ReadonlyArray<Pick<LinkDocument, 'id' | 'url' | 'title' | 'kind'>>
}

/** Related posts only (what a build's theme needs): the same ranking as `createLinkIndex`, a fraction of its memory. */
export function createRelatedIndex(input: readonly LinkDocument[]): Pick<LinkIndex, 'related'> {
  const { documents, vectors } = analyseTerms(input, false)
  const data: RelatedData = { documents: documents.map(({ id, url, title, kind }) => ({ id, url, title, kind })), vectors, postings: buildPostings(vectors) }
  const byId = new Map(data.documents.map((document, index) => [document.id, index]))
  return {
    related(id, count) {
      const index = byId.get(id)
      if (index === undefined) throw new Error(`No page with id "${id}" in the link index.`)
      return findRelated(data, index, count)
    },
  }
}

// Terms of every page (body, title ×3, tags ×2) as tf-idf vectors. Term ids are given in the same
// order either way (titles, keywords, tags and headings first, then the bodies), so both indexes rank alike.
function analyseTerms(input: readonly LinkDocument[], keepTokens: boolean) {
  const documents = [...input].sort((a, b) => compare(a.url, b.url) || compare(a.id, b.id))
  const vocabulary = new Vocabulary()
  const table = new PhraseTable(vocabulary)
  documents.forEach((document, index) => table.addDocument(index, document))
  vocabulary.setHeadTerms(new Set(table.phrases.flatMap((phrase) => phrase.terms.filter((term) => (vocabulary.names[term] ?? '').length >= 4))))

  const tokens: CompactTokens[] = []
  const htmlRanges: Array<readonly number[]> = []
  const lengths = new Int32Array(documents.length)
  const counter = new TermCounter()
  let frequencies = new Int32Array(1024)
  // Pass 1, one page at a time: its words are kept only in compact form (4 bytes a word), and
  // each distinct term counts once towards its document frequency.
  documents.forEach((document, index) => {
    const text = document.linkableRanges ? { ranges: document.linkableRanges, html: document.htmlRanges ?? [] } : extractLinkableText(document.body)
    const compact = vocabulary.compact(document.body, text.ranges, document.lang)
    tokens.push(compact)
    if (keepTokens) htmlRanges.push(text.html)
    lengths[index] = countPage(counter, vocabulary, document, compact)
    const terms = counter.takeTerms()
    if (terms.length > 0 && terms[terms.length - 1]! >= frequencies.length) {
      const grown = new Int32Array(Math.max(terms[terms.length - 1]! + 1, frequencies.length * 2))
      grown.set(frequencies)
      frequencies = grown
    }
    for (const term of terms) frequencies[term]!++
  })
  const idf = new Float64Array(vocabulary.names.length)
  for (let term = 0; term < idf.length; term++) {
    const frequency = term < frequencies.length ? frequencies[term]! : 0
    idf[term] = frequency === 0 ? 0 : Math.max(0, Math.log(documents.length / frequency))
  }
  // Pass 2: each page's tf-idf vector (and, for suggestions, its most distinctive words as key phrases).
  const vectors = documents.map((document, page) => {
    countPage(counter, vocabulary, document, tokens[page]!)
    const vector = termVector(counter.take(), idf)
    if (keepTokens) addDistinctiveTerms(table, page, vector, tokens[page]!, vocabulary)
    return vector
  })
  return { documents, vocabulary, table, tokens: keepTokens ? tokens : [], htmlRanges, idf, vectors, lengths }
}

// A page's terms: its linkable text once, its title ×3, its tags ×2. Returns the number of content words of the text.
function countPage(counter: TermCounter, vocabulary: Vocabulary, document: LinkDocument, body: CompactTokens): number {
  const length = vocabulary.countWords(body, counter)
  counter.add(vocabulary.tokenize(document.title, [0, document.title.length], document.lang), titleBoost)
  for (const tag of document.tags ?? []) counter.add(vocabulary.tokenize(tag, [0, tag.length], document.lang), tagBoost)
  return length
}

function analyse(input: readonly LinkDocument[], weights: RankingWeights): IndexData {
  const { documents, vocabulary, table, tokens, htmlRanges, idf, vectors, lengths } = analyseTerms(input, true)
  const phrases = table.finish()
  for (const phrase of phrases) phrase.information = phrase.terms.reduce((sum, term) => sum + (idf[term] ?? 0), 0)
  const queries = documents.map((document, index) => targetQuery(document, vectors[index]!, vocabulary, idf, weights))
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length)
  const tagNames = new Map<string, number>()
  const tags = documents.map((document) => Int32Array.from(new Set((document.tags ?? []).map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== '')), (tag) => tagNames.get(tag) ?? (tagNames.set(tag, tagNames.size), tagNames.size - 1)))
  const tagIdf = inverseDocumentFrequencies(tags, tagNames.size)

  const byUrl = new Map(documents.map((document, index) => [document.url, index]))
  const inbound = new Int32Array(documents.length)
  const linked = documents.map((document) => {
    const targets = new Set<number>()
    for (const url of document.linkTargets ?? []) {
      const target = byUrl.get(url)
      if (target !== undefined) targets.add(target)
    }
    return targets
  })
  linked.forEach((targets, source) => targets.forEach((target) => target !== source && inbound[target]!++))
  return {
    documents,
    vocabulary,
    tokens,
    htmlRanges,
    idf,
    vectors,
    postings: buildPostings(vectors),
    phrases,
    trie: buildTrie(phrases),
    queries,
    queryPostings: buildQueryPostings(queries, weights.queryNorm),
    lengths,
    averageLength,
    days: Float64Array.from(documents, (document) => daysOf(document.date)),
    tags: flatten(tags),
    tagIdf,
    weights,
    inbound,
    linked,
    byId: new Map(documents.map((document, index) => [document.id, index])),
  }
}

// A page's most distinctive body words are key phrases too: they catch links whose anchor is
// neither in the title nor in the keywords ("Stabkartusche" for a post about cartridges).
function addDistinctiveTerms(table: PhraseTable, page: number, vector: TermVector, pageTokens: CompactTokens, vocabulary: Vocabulary): void {
  let added = 0
  for (const term of vector.terms) {
    if (added === distinctiveTermsPerPage) break
    if ((vocabulary.names[term] ?? '').length < 4 || /^\d/.test(vocabulary.names[term] ?? '')) continue
    const surface = vocabulary.firstSurface(pageTokens, term)
    if (surface === -1) continue
    table.addTerm(page, term, surface, (vocabulary.names[surface] ?? '').slice(1))
    added++
  }
}

// A page as the query that finds pages which should link to it: what names it (title, keywords,
// headings, tags) counts most, its most distinctive body words a little. Weights include the idf.
function targetQuery(document: LinkDocument, vector: TermVector, vocabulary: Vocabulary, idf: Float64Array, weights: RankingWeights): TermVector {
  const query = new Map<number, number>()
  const add = (text: string, weight: number) => {
    const list = vocabulary.tokenize(text, [0, text.length], document.lang)
    const seen = new Set<number>()
    for (let index = 0; index < list.terms.length; index++) {
      if (list.stops[index] === 1) continue
      const term = list.terms[index]!
      if (seen.has(term)) continue
      seen.add(term)
      query.set(term, (query.get(term) ?? 0) + weight)
    }
  }
  add(document.title, weights.queryTitle)
  for (const keyword of [document.focusKeyword ?? '', ...(document.keywords ?? [])]) add(keyword, weights.queryTitle)
  for (const tag of document.tags ?? []) add(tag, weights.queryTag)
  for (const heading of headingsOfDocument(document)) add(heading, weights.queryHeading)
  for (const term of vector.terms) query.set(term, (query.get(term) ?? 0) + weights.queryBody)
  const terms = [...query.keys()].filter((term) => (idf[term] ?? 0) > 0).sort((a, b) => a - b)
  return { terms: Int32Array.from(terms), weights: Float64Array.from(terms, (term) => query.get(term)! * idf[term]!) }
}

// Impact-ordered and pruned: a term in many pages' queries keeps only the pages it matters most
// to, so scoring a page costs at most `queryPostingsPerTerm` steps per distinct word.
const queryPostingsPerTerm = 128

function buildQueryPostings(queries: readonly TermVector[], queryNorm: number): Postings {
  const masses = Float64Array.from(queries, (query) => Math.pow(Math.max(1e-9, query.weights.reduce((sum, weight) => sum + weight, 0)), queryNorm))
  return buildImpactPostings(queries, (page, index) => queries[page]!.weights[index]! / masses[page]!, queryPostingsPerTerm, queryPostingsPerTerm)
}

// Lists per page as one array and offsets (read for every candidate of every page: one place in memory).
function flatten(lists: readonly Int32Array[]): { offsets: Int32Array; ids: Int32Array } {
  const offsets = new Int32Array(lists.length + 1)
  lists.forEach((list, page) => (offsets[page + 1] = offsets[page]! + list.length))
  const ids = new Int32Array(offsets[lists.length]!)
  lists.forEach((list, page) => ids.set(list, offsets[page]!))
  return { offsets, ids }
}

function daysOf(date: string | undefined): number {
  const time = date === undefined ? Number.NaN : Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date.replace(' ', 'T'))
  return Number.isNaN(time) ? Number.NaN : time / 86_400_000
}

function buildTrie(phrases: readonly KeyPhrase[]): TrieNode {
  const root: TrieNode = { phrase: -1, next: undefined }
  for (const phrase of phrases) {
    let node = root
    for (const term of phrase.terms) {
      node.next ??= new Map()
      let child = node.next.get(term)
      if (!child) node.next.set(term, (child = { phrase: -1, next: undefined }))
      node = child
    }
    node.phrase = phrase.id
  }
  return root
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
