import type { TokenList } from './tokenize.js'

/** A page's topic as a sparse unit vector of its highest tf-idf terms. */
export interface TermVector {
  terms: Int32Array
  weights: Float64Array
}

const vectorSize = 30
const postingsPerTerm = 150

/** Inverse document frequency of every term: `ln(N / df)`, 0 for terms every page has. */
export function inverseDocumentFrequencies(termSets: readonly Iterable<number>[], termCount: number): Float64Array {
  const frequencies = new Int32Array(termCount)
  for (const terms of termSets) for (const term of terms) frequencies[term]!++
  const idf = new Float64Array(termCount)
  const total = termSets.length
  for (let term = 0; term < termCount; term++) {
    const frequency = frequencies[term]!
    idf[term] = frequency === 0 ? 0 : Math.max(0, Math.log(total / frequency))
  }
  return idf
}

/** A page's term counts, terms ascending. */
export interface TermCounts {
  terms: Int32Array
  counts: Float64Array
}

/**
 * Counts content words (no stop words; numbers and versions are words) of token lists, page after
 * page, in one growable array over term ids: no map per page (10,000 pages × 500 terms).
 */
export class TermCounter {
  private counts = new Float64Array(1024)
  // The distinct terms so far, in a typed array with a count (a plain array emptied page after page drops its storage).
  private touched = new Int32Array(1024)
  private touchedCount = 0

  add(tokens: TokenList, boost = 1): void {
    for (let index = 0; index < tokens.terms.length; index++) {
      if (tokens.stops[index] === 1) continue
      this.addTerm(tokens.terms[index]!, boost)
    }
  }

  addTerm(term: number, boost: number): void {
    if (term >= this.counts.length) {
      const grown = new Float64Array(Math.max(term + 1, this.counts.length * 2))
      grown.set(this.counts)
      this.counts = grown
    }
    if (this.counts[term] === 0) {
      if (this.touchedCount === this.touched.length) {
        const grown = new Int32Array(this.touched.length * 2)
        grown.set(this.touched)
        this.touched = grown
      }
      this.touched[this.touchedCount++] = term
    }
    this.counts[term]! += boost
  }

  /** The distinct terms so far (ascending), and a fresh start. */
  takeTerms(): Int32Array {
    const terms = this.touched.slice(0, this.touchedCount).sort()
    for (const term of terms) this.counts[term] = 0
    this.touchedCount = 0
    return terms
  }

  /** The counts so far (terms ascending), and a fresh start. */
  take(): TermCounts {
    const terms = this.touched.slice(0, this.touchedCount).sort()
    const counts = new Float64Array(terms.length)
    for (let index = 0; index < terms.length; index++) counts[index] = this.counts[terms[index]!]!
    for (const term of terms) this.counts[term] = 0
    this.touchedCount = 0
    return { terms, counts }
  }
}

/** The `vectorSize` highest tf-idf terms, normalised to length 1; ties by term id. */
export function termVector(counts: TermCounts, idf: Float64Array): TermVector {
  // A bounded insertion list over the page's terms: no pair per term (10,000 pages × 500 terms).
  const terms = new Int32Array(vectorSize)
  const weights = new Float64Array(vectorSize)
  let size = 0
  for (let index = 0; index < counts.terms.length; index++) {
    const term = counts.terms[index]!
    const weight = (1 + Math.log(counts.counts[index]!)) * idf[term]!
    if (!(weight > 0)) continue
    // Terms come in ascending order, so at equal weight the earlier (smaller) term stays ahead.
    if (size === vectorSize && weight <= weights[size - 1]!) continue
    let position = size === vectorSize ? size - 1 : size++
    while (position > 0 && weight > weights[position - 1]!) {
      terms[position] = terms[position - 1]!
      weights[position] = weights[position - 1]!
      position--
    }
    terms[position] = term
    weights[position] = weight
  }
  let norm = 0
  for (let index = 0; index < size; index++) norm += weights[index]! * weights[index]!
  norm = Math.sqrt(norm) || 1
  const unit = weights.slice(0, size)
  for (let index = 0; index < size; index++) unit[index]! /= norm
  return { terms: terms.slice(0, size), weights: unit }
}

