import type { RelatedPost } from './link-document.js'
import type { RelatedData } from './link-index.js'
import { similarities, type TouchedPages } from './term-statistics.js'
import { TopPages, urlRanksOf } from './top-pages.js'

const scratches = new WeakMap<RelatedData, { scratch: Float64Array; touched: TouchedPages; ranks: Int32Array; best: TopPages }>()

/**
 * Scores every page sharing strong terms with `page` by cosine similarity and returns a reader for
 * those scores (0 for pages not reached). Valid until the next call on the same index.
 */
export function scoreSimilarity(data: RelatedData, page: number): { similarity(other: number): number; top(count: number, accept: (other: number) => boolean): number[] } {
  let state = scratches.get(data)
  if (!state) scratches.set(data, (state = { scratch: new Float64Array(data.documents.length), touched: { pages: new Int32Array(data.documents.length), count: 0 }, ranks: urlRanksOf(data.documents), best: new TopPages() }))
  const { scratch, touched, ranks, best } = state
  similarities(data.vectors[page]!, data.postings, scratch, touched)
  return {
    similarity: (other) => scratch[other]!,
    top(count, accept) {
      // Touched pages can be thousands, we want a few dozen: most similar first, ties by URL.
      best.reset(count)
      for (let index = 0; index < touched.count; index++) {
        const other = touched.pages[index]!
        const score = scratch[other]!
        // Below the heap's floor a page would not be kept: skipped before `accept` is asked.
        if (other !== page && score > 0 && score >= best.floor && accept(other)) best.offer(other, score, ranks[other]!)
      }
      return best.take()
    },
  }
}

/** The `count` posts most similar to `page` (its own and pages of kind `page` left out), ties by URL. */
export function findRelated(data: RelatedData, page: number, count: number): RelatedPost[] {
  return scoreSimilarity(data, page)
    .top(count, (other) => (data.documents[other]!.kind ?? 'post') === 'post')
    .map((other) => ({ title: data.documents[other]!.title, url: data.documents[other]!.url }))
}
