import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { expect, test } from 'vitest'
import { importHugo } from './import-hugo.js'

const source = fileURLToPath(new URL('../../../test/fixtures/hugo', import.meta.url))
const result = importHugo(source)
const byPath = new Map(result.files.map((file) => [file.path, file.contents]))

function read(path: string): { data: Record<string, unknown>; body: string } {
  const contents = byPath.get(path)
  if (contents === undefined) throw new Error(`${path} was not imported`)
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(contents) ?? []
  return { data: parse(yaml) as Record<string, unknown>, body }
}

test('imports bundles, sections and root pages; list pages are reported, not imported', () => {
  expect([...byPath.keys()]).toEqual(['content/pages/about.md', 'content/posts/entwurf.md', 'content/posts/schlafsack.md', 'content/posts/ueber-den-wolken.md', 'content/posts/zelt-aufbauen.md'])
  expect(result.report.counts).toMatchObject({ posts: 4, pages: 1, drafts: 1, assets: 2, redirects: 19, linksRewritten: 3, embedsConverted: 2 })
  expect(result.report.items.find((item) => item.ruleId === 'import-entry-skipped')?.file).toBe('content/posts/_index.md')
})

test('a page bundle with TOML front matter: every field, its resources, aliases and translationKey', () => {
  const { data, body } = read('content/posts/zelt-aufbauen.md')
  expect(data).toEqual({
    title: 'Zelt aufbauen in fünf Minuten',
    date: '2024-05-03T10:00:00+02:00',
    updated: '2024-05-10',
    slug: 'zelt-aufbauen',
    translationKey: 'pitch-a-tent',
    categories: ['Praxis'],
    tags: ['Zelte', 'Anleitung'],
    image: '/2024/05/zelt-aufbauen/zelt.png',
    aliases: ['/2024/05/zelt-aufbauen/', '/anleitungen/zelt-aufbauen/'],
  })
  expect(body).toContain('![Aufgebautes Zelt](/2024/05/zelt-aufbauen/zelt.png)\n\n_Fertig aufgebaut_')
  expect(body).toContain('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"')
  expect(body).toContain('[Schlafsack-Beitrag](schlafsack.md)')
  expect(body).toContain('[Preisliste](/files/preisliste.pdf)')
  expect(result.assets.map((asset) => asset.path)).toEqual(['static/2024/05/zelt-aufbauen/zelt.png', 'static/files/preisliste.pdf'])
})

test('CRLF YAML after a blank line: zone-less date, misspelt key, vimeo converted, tweet a link, link rewritten', () => {
  const { data, body } = read('content/posts/schlafsack.md')
  expect(data).toMatchObject({ title: 'Schlafsäcke für den Winter', date: '2024-01-15T08:00:00+00:00', tags: ['Schlafsäcke'], aliases: ['/2024/01/schlafsäcke-für-den-winter/'], descripton: 'Warm durch die Nacht' })
  expect(body).toContain('<iframe src="https://player.vimeo.com/video/123456789"')
  expect(body).toContain('[x.com/outdoor/status/1234567890](https://x.com/outdoor/status/1234567890)')
  expect(body).toContain('[Anleitung](zelt-aufbauen.md)')
  expect(body).not.toContain('\r')
  const items = result.report.items.filter((item) => item.file === 'content/posts/schlafsack.md' && item.ruleId !== 'import-url-redirected')
  expect(items.map((item) => [item.ruleId, item.line])).toEqual([
    ['import-date-without-zone', undefined],
    ['import-key-misspelt', undefined],
    ['import-embed-converted', 11],
    ['import-shortcode-converted', 13],
  ])
  expect(items[1]?.replacement).toBe('description')
})

test('JSON front matter in a file name with a space and an umlaut; the impossible date is fixed and reported', () => {
  const { data, body } = read('content/posts/ueber-den-wolken.md')
  expect(data).toMatchObject({ title: 'Über den Wolken', date: '2023-09-30', slug: 'ueber-den-wolken', aliases: ['/2023/09/über-den-wolken/'] })
  expect(body).toContain('[Über uns](../pages/about.md)')
  expect(result.report.items).toContainEqual(expect.objectContaining({ ruleId: 'import-date-invalid', file: 'content/posts/über den wolken.md', original: '2023-09-31' }))
})
