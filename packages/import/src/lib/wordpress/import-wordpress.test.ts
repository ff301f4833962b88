import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { expect, test } from 'vitest'
import { importWordpress } from './import-wordpress.js'

const exportFile = fileURLToPath(new URL('../../../test/fixtures/wordpress/export.xml', import.meta.url))
const result = importWordpress(exportFile)
const byPath = new Map(result.files.map((file) => [file.path, file.contents]))

function read(path: string): { data: Record<string, unknown>; body: string } {
  const contents = byPath.get(path)
  if (contents === undefined) throw new Error(`${path} was not imported`)
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(contents) ?? []
  return { data: parse(yaml) as Record<string, unknown>, body }
}

test('imports posts, pages and drafts, skipping private items and WordPress machinery', () => {
  expect([...byPath.keys()]).toEqual(['content/pages/ueber-uns.md', 'content/posts/beste-trekkingzelte.md', 'content/posts/isomatten-im-vergleich.md', 'content/posts/schlafsack-test.md'])
  expect(result.report.counts).toMatchObject({ posts: 3, pages: 1, drafts: 1, assets: 1, redirects: 13, linksRewritten: 2, embedsConverted: 3, rawHtml: 0 })
  expect(result.report.items.filter((item) => item.ruleId === 'import-entry-skipped').map((item) => item.file)).toEqual(['export.xml (post 15 "Interne Notiz")'])
})

test('a Gutenberg post keeps every field: dates with zone, taxonomy, author, Yoast, featured image', () => {
  const { data } = read('content/posts/beste-trekkingzelte.md')
  expect(data).toEqual({
    title: 'Die besten Trekkingzelte',
    seoTitle: 'Trekkingzelte 2024 im Test – Zelt-Ratgeber',
    description: 'Fünf Trekkingzelte im Praxistest.',
    date: '2024-03-16T09:30:00+01:00',
    slug: 'beste-trekkingzelte',
    author: 'anna-berg',
    categories: ['Zelte'],
    tags: ['Trekking', 'Ultraleicht', 'Zelte'],
    focusKeyword: 'trekkingzelt',
    image: '/wp-content/uploads/2024/03/zelt.png',
    imageAlt: 'Ein Zelt am See',
    aliases: ['/2024/03/beste-trekkingzelte/'],
  })
})

test('Gutenberg HTML becomes Markdown: blocks gone, embeds and captions converted, unknown shortcodes kept', () => {
  const { body } = read('content/posts/beste-trekkingzelte.md')
  expect(body).not.toContain('wp:')
  expect(body).toContain('Ein gutes Zelt **hält dicht**. Siehe auch unseren [Schlafsack-Test](schlafsack-test.md).')
  expect(body).toContain('## Unsere Favoriten\n\n- Leicht\n- Stabil')
  expect(body).toContain('![Ein Zelt am See](/wp-content/uploads/2024/03/zelt.png)')
  expect(body).toContain('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"')
  expect(body).toContain('![Zelt](/wp-content/uploads/2024/03/zelt.png)\n\n_Unser Testzelt_')
  expect(body).toContain('[bei Amazon kaufen](https://www.amazon.de/dp/B000TEST01?tag=zeltratgeber-21)')
  // `[gallery ids="10,12"]`: 10 is an image of the export, 12 a post.
  expect(body).not.toContain('gallery')
  expect(body.match(/!\[Ein Zelt am See\]\(\/wp-content\/uploads\/2024\/03\/zelt\.png\)/g)).toHaveLength(2)
  expect(body).not.toContain('borlabs')
  expect(body).toContain('| Zelt  | Gewicht |')
  const rules = result.report.items.filter((item) => item.file.includes('post 11')).map((item) => item.ruleId)
  expect(rules.sort()).toEqual(['import-affiliate-link-uncloaked', 'import-embed-converted', 'import-shortcode-converted', 'import-shortcode-converted', 'import-shortcode-dropped'])
})

