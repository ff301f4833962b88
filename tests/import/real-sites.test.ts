import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSite, outputPathOf, type GeneratedSite } from '@nichepress/core'
import { afterAll, describe, expect, test } from 'vitest'
import { importSite, writeImport, type ImportResult } from '../../packages/import/src/index.js'
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
 * Every page URL Hugo itself gives the site, from `hugo list all` on a copy whose theme is
 * replaced by empty shortcode templates (Hugo needs a template for each shortcode to read content).
 */
function hugoUrls(source: string): Map<string, string> {
  const copy = temporaryFolder('np-hugo-urls-')
  cpSync(source, copy, { recursive: true })
  const config = readFileSync(join(copy, 'hugo.toml'), 'utf8')
  const theme = /^theme\s*=\s*"([^"]+)"/m.exec(config)?.[1]
  const shortcodes = join(copy, theme ? `themes/${theme}` : '', 'layouts/shortcodes')
  mkdirSync(shortcodes, { recursive: true })
  const text = listFiles(join(copy, 'content')).map((file) => readFileSync(file, 'utf8')).join('\n')
  for (const [, name = ''] of text.matchAll(/\{\{[<%]\s*([\w-]+)/g)) {
    const isPaired = new RegExp(`\\{\\{[<%]\\s*/\\s*${name}\\b`).test(text)
    writeFileSync(join(shortcodes, `${name}.html`), isPaired ? '{{ .Inner }}' : '')
  }
  const csv = execFileSync('hugo', ['list', 'all'], { cwd: copy, encoding: 'utf8' })
  const urls = new Map<string, string>()
  const [header = '', ...rows] = csv.trim().split('\n')
  const columns = parseCsvLine(header)
  for (const row of rows) {
    const values = parseCsvLine(row)
    const path = values[columns.indexOf('path')] ?? ''
    const permalink = values[columns.indexOf('permalink')] ?? ''
    urls.set(decodeURI(new URL(permalink).pathname), path)
  }
  return urls
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

function parseCsvLine(line: string): string[] {
  const values: string[] = []
  for (const match of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) values.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : (match[2] ?? ''))
  return values
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
}

function key(url: string): string {
  return decodeURI(url).replace(/\/index\.html$/, '/').replace(/\/+$/, '') || '/'
}

/** Follows the site's redirects from an old URL to the page that answers it (or an external URL). */
function resolve(generated: GeneratedSite, url: string): { page?: GeneratedSite['site']['pages'][number]; external?: string } {
  let current = url
  for (let hop = 0; hop < 3; hop++) {
    const page = generated.site.pages.find((candidate) => key(candidate.url) === key(current))
    if (page) return { page }
    const redirect = generated.site.redirects.find((candidate) => key(candidate.from) === key(current))
    if (!redirect) return {}
    if (/^https?:\/\//.test(redirect.to)) return { external: redirect.to }
    if (redirect.to === '/feed.xml') return { external: '@feed' }
    current = redirect.to
  }
  return {}
}

const sites = [
  { name: 'hugo-coder', kind: 'hugo', language: 'en', oldUrls: (source: string) => hugoUrls(source), minimum: { posts: 18, pages: 6 } },
  {
    name: 'jekyll-docs',
    kind: 'jekyll',
    language: 'en',
    oldUrls: (source: string) => new Map(Object.entries((JSON.parse(readFileSync(join(source, 'expected-urls.json'), 'utf8')) as { urls: Record<string, string> }).urls)),
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
    const fileOf = new Map(result.files.map((file) => [file.source, file.path]))
    const output = new Set(generated.files.map((file) => file.path))
    const wrong: string[] = []
    for (const [url, expected] of urls) {
      // A doubled slash in an old link (WordPress's `host//greek/page/`) is served as the single-slash path.
      const path = url.replace(/\/{2,}/g, '/')
      const { page, external } = resolve(generated, path)
      const got = external === '@feed' ? '@feed' : external ? `@external:${external}` : page?.kind === 'tag' ? '@tag' : page?.kind === 'home' ? '@home' : page?.kind === 'archive' ? '@archive' : page?.kind === '404' ? '@404' : page?.source?.relativePath
      const want = expected.startsWith('@') ? expected : (fileOf.get(expected) ?? result.files.find((file) => file.source.startsWith(expected))?.path)
      if (got === undefined || got !== want) wrong.push(`${url} → ${got ?? 'nothing'} (want ${want ?? `${expected}, which was not imported`})`)
      else if (!external && !output.has(outputPathOf(path))) wrong.push(`${url} has no document in the output`)
    }
    expect(wrong).toEqual([])
    expect(urls.size).toBeGreaterThan(20)
  })

  test.runIf(kind === 'wordpress')('a password-protected post is a draft: not built, reported', () => {
    const protectedItems = result.report.items.filter((item) => item.ruleId === 'import-password-protected')
    expect(protectedItems.length).toBe(1)
    const file = result.files.find((candidate) => candidate.source === protectedItems[0]?.file)
    expect(file?.contents).toMatch(/^draft: true$/m)
    expect(generated.site.contentPages.some((page) => page.relativePath === file?.path)).toBe(false)
  })
})
