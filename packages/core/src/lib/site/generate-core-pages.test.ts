import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { coreConfig, makeSite, removeSite } from '../../../../../tests/helpers/site.js'
import { buildSite } from '../build/build-site.js'

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
