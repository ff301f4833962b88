import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSite, type GeneratedSite } from '@nichepress/core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { formatReport, importSite, writeImport, type ImportResult } from '../../packages/import/src/index.js'
import { wrongOldUrls } from './old-urls.js'
import { siteConfig } from './site-config.js'

// A Jekyll site built the way ruby-lang.org is (github.com/ruby/www.ruby-lang.org, our own text):
// release posts that print their download URL and checksums from `_data/releases.yml` through
// `{% assign release = site.data.releases | where: "version", "…" | first %}`, a security page whose
// list of advisories comes from an include looping over `site.categories[page.lang]`, and a
// releases page whose table loops over the data file. Before, the pages were imported with
// `{{ post.url }}` and `{{ release.url.gz }}` as link targets (ruby-lang.org: 118 broken links in
// 43 pages) and the 926 release posts showed `{{ release.sha256.gz }}` as text.
// The releases page's loop reads the data file only, so the import runs it (liquidjs): the page is
// published with its table; the security page's loop reads posts, which only Jekyll knew: a draft.
const preset = fileURLToPath(new URL('../../packages/cli/dist/preset.js', import.meta.url))
const source = mkdtempSync(join(tmpdir(), 'np-jekyll-liquid-source-'))
const root = mkdtempSync(join(tmpdir(), 'np-jekyll-liquid-site-'))
afterAll(() => {
  rmSync(source, { recursive: true, force: true })
  rmSync(root, { recursive: true, force: true })
})

const securityList = '<ul>\n{% for post in site.categories[page.lang] %}{% if post.tags contains \'security\' %}\n  <li><a href="{{ post.url }}">{{ post.title }}</a></li>\n{% endif %}{% endfor %}\n</ul>\n'
const files: Record<string, string> = {
  '_config.yml': 'title: Gemstone\nurl: https://www.gemstone.example\npermalink: pretty\ntimezone: UTC\n',
  '_data/releases.yml': '- version: 3.2.3\n  date: 2024-01-18\n  post: /en/news/2024/01/18/gemstone-3-2-3-released/\n  url:\n    gz: https://cache.gemstone.example/pub/3.2/gemstone-3.2.3.tar.gz\n  sha256:\n    gz: 0f2b3a1c9e8d7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a\n- version: 3.3.0\n  date: 2023-12-25\n  post: /en/news/2023/12/25/gemstone-3-3-0-released/\n  url:\n    gz: https://cache.gemstone.example/pub/3.3/gemstone-3.3.0.tar.gz\n  sha256:\n    gz: 1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809\n',
  '_includes/security_posts.html': securityList,
  'en/news/_posts/2024-01-18-gemstone-3-2-3-released.md': '---\ntitle: "Gemstone 3.2.3 Released"\nauthor: "jana"\nlang: en\n---\n\nGemstone 3.2.3 fixes two bugs.\n\n## Download\n\n{% assign release = site.data.releases | where: "version", "3.2.3" | first %}\n\n* <{{ release.url.gz }}>\n\n      SHA256: {{ release.sha256.gz }}\n',
  'en/security/index.md': '---\ntitle: "Security"\nlang: en\n---\n\nReport security problems to security@gemstone.example.\n\n{% comment %}\nTranslators: link the English page.\n{% endcomment %}\n\nHere are recent issues:\n\n{% include security_posts.html %}\n',
  'en/downloads/releases/index.md': '---\ntitle: "Gemstone Releases"\nlang: en\n---\n\nThis page lists every release.\n\n<table>\n{% for release in site.data.releases %}\n<tr><td>{{ release.version }}</td><td><a href="{{ release.url.gz }}">download</a></td></tr>\n{% endfor %}\n</table>\n',
  // A tag of the site's own plugin (ruby-lang.org's translation status table): Ruby code printed it.
  '_plugins/translation_status.rb': 'module Gemstone\n  class StatusTag < Liquid::Tag\n    def render(context)\n      "<table></table>"\n    end\n  end\nend\n\nLiquid::Template.register_tag("translation_status", Gemstone::StatusTag)\n',
  'admin/translation-status/index.md': '---\ntitle: Translation status\n---\n\nWhich posts are translated:\n\n{% translation_status %}\n',
  // A release without a .bz2 file: Liquid prints nothing for the missing key, as Jekyll did.
  'en/news/_posts/2023-12-25-gemstone-3-3-0-released.md': '---\ntitle: "Gemstone 3.3.0 Released"\nlang: en\n---\n\n{% assign release = site.data.releases | where: "version", "3.3.0" | first %}\n\n* <{{ release.url.gz }}>\n* [bz2]({{ release.url.bz2 }})\n',
  // ruby-lang.org's out-of-date notice: `page.url` is the page's old URL.
  '_includes/warnings/out-of-date.html': '<div class="warning">Diese Übersetzung ist veraltet; siehe die <a href="{{ page.url | replace_first: page.lang, \'en\' }}">englische Fassung</a>.</div>\n',
  'de/about/index.md': '---\ntitle: "Über uns"\nlang: de\n---\n\n{% include warnings/out-of-date.html %}\n\nÜber Gemstone.\n',
  'en/about/index.md': '---\ntitle: "About"\nlang: en\n---\n\nAbout {{ site.title }}: see [the security page][security] and [every release](/en/downloads/releases/).\n\n{% comment %}Keep this short.{% endcomment %}\nA theme lists posts like this:\n\n```liquid\n{% for post in site.posts %}{{ post.title }}{% endfor %}\n```\n\n[security]: /en/security/\n',
}

