import { extractLinkableText } from './find-linkable-ranges.js'
import type { LinkDocument, LinkSuggestion, RelatedPost } from './link-document.js'
import { PhraseTable, type KeyPhrase } from './key-phrases.js'
import { findRelated } from './find-related.js'
import { headingsOf } from './headings.js'
import { defaultRankingWeights, suggestForPage, type RankingWeights } from './suggest-for-page.js'
import { buildPostings, countTerms, inverseDocumentFrequencies, termVector, type Postings, type TermVector } from './term-statistics.js'
import { Vocabulary, type TokenList } from './tokenize.js'

/** The analysed site: what `suggest` and `related` read. Built once, queried per page. */
export interface IndexData {
  documents: readonly LinkDocument[]
  vocabulary: Vocabulary
  tokens: readonly TokenList[]
  /** Per page, the linkable ranges that are text inside raw HTML. */
  htmlRanges: ReadonlyArray<readonly number[]>
  idf: Float64Array
  vectors: readonly TermVector[]
  postings: Postings
  phrases: readonly KeyPhrase[]
  trie: TrieNode
  /** Each page as a query for the pages that might link to it: its title, keywords, headings, tags and top body terms, weighted. */
  queries: readonly TermVector[]
  /** Term → pages whose query has it, with the query weight × idf. */
  queryPostings: ReadonlyMap<number, { pages: Int32Array; weights: Float64Array }>
  /** Σ weight × idf of each page's query (its BM25 normaliser). */
  queryMass: Float64Array
  /** Content words of each page's linkable text, and their mean over the site (BM25's length norm). */
  lengths: Int32Array
  averageLength: number
  /** Days since 1970 of each page's date, NaN when unknown. */
  days: Float64Array
  /** Tag ids of each page, and each tag's idf. */
  tags: ReadonlyArray<Int32Array>
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
// order either way (all bodies, then all titles, then all tags), so both indexes rank alike.
function analyseTerms(input: readonly LinkDocument[], keepTokens: boolean) {
  const documents = [...input].sort((a, b) => compare(a.url, b.url) || compare(a.id, b.id))
  const vocabulary = new Vocabulary()
  const table = new PhraseTable(vocabulary)
  documents.forEach((document, index) => table.addDocument(index, document))
  vocabulary.setHeadTerms(new Set(table.phrases.flatMap((phrase) => phrase.terms.filter((term) => (vocabulary.names[term] ?? '').length >= 4))))

  const tokens: TokenList[] = []
  const htmlRanges: Array<readonly number[]> = []
  const counts = documents.map((document) => {
    const text = document.linkableRanges ? { ranges: document.linkableRanges, html: document.htmlRanges ?? [] } : extractLinkableText(document.body)
    const list = vocabulary.tokenize(document.body, text.ranges, document.lang)
    if (keepTokens) (tokens.push(list), htmlRanges.push(text.html))
    const map = new Map<number, number>()
    countTerms(list, map)
    return map
  })
  documents.forEach((document, index) => countTerms(vocabulary.tokenize(document.title, [0, document.title.length], document.lang), counts[index]!, titleBoost))
  documents.forEach((document, index) => {
    for (const tag of document.tags ?? []) countTerms(vocabulary.tokenize(tag, [0, tag.length], document.lang), counts[index]!, tagBoost)
  })
  const idf = inverseDocumentFrequencies(counts.map((map) => map.keys()), vocabulary.names.length)
  const vectors = counts.map((map) => termVector(map, idf))
  return { documents, vocabulary, table, tokens, htmlRanges, idf, vectors }
}

function analyse(input: readonly LinkDocument[], weights: RankingWeights): IndexData {
  const { documents, vocabulary, table, tokens, htmlRanges, idf, vectors } = analyseTerms(input, true)
  addDistinctiveTerms(table, vectors, tokens, vocabulary)
  for (const phrase of table.phrases) phrase.information = phrase.terms.reduce((sum, term) => sum + (idf[term] ?? 0), 0)
  const queries = documents.map((document, index) => targetQuery(document, vectors[index]!, vocabulary, idf, weights))
  const queryMass = Float64Array.from(queries, (query) => query.weights.reduce((sum, weight) => sum + weight, 0))
  const lengths = Int32Array.from(tokens, (list) => list.stops.reduce((sum, stop) => sum + (stop === 0 ? 1 : 0), 0))
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
    phrases: table.phrases,
    trie: buildTrie(table.phrases),
    queries,
    queryPostings: buildQueryPostings(queries),
    queryMass,
    lengths,
    averageLength,
    days: Float64Array.from(documents, (document) => daysOf(document.date)),
    tags,
    tagIdf,
    weights,
    inbound,
    linked,
    byId: new Map(documents.map((document, index) => [document.id, index])),
  }
}

// A page's most distinctive body words are key phrases too: they catch links whose anchor is
// neither in the title nor in the keywords ("Stabkartusche" for a post about cartridges).
function addDistinctiveTerms(table: PhraseTable, vectors: readonly TermVector[], tokens: readonly TokenList[], vocabulary: Vocabulary): void {
  vectors.forEach((vector, page) => {
    const pageTokens = tokens[page]!
    let added = 0
    for (const term of vector.terms) {
      if (added === distinctiveTermsPerPage) break
      if ((vocabulary.names[term] ?? '').length < 4 || /^\d/.test(vocabulary.names[term] ?? '')) continue
      const index = pageTokens.terms.indexOf(term)
      if (index === -1) continue
      table.addTerm(page, term, pageTokens.surfaces[index]!, (vocabulary.names[pageTokens.surfaces[index]!] ?? '').slice(1))
      added++
    }
  })
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
  for (const heading of new Set(headingsOf(document.body))) add(heading, weights.queryHeading)
  for (const term of vector.terms) query.set(term, (query.get(term) ?? 0) + weights.queryBody)
  const terms = [...query.keys()].filter((term) => (idf[term] ?? 0) > 0).sort((a, b) => a - b)
  return { terms: Int32Array.from(terms), weights: Float64Array.from(terms, (term) => query.get(term)! * idf[term]!) }
}

function buildQueryPostings(queries: readonly TermVector[]): Map<number, { pages: Int32Array; weights: Float64Array }> {
  const lists = new Map<number, { pages: number[]; weights: number[] }>()
  queries.forEach((query, page) => {
    query.terms.forEach((term, index) => {
      let list = lists.get(term)
      if (!list) lists.set(term, (list = { pages: [], weights: [] }))
      list.pages.push(page)
      list.weights.push(query.weights[index]!)
    })
  })
  return new Map([...lists].map(([term, list]) => [term, { pages: Int32Array.from(list.pages), weights: Float64Array.from(list.weights) }]))
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
