/**
 * The best `count` pages of many (a page's BM25 or similarity scores reach nearly every page of a
 * site; a few dozen are wanted): a bounded heap whose root is the worst page kept, so most pages cost
 * one comparison. Better: a higher score, then a lower rank, then offered earlier. Reused page after
 * page (no garbage per page).
 */
export class TopPages {
  private pages = new Int32Array(64)
  private scores = new Float64Array(64)
  private ranks = new Int32Array(64)
  private orders = new Int32Array(64)
  private size = 0
  private count = 0
  private offered = 0

  /** Empties the heap, to keep at most `count` pages. */
  reset(count: number): void {
    if (count > this.pages.length) {
      this.pages = new Int32Array(count)
      this.scores = new Float64Array(count)
      this.ranks = new Int32Array(count)
      this.orders = new Int32Array(count)
    }
    this.count = count
    this.size = 0
    this.offered = 0
    this.floor = Number.NEGATIVE_INFINITY
  }

  /** The score a page needs to be kept at all once the heap is full (a page below it need not be offered), else -Infinity. */
  floor = Number.NEGATIVE_INFINITY

  offer(page: number, score: number, rank: number): void {
    const order = this.offered++
    if (this.size < this.count) this.siftUp(this.size++, page, score, rank, order)
    else if (this.size > 0 && isWorse(this.scores[0]!, this.ranks[0]!, this.orders[0]!, score, rank, order)) this.siftDown(0, page, score, rank, order)
    if (this.size === this.count && this.size > 0) this.floor = this.scores[0]!
  }

  /** The pages kept, best first; the heap is empty afterwards. */
  take(): number[] {
    this.floor = Number.NEGATIVE_INFINITY
    const best = new Array<number>(this.size)
    while (this.size > 0) {
      best[this.size - 1] = this.pages[0]!
      const last = --this.size
      if (last > 0) this.siftDown(0, this.pages[last]!, this.scores[last]!, this.ranks[last]!, this.orders[last]!)
    }
    return best
  }

  private set(slot: number, page: number, score: number, rank: number, order: number): void {
    this.pages[slot] = page
    this.scores[slot] = score
    this.ranks[slot] = rank
    this.orders[slot] = order
  }

  // The root is the worst entry: a new one moves up past every parent better than it.
  private siftUp(from: number, page: number, score: number, rank: number, order: number): void {
    let slot = from
    while (slot > 0) {
      const parent = (slot - 1) >> 1
      if (!isWorse(score, rank, order, this.scores[parent]!, this.ranks[parent]!, this.orders[parent]!)) break
      this.set(slot, this.pages[parent]!, this.scores[parent]!, this.ranks[parent]!, this.orders[parent]!)
      slot = parent
    }
    this.set(slot, page, score, rank, order)
  }

  // Puts an entry at `from` and moves it down past every child worse than it.
  private siftDown(from: number, page: number, score: number, rank: number, order: number): void {
    const size = this.size
    let slot = from
    for (;;) {
      let child = 2 * slot + 1
      if (child >= size) break
      if (child + 1 < size && isWorse(this.scores[child + 1]!, this.ranks[child + 1]!, this.orders[child + 1]!, this.scores[child]!, this.ranks[child]!, this.orders[child]!)) child++
      if (!isWorse(this.scores[child]!, this.ranks[child]!, this.orders[child]!, score, rank, order)) break
      this.set(slot, this.pages[child]!, this.scores[child]!, this.ranks[child]!, this.orders[child]!)
      slot = child
    }
    this.set(slot, page, score, rank, order)
  }
}

// Whether entry a is worse than entry b: a lower score, then a higher rank, then offered later.
function isWorse(score: number, rank: number, order: number, otherScore: number, otherRank: number, otherOrder: number): boolean {
  if (score !== otherScore) return score < otherScore
  return rank !== otherRank ? rank > otherRank : order > otherOrder
}

/** Each page's place among the pages ordered by URL (pages with the same URL share one): URL order as a number to compare. */
export function urlRanksOf(documents: ReadonlyArray<{ url: string }>): Int32Array {
  const order = documents.map((_, index) => index).sort((a, b) => (documents[a]!.url < documents[b]!.url ? -1 : documents[a]!.url > documents[b]!.url ? 1 : a - b))
  const ranks = new Int32Array(documents.length)
  order.forEach((page, position) => {
    const previous = order[position - 1]
    ranks[page] = previous !== undefined && documents[previous]!.url === documents[page]!.url ? ranks[previous]! : position
  })
  return ranks
}
