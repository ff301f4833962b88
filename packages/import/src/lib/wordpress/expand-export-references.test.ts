import { expect, test } from 'vitest'
import { Reporter } from '../report-rules.js'
import { type ExportReferences, expandExportReferences } from './expand-export-references.js'
import type { WxrItem } from './read-wxr.js'

function item(fields: Partial<WxrItem> & { id: string }): WxrItem {
  return { title: '', link: '', creator: '', content: '', excerpt: '', postDate: '', postDateGmt: '', name: '', status: 'publish', type: 'post', attachmentUrl: '', password: '', parentId: '0', comments: 0, categories: [], meta: new Map(), ...fields }
}

const site = 'https://zelt.example'
const post = item({ id: '10', link: `${site}/2024/03/zelte/` })
const items = [
  post,
  item({ id: '11', type: 'page', link: `${site}/ueber-uns/` }),
  item({ id: '20', type: 'wp_block', title: 'Newsletter', content: '<!-- wp:paragraph --><p>Jeden Monat: <a href="/?page_id=11">über uns</a></p><!-- /wp:paragraph --><!-- wp:latest-posts /-->' }),
  item({ id: '30', type: 'attachment', parentId: '10', attachmentUrl: `${site}/wp-content/uploads/2024/03/zelt.jpg`, meta: new Map([['_wp_attachment_image_alt', 'Ein Zelt']]) }),
  item({ id: '31', type: 'attachment', parentId: '10', attachmentUrl: `${site}/wp-content/uploads/2024/03/see.png` }),
  item({ id: '32', type: 'attachment', parentId: '10', attachmentUrl: `${site}/wp-content/uploads/2024/03/regen.mp3` }),
]

function expand(html: string) {
  const reporter = new Reporter()
  const byId = new Map(items.map((entry) => [entry.id, entry]))
  const attachmentsOf = new Map([['10', items.filter((entry) => entry.parentId === '10')]])
  const references: ExportReferences = { byId, attachmentsOf, siteUrl: site, reporter }
  return { html: expandExportReferences(html, post, 'export.xml (post 10)', references), items: reporter.items.map((entry) => `${entry.ruleId}: ${entry.message}`) }
}

test('a reusable block becomes its content, its own references resolved; a missing one is reported', () => {
  const { html, items: report } = expand('<p>Vorher</p><!-- wp:block {"ref":20} /--><!-- wp:block {"ref":99} /-->')
  expect(html).toBe('<p>Vorher</p><!-- wp:paragraph --><p>Jeden Monat: <a href="https://zelt.example/ueber-uns/">über uns</a></p><!-- /wp:paragraph -->')
  expect(report).toEqual([
    'import-shortcode-converted: The reusable block 20 ("Newsletter") is now its content.',
    'import-shortcode-converted: The link /?page_id=11 (WordPress\'s page_id=11) now leads to https://zelt.example/ueber-uns/.',
    'import-block-dropped: The reusable block 99 is not in the export, so its content was not imported; WordPress showed it here. Fix: export "All content", or copy the block\'s text into the post.',
    expect.stringMatching(/^import-block-dropped: WordPress rendered these blocks .*: wp:latest-posts\. nichepress lists posts/),
  ])
})

test('blocks WordPress rendered from its database are reported once per post, counted; a social link keeps its URL', () => {
  const { html, items: report } = expand('<!-- wp:search {"label":"Suche"} /--><!-- wp:latest-posts {"postsToShow":3} /--><!-- wp:latest-posts /--><!-- wp:social-link {"url":"https://mastodon.social/@zelt","service":"mastodon"} /--><!-- wp:spacer /-->')
  expect(html).toBe('<p><a href="https://mastodon.social/@zelt">mastodon</a></p><!-- wp:spacer /-->')
  expect(report).toEqual([
    'import-shortcode-converted: The social link block is now a link to https://mastodon.social/@zelt.',
    expect.stringContaining('and they were not imported: wp:search, wp:latest-posts ×2.'),
  ])
})

test.each([
  { shortcode: '[gallery ids="31,30"]', expected: '<p><img src="https://zelt.example/wp-content/uploads/2024/03/see.png" alt=""></p>\n<p><img src="https://zelt.example/wp-content/uploads/2024/03/zelt.jpg" alt="Ein Zelt"></p>', rule: 'import-shortcode-converted' },
  { shortcode: '[gallery columns="3" orderby="rand"]', expected: '<p><img src="https://zelt.example/wp-content/uploads/2024/03/zelt.jpg" alt="Ein Zelt"></p>\n<p><img src="https://zelt.example/wp-content/uploads/2024/03/see.png" alt=""></p>', rule: 'import-shortcode-converted' },
  { shortcode: '[gallery ids="77"]', expected: '[gallery ids="77"]', rule: 'import-shortcode-kept' },
  { shortcode: '[audio]', expected: '\n\n<audio controls src="https://zelt.example/wp-content/uploads/2024/03/regen.mp3"></audio>\n\n', rule: 'import-shortcode-converted' },
  { shortcode: '[video mp4="https://zelt.example/wp-content/uploads/aufbau.mp4"][/video]', expected: '\n\n<video controls src="https://zelt.example/wp-content/uploads/aufbau.mp4"></video>\n\n', rule: 'import-shortcode-converted' },
  { shortcode: '[video]', expected: '[video]', rule: 'import-shortcode-kept' },
  { shortcode: '[video src="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]', expected: '[video src="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]', rule: undefined },
  { shortcode: '<a href="https://zelt.example/?p=10">Zelte</a>', expected: '<a href="https://zelt.example/2024/03/zelte/">Zelte</a>', rule: 'import-shortcode-converted' },
  { shortcode: '<a href="/?attachment_id=30">Bild</a>', expected: '<a href="https://zelt.example/wp-content/uploads/2024/03/zelt.jpg">Bild</a>', rule: 'import-shortcode-converted' },
  { shortcode: '<a href="https://zelt.example/?p=404">weg</a>', expected: '<a href="https://zelt.example/?p=404">weg</a>', rule: 'import-link-outside-import' },
  { shortcode: '<a href="https://other.example/?p=10">fremd</a>', expected: '<a href="https://other.example/?p=10">fremd</a>', rule: undefined },
])('$shortcode', ({ shortcode, expected, rule }) => {
  const { html, items: report } = expand(shortcode)
  expect(html).toBe(expected)
  expect(report.map((entry) => entry.split(':')[0])).toEqual(rule === undefined ? [] : [rule])
})