test('a classic-editor post: paragraphs, shortcode embeds, Rank Math fields, links to pages and beyond', () => {
  const { data, body } = read('content/posts/schlafsack-test.md')
  expect(data).toMatchObject({ seoTitle: 'Schlafsack-Test – Winter-Test', description: 'Warme Schlafsäcke für den Winter.', date: '2024-02-01T10:00:00+01:00', focusKeyword: 'schlafsack', keywords: ['schlafsack', 'winterschlafsack'], categories: ['Schlafsäcke'] })
  expect(body).toContain('<iframe src="https://www.youtube.com/embed/abcdefghijk"')
  expect(body).toContain('<iframe src="https://player.vimeo.com/video/123456789"')
  expect(body).toContain('[über uns](../pages/ueber-uns.md)')
  expect(body).toContain('[im Impressum](https://zelt-ratgeber.de/impressum/)')
})

test('the draft keeps `draft: true`, gets the configured zone and no redirect; the page keeps its URL', () => {
  expect(read('content/posts/isomatten-im-vergleich.md').data).toEqual({ title: 'Isomatten im Vergleich', date: '2024-04-02T18:15:00+00:00', slug: 'isomatten-im-vergleich', draft: true, author: 'anna-berg' })
  expect(read('content/pages/ueber-uns.md').data).toEqual({ title: 'Über uns', date: '2023-01-10T12:00:00+01:00', slug: 'ueber-uns', author: 'anna-berg' })
  expect(result.redirects.map((redirect) => `${redirect.from} → ${redirect.to}`)).toEqual(['/2024/02/schlafsack-test/ → /schlafsack-test/', '/2024/03/beste-trekkingzelte/ → /beste-trekkingzelte/'])
})

test('the attachment in wp-content/uploads is copied to the same URL', () => {
  expect(result.assets).toEqual([{ path: 'static/wp-content/uploads/2024/03/zelt.png', copyFrom: expect.stringMatching(/wordpress\/wp-content\/uploads\/2024\/03\/zelt\.png$/) }])
})

test('keeps the old URLs with the site permalink pattern', () => {
  const dated = importWordpress(exportFile, { permalinks: { posts: '/:year/:month/:slug/', pages: '/:slug/' } })
  expect(dated.redirects).toEqual([])
})

test('an image WordPress resized (zelt-300x200.png) is copied from the original when the uploads folder has no sizes', () => {
  const folder = mkdtempSync(join(tmpdir(), 'np-wp-sizes-'))
  try {
    mkdirSync(join(folder, 'wp-content/uploads/2024/03'), { recursive: true })
    writeFileSync(join(folder, 'wp-content/uploads/2024/03/zelt.png'), 'png')
    const item = '<item><title>Zelt</title><link>https://zelt.example/zelt/</link><dc:creator>anna</dc:creator><content:encoded><![CDATA[<!-- wp:image {"id":30,"sizeSlug":"medium"} --><figure class="wp-block-image size-medium"><img src="https://zelt.example/wp-content/uploads/2024/03/zelt-300x200.png" alt="Zelt" class="wp-image-30"/></figure><!-- /wp:image -->]]></content:encoded><wp:post_id>1</wp:post_id><wp:post_date>2024-03-01 10:00:00</wp:post_date><wp:post_date_gmt>2024-03-01 09:00:00</wp:post_date_gmt><wp:post_name>zelt</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>'
    writeFileSync(join(folder, 'export.xml'), `<?xml version="1.0"?><rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Zelt</title><link>https://zelt.example</link><wp:base_site_url>https://zelt.example</wp:base_site_url>${item}</channel></rss>`)
    const imported = importWordpress(join(folder, 'export.xml'))
    expect(imported.files.find((file) => file.path === 'content/posts/zelt.md')?.contents).toContain('![Zelt](/wp-content/uploads/2024/03/zelt-300x200.png)')
    expect(imported.assets).toEqual([{ path: 'static/wp-content/uploads/2024/03/zelt-300x200.png', copyFrom: join(folder, 'wp-content/uploads/2024/03/zelt.png') }])
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})
