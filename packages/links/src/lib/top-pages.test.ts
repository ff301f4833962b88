import { expect, test } from 'vitest'
import { TopPages, urlRanksOf } from './top-pages.js'

test('the best pages: higher score first, then the lower rank, then the one offered first; at most `count`', () => {
  const best = new TopPages()
  best.reset(4)
  // page, score, rank
  const offers: Array<[number, number, number]> = [[10, 1, 5], [11, 3, 9], [12, 3, 2], [13, 0.5, 0], [14, 3, 2], [15, 2, 1], [16, 0.1, 0]]
  for (const [page, score, rank] of offers) if (score >= best.floor) best.offer(page, score, rank)
  expect(best.take()).toEqual([12, 14, 11, 15])
  best.reset(10)
  best.offer(1, 1, 1)
  expect(best.take()).toEqual([1])
})

test('URL ranks: the place in URL order, pages with the same URL share one', () => {
  expect([...urlRanksOf([{ url: '/b/' }, { url: '/a/' }, { url: '/c/' }, { url: '/a/' }])]).toEqual([2, 0, 3, 0])
})
