import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { coreConfig, makeSite, removeSite } from '../../../../../tests/helpers/site.js'
import { buildSite } from '../pipeline/build-site.js'
import { paginate } from './generate-core-pages.js'

function post(title: string, date: string, tags: readonly string[]): string {
  return `---\ntitle: ${title}\ndate: ${date}\ntags: ${JSON.stringify(tags)}\n---\n\nText.\n`
}

// Tag pages group by slug, so every spelling that slugifies the same must link to the one page.
describe('tag links of posts that spell a tag differently', () => {
  let root: string
  const html = (path: string) => readFileSync(join(root, 'public', path), 'utf8')
  const tagLinks = (text: string) => [...text.matchAll(/<a href="(\/themen\/[^"]*)"[^>]*>([^<]*)<\/a>/g)].map(([, url, name]) => `${name} → ${url}`)

  beforeAll(async () => {
    root = makeSite({
      'nichepress.config.json': coreConfig(),
      'content/posts/neu.md': post('Neu', '2026-03-12', ['Gaskocher', 'Zubehör']),
      'content/posts/mitte.md': post('Mitte', '2026-03-11', ['gaskocher', 'Zubehoer']),
      'content/posts/alt.md': post('Alt', '2026-03-10', ['GASKOCHER']),
    })
    await buildSite({ root, cache: false })
  })
  afterAll(() => removeSite(root))

  test('each post links every tag to the shared tag page, labelled as the post wrote it', () => {
    expect(tagLinks(html('neu/index.html'))).toEqual(['Gaskocher → /themen/gaskocher/', 'Zubehör → /themen/zubehoer/'])
    expect(tagLinks(html('mitte/index.html'))).toEqual(['gaskocher → /themen/gaskocher/', 'Zubehoer → /themen/zubehoer/'])
    expect(tagLinks(html('alt/index.html'))).toEqual(['GASKOCHER → /themen/gaskocher/'])
  })

  test('list items on the shared tag page link every post’s tags too', () => {
    expect(tagLinks(html('themen/gaskocher/index.html'))).toEqual([
      'Gaskocher → /themen/gaskocher/',
      'Zubehör → /themen/zubehoer/',
      'gaskocher → /themen/gaskocher/',
      'Zubehoer → /themen/zubehoer/',
      'GASKOCHER → /themen/gaskocher/',
    ])
  })
})

describe('pagination', () => {
  test('links the first, the last and two pages each side of the current one, marking skipped runs', () => {
    const items = Array.from({ length: 1000 }, (_, index) => index)
    const chunks = paginate(items, 10, '/')
    expect(chunks).toHaveLength(100)
    const numbers = (current: number) => chunks[current - 1]!.pagination.pages.map((page) => (page.gapBefore ? `…${page.number}` : String(page.number)))
    expect(numbers(1)).toEqual(['1', '2', '3', '…100'])
    expect(numbers(50)).toEqual(['1', '…48', '49', '50', '51', '52', '…100'])
    expect(numbers(4)).toEqual(['1', '2', '3', '4', '5', '6', '…100'])
    expect(numbers(100)).toEqual(['1', '…98', '99', '100'])
    expect(chunks[49]!.pagination.pages.find((page) => page.isCurrent)?.url).toBe('/page/50/')
    expect(chunks[49]!.items).toEqual(items.slice(490, 500))
    // The pager stays small however long the list: no list page links every other.
    expect(Math.max(...chunks.map((chunk) => chunk.pagination.pages.length))).toBeLessThanOrEqual(7)
  })

  test('a short list links every page', () => {
    expect(paginate([1, 2, 3, 4, 5], 1, '/t/')[2]!.pagination.pages.map((page) => [page.number, page.gapBefore])).toEqual([[1, false], [2, false], [3, false], [4, false], [5, false]])
  })
})