let result: ImportResult
let generated: GeneratedSite
const fileOf = (sourceFile: string) => result.files.find((file) => file.source === sourceFile)

beforeAll(async () => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(source, path)), { recursive: true })
    writeFileSync(join(source, path), text)
  }
  writeFileSync(join(root, 'nichepress.config.json'), siteConfig('Gemstone', 'https://www.gemstone.example', { language: 'en' }))
  result = importSite(source)
  writeImport(root, result)
  generated = await generateSite({ root, preset, cache: false, keepGoing: true })
}, 120_000)

describe('Jekyll pages driven by Liquid data and loops', () => {
  test('the site builds with zero errors', () => {
    expect(generated.messages.filter((message) => message.fatal).map((message) => `${message.file}:${message.line} ${message.ruleId} ${message.reason}`)).toEqual([])
  })

  test('a post that assigns a data entry and prints its fields shows the values', () => {
    const post = fileOf('en/news/_posts/2024-01-18-gemstone-3-2-3-released.md')?.contents ?? ''
    expect(post).toContain('* <https://cache.gemstone.example/pub/3.2/gemstone-3.2.3.tar.gz>')
    expect(post).toContain('SHA256: 0f2b3a1c9e8d7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a')
    expect(post).not.toMatch(/\{[{%]/)
    expect(post).not.toMatch(/^draft:/m)
  })

  test('a key the assigned entry lacks prints nothing; page.url is the old URL (a translation links its English page)', () => {
    const post = fileOf('en/news/_posts/2023-12-25-gemstone-3-3-0-released.md')?.contents ?? ''
    expect(post).toContain('* <https://cache.gemstone.example/pub/3.3/gemstone-3.3.0.tar.gz>\n* [bz2]()')
    expect(post).not.toMatch(/^draft:/m)
    const german = fileOf('de/about/index.md')
    const english = fileOf('en/about/index.md')?.path ?? ''
    expect(english).toMatch(/^content\/pages\/[^/]+\.md$/)
    expect(german?.contents).toContain(`<a href="${english.slice('content/pages/'.length)}">englische Fassung</a>`)
    expect(german?.contents).not.toMatch(/^draft:/m)
    expect(generated.site.contentPages.some((page) => page.relativePath === german?.path)).toBe(true)
  })

  test('pages whose Liquid lists posts or loops over data are drafts, each reported at file:line:column with the fix', () => {
    const templates = result.report.items.filter((item) => item.ruleId === 'import-liquid-template')
    expect(templates.map((item) => `${item.file}:${item.line}:${item.column}`)).toEqual(['admin/translation-status/index.md:7:1', 'en/security/index.md:14:1'])
    expect(templates.shift()?.message).toMatch(/^This page \(\/admin\/translation-status\/\) is a Liquid template: \{% translation_status %\} decides what it shows/)
    expect(templates[0]?.message).toMatch(/^This page \(\/en\/security\/\) lists posts with Liquid \(\{% include security_posts\.html %\}: \{% for post in site\.categories\[page\.lang\] %\} \(the import could not run it: site\.categories was only known to Jekyll\)\).*Fix: the theme's archive and tag pages list posts/)
    expect(result.report.counts).toMatchObject({ posts: 2, pages: 5, drafts: 2, liquidTemplates: 2 })
    expect(formatReport(result.report)).toContain('Liquid templates imported as drafts 2')
    expect(formatReport(result.report)).toContain('en/security/index.md:14:1  kept  This page (/en/security/) lists posts')
    for (const [sourceFile, oldUrl] of [['en/security/index.md', '/en/security/']] as const) {
      const draft = fileOf(sourceFile)?.contents ?? ''
      // Its text and its Liquid are kept for rewriting, and publishing it brings back its old URL.
      expect(draft).toMatch(/^draft: true$/m)
      expect(draft).toContain('{% for ')
      expect(draft).toMatch(new RegExp(`^aliases:\\n  - ${oldUrl}$`, 'm'))
      expect(generated.site.contentPages.some((page) => page.relativePath === fileOf(sourceFile)?.path)).toBe(false)
    }
    expect(fileOf('en/security/index.md')?.contents).toContain('Report security problems to security@gemstone.example.')
  })

  test('old URLs lead to the post, and a template page\'s to the archive (it listed posts) or the home page', () => {
    const urls = new Map([
      ['/en/news/2024/01/18/gemstone-3-2-3-released/', 'en/news/_posts/2024-01-18-gemstone-3-2-3-released.md'],
      ['/en/about/', 'en/about/index.md'],
      ['/de/about/', 'de/about/index.md'],
      ['/en/security/', '@archive'],
      ['/en/downloads/releases/', 'en/downloads/releases/index.md'],
    ])
    expect(wrongOldUrls(urls, result, generated)).toEqual([])
  })

  test('a loop over a data file runs at import: the releases page is published with its table', () => {
    const releases = fileOf('en/downloads/releases/index.md')?.contents ?? ''
    expect(releases).toContain('<tr><td>3.2.3</td><td><a href="https://cache.gemstone.example/pub/3.2/gemstone-3.2.3.tar.gz">download</a></td></tr>')
    expect(releases).toContain('<tr><td>3.3.0</td><td><a href="https://cache.gemstone.example/pub/3.3/gemstone-3.3.0.tar.gz">download</a></td></tr>')
    expect(releases).not.toMatch(/\{[{%]|^draft:/m)
    expect(result.report.items.filter((item) => item.ruleId === 'import-liquid-run').map((item) => `${item.file}:${item.line}:${item.column} ${item.original}`)).toEqual(['en/downloads/releases/index.md:9:1 {% for release in site.data.releases %}'])
    expect(generated.site.contentPages.some((page) => page.relativePath === fileOf('en/downloads/releases/index.md')?.path)).toBe(true)
  })

  test('a published page keeps its text: links to the drafts (inline and by reference) become text, comments go, Liquid in code stays', () => {
    const about = fileOf('en/about/index.md')?.contents ?? ''
    expect(about).toMatch(/About Gemstone: see the security page and \[every release\]\([^)]+\)\./)
    expect(about).not.toContain('[security]')
    expect(about).not.toContain('Keep this short')
    expect(about).toContain('```liquid\n{% for post in site.posts %}{{ post.title }}{% endfor %}\n```')
    expect(about).not.toMatch(/^draft:/m)
    expect(result.report.items.filter((item) => item.ruleId === 'import-link-to-draft' && item.file === 'en/about/index.md').map((item) => item.original)).toEqual(['/en/security/'])
  })
})