/**
 * Term → pages with their weight, keeping only each term's strongest pages (bounded work per query),
 * in three flat arrays: term `t`'s pages are `pages[offsets[t], offsets[t + 1])`. No object per term,
 * and typed arrays only (what a worker thread could share).
 */
export interface Postings {
  /** Per term id, where its entries start; one more entry than terms (a term past the end has none). */
  offsets: Int32Array
  pages: Int32Array
  weights: Float64Array
}

/** Builds impact-ordered, pruned postings from the vectors. */
export function buildPostings(vectors: readonly TermVector[]): Postings {
  return buildImpactPostings(vectors, (page, index) => vectors[page]!.weights[index]!, postingsPerTerm, 0)
}

/**
 * Term → the `keep` pages with the highest weight for it (ties by page), from each page's terms.
 * Lists of at most `sortAbove` pages stay in page order. Flat arrays, not a pair per entry: at
 * 10,000 pages the pairs were hundreds of thousands of objects that outlived the young generation.
 */
export function buildImpactPostings(lists: readonly TermVector[], weightOf: (page: number, index: number) => number, keep: number, sortAbove: number): Postings {
  let termCount = 0
  for (const list of lists) for (const term of list.terms) termCount = Math.max(termCount, term + 1)
  const offsets = new Int32Array(termCount + 1)
  for (const list of lists) for (const term of list.terms) offsets[term + 1]!++
  for (let term = 0; term < termCount; term++) offsets[term + 1]! += offsets[term]!
  const fill = offsets.slice(0, termCount)
  const pages = new Int32Array(offsets[termCount]!)
  const weights = new Float64Array(pages.length)
  lists.forEach((list, page) => {
    list.terms.forEach((term, index) => {
      const at = fill[term]!++
      pages[at] = page
      weights[at] = weightOf(page, index)
    })
  })
  // Each term's entries by impact (pages come in order, so ties stay by page), cut to `keep`.
  const kept = new Int32Array(termCount + 1)
  for (let term = 0; term < termCount; term++) kept[term + 1] = kept[term]! + Math.min(keep, offsets[term + 1]! - offsets[term]!)
  const keptPages = new Int32Array(kept[termCount]!)
  const keptWeights = new Float64Array(keptPages.length)
  let longest = 0
  for (let term = 0; term < termCount; term++) longest = Math.max(longest, offsets[term + 1]! - offsets[term]!)
  const buffer = new Int32Array(longest)
  for (let term = 0; term < termCount; term++) {
    const from = offsets[term]!
    const to = offsets[term + 1]!
    const order = buffer.subarray(0, to - from)
    for (let at = from; at < to; at++) order[at - from] = at
    // A total order (a page is once in a term's list): any sort gives the same list.
    if (to - from > sortAbove) order.sort((a, b) => (weights[b]! > weights[a]! ? 1 : weights[b]! < weights[a]! ? -1 : pages[a]! - pages[b]!))
    for (let position = 0, at = kept[term]!; at < kept[term + 1]!; position++, at++) {
      keptPages[at] = pages[order[position]!]!
      keptWeights[at] = weights[order[position]!]!
    }
  }
  return { offsets: kept, pages: keptPages, weights: keptWeights }
}

/** Pages reached by a query, in the order they were first reached (a typed array with a count: no garbage per query). */
export interface TouchedPages {
  pages: Int32Array
  count: number
}

/** Cosine similarity of page `page` to every page reachable through the postings (others stay 0). */
export function similarities(vector: TermVector, postings: Postings, scratch: Float64Array, touched: TouchedPages): void {
  const list = touched.pages
  for (let index = 0; index < touched.count; index++) scratch[list[index]!] = 0
  let count = 0
  const { offsets, pages, weights } = postings
  for (let index = 0; index < vector.terms.length; index++) {
    const term = vector.terms[index]!
    if (term + 1 >= offsets.length) continue
    const weight = vector.weights[index]!
    for (let position = offsets[term]!, end = offsets[term + 1]!; position < end; position++) {
      const page = pages[position]!
      if (scratch[page] === 0) list[count++] = page
      scratch[page]! += weight * weights[position]!
    }
  }
  touched.count = count
}
