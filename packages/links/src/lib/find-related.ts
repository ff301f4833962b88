import type { RelatedPost } from './link-document.js'
import type { RelatedData } from './link-index.js'
import { similarities } from './term-statistics.js'

const scratches = new WeakMap<RelatedData, { scratch: Float64Array; touched: number[] }>()

/**
 * Scores every page sharing strong terms with `page` by cosine similarity and returns a reader for
 * those scores (0 for pages not reached). Valid until the next call on the same index.
 */
export function scoreSimilarity(data: RelatedData, page: number): { similarity(other: number): number; top(count: number, accept: (other: number) => boolean): number[] } {
  let state = scratches.get(data)
  if (!state) scratches.set(data, (state = { scratch: new Float64Array(data.documents.length), touched: [] }))
  const { scratch, touched } = state
  similarities(data.vectors[page]!, data.postings, scratch, touched)
  const isBetter = (a: number, b: number) => scratch[a]! > scratch[b]! || (scratch[a] === scratch[b] && data.documents[a]!.url < data.documents[b]!.url)
  return {
    similarity: (other) => scratch[other]!,
    top(count, accept) {
      // A bounded insertion list: touched pages can be thousands, we want a few dozen.
      const best: number[] = []
      for (const other of touched) {
        if (other === page || scratch[other]! <= 0 || !accept(other)) continue
        if (best.length === count && !isBetter(other, best[count - 1]!)) continue
        let position = best.length === count ? count - 1 : best.length
        while (position > 0 && isBetter(other, best[position - 1]!)) {
          best[position] = best[position - 1]!
          position--
        }
        best[position] = other
      }
      return best
    },
  }
}

/** The `count` posts most similar to `page` (its own and pages of kind `page` left out), ties by URL. */
export function findRelated(data: RelatedData, page: number, count: number): RelatedPost[] {
  return scoreSimilarity(data, page)
    .top(count, (other) => (data.documents[other]!.kind ?? 'post') === 'post')
    .map((other) => ({ title: data.documents[other]!.title, url: data.documents[other]!.url }))
}
