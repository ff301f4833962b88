import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSite, type GeneratedSite } from '@nichepress/core'
import { afterAll, describe, expect, test } from 'vitest'
import { importSite, writeImport, type ImportResult } from '../../packages/import/src/index.js'
import { hugoUrls, wrongOldUrls } from './old-urls.js'
import { siteConfig } from './site-config.js'

// Real sites nobody here wrote (sources and licences: packages/import/test/fixtures/real/README.md).
const fixtures = fileURLToPath(new URL('../../packages/import/test/fixtures/real/', import.meta.url))
const preset = fileURLToPath(new URL('../../packages/cli/dist/preset.js', import.meta.url))
const folders: string[] = []

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

function temporaryFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix))
  folders.push(folder)
  return folder
}

/**
 * The URLs the WordPress export itself names: each published item's `<link>` (posts, pages, and
 * attachment pages, which lead to the post they belong to or to the file), the category and tag
 * URLs WordPress makes from each term's slug, and the feed. Password-protected posts must not be served.
 */
function wordpressUrls(source: string): Map<string, string> {
  const xml = readFileSync(join(source, 'themeunittestdata.wordpress.xml'), 'utf8')
  const field = (item: string, name: string) => new RegExp(`<${name}>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</${name}>`).exec(item)?.[1]?.trim() ?? ''
  const base = field(xml, 'wp:base_blog_url')
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1] ?? '')
  const byId = new Map(items.map((item) => [field(item, 'wp:post_id'), item]))
  const file = 'themeunittestdata.wordpress.xml'
  const urls = new Map<string, string>()
  const isPublic = (item: string) => field(item, 'wp:status') === 'publish' && field(item, 'wp:post_password') === ''
  for (const item of items) {
    const link = field(item, 'link')
    if (!link.startsWith(base) || link.includes('?')) continue
    const path = decodeURI(new URL(link).pathname)
    const type = field(item, 'wp:post_type')
    if ((type === 'post' || type === 'page') && isPublic(item)) urls.set(path, `${file} (${type} ${field(item, 'wp:post_id')} `)
    if (type === 'attachment') {
      const parent = byId.get(field(item, 'wp:post_parent'))
      urls.set(path, parent && isPublic(parent) ? `${file} (${field(parent, 'wp:post_type')} ${field(parent, 'wp:post_id')} ` : `@external:${field(item, 'wp:attachment_url')}`)
    }
  }
  // A term leads to its tag page when a published post has it, else to the archive.
  const used = new Set(items.filter((item) => field(item, 'wp:post_type') === 'post' && isPublic(item)).flatMap((item) => [...item.matchAll(/<category domain="(category|post_tag)" nicename="([^"]+)"/g)].map((match) => `${match[1]}:${match[2]}`)))
  const parents = new Map([...xml.matchAll(/<wp:category>([\s\S]*?)<\/wp:category>/g)].map((match) => [field(match[1] ?? '', 'wp:category_nicename'), field(match[1] ?? '', 'wp:category_parent')]))
  const categoryPath = (slug: string): string => (parents.get(slug) ? `${categoryPath(parents.get(slug) ?? '')}/${slug}` : slug)
  for (const slug of parents.keys()) if (slug !== 'uncategorized') urls.set(`/category/${categoryPath(slug)}/`, used.has(`category:${slug}`) ? '@tag' : '@archive')
  for (const [, slug = ''] of xml.matchAll(/<wp:tag_slug>(?:<!\[CDATA\[)?([^<\]]+)/g)) urls.set(`/tag/${slug}/`, used.has(`post_tag:${slug}`) ? '@tag' : '@archive')
  urls.set('/feed/', '@feed')
  return urls
}


const sites = [
  { name: 'hugo-coder', kind: 'hugo', language: 'en', oldUrls: (source: string) => hugoUrls(source), minimum: { posts: 18, pages: 6 } },
  {
    name: 'jekyll-docs',
    kind: 'jekyll',
    language: 'en',
    // _docs/permalinks.md builds its four tables with `{% for entry in site.data.permalinks.… %}`: a
    // Liquid template, held as a draft (import-liquid-template); its old URL leads home until it is published.
    oldUrls: (source: string) => new Map([...Object.entries((JSON.parse(readFileSync(join(source, 'expected-urls.json'), 'utf8')) as { urls: Record<string, string> }).urls), ['/docs/permalinks/', '@home']]),
    minimum: { posts: 9, pages: 15 },
  },
  { name: 'wordpress-theme-unit-test', kind: 'wordpress', language: 'en', oldUrls: (source: string) => wordpressUrls(source), minimum: { posts: 58, pages: 21 } },
] as const

describe.each(sites)('$name', ({ name, kind, language, oldUrls, minimum }) => {
  const source = join(fixtures, name)
  let result: ImportResult
  let generated: GeneratedSite
  let urls: Map<string, string>

  test('imports and builds with zero errors', async () => {
    urls = oldUrls(source)
    const root = temporaryFolder(`np-real-${name}-`)
    writeFileSync(join(root, 'nichepress.config.json'), siteConfig(name, 'https://example.org', { language }))
    result = importSite(kind === 'wordpress' ? join(source, 'themeunittestdata.wordpress.xml') : source)
    expect(result.report.kind).toBe(kind)
    writeImport(root, result)
    generated = await generateSite({ root, preset, cache: false, keepGoing: true })
    // Zero build errors, whatever the imported content loads from where (images, media, stylesheets,
    // scripts, frames on unknown hosts are links or gone, each host a report line).
    expect(generated.messages.filter((message) => message.fatal).map((message) => `${message.file}:${message.line} ${message.ruleId} ${message.reason}`)).toEqual([])
    expect(result.report.counts).toMatchObject({ posts: minimum.posts, pages: minimum.pages })
    // One report line per third-party host, with its files and the fix.
    const hostLines = result.report.items.filter((item) => item.ruleId === 'import-third-party-removed').map((item) => / from ([a-z0-9.-]+), which/.exec(item.message)?.[1])
    expect(new Set(hostLines).size).toBe(hostLines.length)
    for (const item of result.report.items.filter((entry) => entry.ruleId === 'import-third-party-removed')) expect(item.message).toMatch(/In: .+\. Fix: self-host/)
  })

  test('every old URL leads to its page, or to the home, archive, 404 or external page it stood for', () => {
    const wrong = wrongOldUrls(urls, result, generated)
    expect(wrong).toEqual([])
    expect(urls.size).toBeGreaterThan(20)
  })

  test.runIf(kind === 'jekyll')('Liquid that depends on the site only is its value: site variables, _data files, relative_url links, redirect_from targets', () => {
    const fileOf = (source: string) => result.files.find((candidate) => candidate.source === source)?.contents ?? ''
    // `{{ site.repository }}` (_config.yml) in link targets: the links to GitHub work again.
    const release = fileOf('_posts/2014-11-06-jekylls-midlife-crisis-jekyll-turns-2-5-0.markdown')
    expect(release).toContain('[check the issues](https://github.com/jekyll/jekyll/issues)')
    expect(release).not.toContain('site.repository')
    // `{{ site.data.ruby.min_version }}` (_data/ruby.yml), and `{{ '/docs/ruby-101/#gems' | relative_url }}`
    // a relative link to the imported page, fragment kept.
    const installation = fileOf('_docs/installation.md')
    expect(installation).toContain('version **2.7.0** or higher')
    expect(installation).toContain('[Ruby Gem](ruby-101.md#gems)')
    // `/docs/home/` is the `redirect_from` of _docs/index.md: a link to it is a link to that page.
    expect(result.files.find((file) => file.source === '_docs/index.md')?.path).toBe('content/pages/docs.md')
    expect(fileOf('_tutorials/index.md')).toContain('[Docs](docs.md)')
    expect(result.report.items.filter((item) => item.ruleId === 'import-link-outside-import' && /relative_url|\/docs\/home\//.test(item.original ?? ''))).toEqual([])
    // The one page whose tables are Liquid loops over _data is a draft, reported at the first loop.
    expect(result.report.items.filter((item) => item.ruleId === 'import-liquid-template').map((item) => `${item.file}:${item.line}:${item.column} ${item.original}`)).toEqual(['_docs/permalinks.md:58:5 {%- for entry in site.data.permalinks.placeholders %}'])
    expect(fileOf('_docs/permalinks.md')).toMatch(/^draft: true$/m)
  })

  test.runIf(kind === 'wordpress')('a password-protected post is a draft: not built, reported', () => {
    const protectedItems = result.report.items.filter((item) => item.ruleId === 'import-password-protected')
    expect(protectedItems.length).toBe(1)
    const file = result.files.find((candidate) => candidate.source === protectedItems[0]?.file)
    expect(file?.contents).toMatch(/^draft: true$/m)
    expect(generated.site.contentPages.some((page) => page.relativePath === file?.path)).toBe(false)
  })
})
