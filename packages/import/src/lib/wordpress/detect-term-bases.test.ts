import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { importWordpress } from './import-wordpress.js'

// A German site that set Settings → Permalinks → Category base "thema" and Tag base "schlagwort":
// the export does not say so, but its posts link to their own category and tag pages.
const folder = mkdtempSync(join(tmpdir(), 'np-wp-bases-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function item(id: number, type: 'post' | 'page', link: string, content: string): string {
  return `<item><title><![CDATA[Item ${id}]]></title><link>${link}</link><dc:creator><![CDATA[anna]]></dc:creator>
<content:encoded><![CDATA[${content}]]></content:encoded><wp:post_id>${id}</wp:post_id><wp:post_date><![CDATA[2024-03-01 10:00:00]]></wp:post_date>
<wp:post_date_gmt><![CDATA[2024-03-01 09:00:00]]></wp:post_date_gmt><wp:post_name><![CDATA[item-${id}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status>
<wp:post_type><![CDATA[${type}]]></wp:post_type><category domain="category" nicename="zelte"><![CDATA[Zelte]]></category></item>`
}

const exportFile = join(folder, 'export.xml')
writeFileSync(
  exportFile,
  `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Zelt-Ratgeber</title><link>https://example.org</link><language>de-DE</language><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://example.org</wp:base_site_url><wp:base_blog_url>https://example.org</wp:base_blog_url>
<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename><![CDATA[ausruestung]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Ausrüstung]]></wp:cat_name></wp:category>
<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename><![CDATA[zelte]]></wp:category_nicename><wp:category_parent><![CDATA[ausruestung]]></wp:category_parent><wp:cat_name><![CDATA[Zelte]]></wp:cat_name></wp:category>
<wp:tag><wp:term_id>4</wp:term_id><wp:tag_slug><![CDATA[ultraleicht]]></wp:tag_slug><wp:tag_name><![CDATA[Ultraleicht]]></wp:tag_name></wp:tag>
${item(10, 'post', 'https://example.org/2024/03/zelt-test/', '<p>Mehr in <a href="https://example.org/thema/ausruestung/zelte/">Zelte</a>, <a href="/thema/ausruestung/feed/">dem Feed</a> und <a href="https://www.example.org/schlagwort/ultraleicht/page/2/">ultraleicht</a>.</p>')}
${item(11, 'post', 'https://example.org/2024/03/kocher/', '<p>Siehe <a href="https://example.org/ratgeber/zelte/">den Ratgeber</a> und <a href="https://other.example/category/zelte/">fremde Seite</a>.</p>')}
${item(12, 'page', 'https://example.org/ratgeber/zelte/', '<p>Unser Ratgeber zu <a href=\'/thema/ausruestung/zelte/\'>Zelten</a>.</p>')}
</channel></rss>
`,
)

const termPages = (options: Parameters<typeof importWordpress>[1] = {}) => {
  const result = importWordpress(exportFile, options)
  const pages = result.siteRedirects.filter((redirect) => redirect.reason === 'category page' || redirect.reason === 'tag page').map((redirect) => redirect.from)
  return { pages, detected: result.report.items.filter((entry) => entry.ruleId === 'import-term-base-detected') }
}

test('the category and tag bases are read off the export\'s own links to its category and tag pages, and reported', () => {
  const { pages, detected } = termPages()
  expect(pages.sort()).toEqual(['/schlagwort/ultraleicht/', '/thema/ausruestung/', '/thema/ausruestung/zelte/'])
  expect(detected.map((entry) => entry.replacement)).toEqual(['thema', 'schlagwort'])
  expect(detected[0]?.message).toContain('3 links')
  expect(detected[0]?.message).toContain('--category-base')
  // A page's own URL that ends in a category slug (/ratgeber/zelte/) and other hosts' links are no evidence.
  expect(detected.map((entry) => entry.message).join(' ')).not.toMatch(/ratgeber|other\.example/)
})

test('the flags still win over what the links show', () => {
  const { pages, detected } = termPages({ categoryBase: 'rubrik' })
  expect(pages.sort()).toEqual(['/rubrik/ausruestung/', '/rubrik/ausruestung/zelte/', '/schlagwort/ultraleicht/'])
  expect(detected.map((entry) => entry.replacement)).toEqual(['schlagwort'])
})
