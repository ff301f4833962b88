import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSite, type GeneratedSite } from '@nichepress/core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { importSite, writeImport, type ImportResult } from '../../packages/import/src/index.js'
import { wrongOldUrls } from './old-urls.js'

// A Jekyll site laid out like ruby-lang.org (github.com/ruby/www.ruby-lang.org): one `_posts` folder
// per language (`de/news/_posts/`, `en/news/_posts/`), `permalink: pretty`, pages that link
// `/{{ page.lang }}/…`, and a `_config.yml` without a title. Jekyll reads `_posts` in any folder it
// reads and takes the folders above it as the post's first categories, so the old URL of
// `de/news/_posts/2019-12-25-ruby-2-7-0-released.md` is /de/news/2019/12/25/ruby-2-7-0-released/.
// Before, such posts were not imported at all (ruby-lang.org: 0 of 4,723) and nothing said so.
const preset = fileURLToPath(new URL('../../packages/cli/dist/preset.js', import.meta.url))
const source = mkdtempSync(join(tmpdir(), 'np-jekyll-nested-source-'))
const root = mkdtempSync(join(tmpdir(), 'np-jekyll-nested-site-'))
afterAll(() => {
  rmSync(source, { recursive: true, force: true })
  rmSync(root, { recursive: true, force: true })
})

const files: Record<string, string> = {
  '_config.yml': 'markdown: kramdown\npermalink: pretty\ntimezone: UTC\nurl: https://www.ruby-lang.example\nexclude:\n  - lib\n',
  'de/news/_posts/2019-12-25-ruby-2-7-0-released.md': '---\nlayout: news_post\ntitle: "Ruby 2.7.0 veröffentlicht"\nauthor: "naruse"\ndate: 2019-12-25 00:00:00 +0000\nlang: de\n---\n\nWir freuen uns, die Veröffentlichung von Ruby 2.7.0 bekannt zu geben. [Herunterladen](/{{ page.lang }}/downloads/)\n',
  'de/news/_posts/2020-03-31-support-of-ruby-2-4-has-ended.md': '---\nlayout: news_post\ntitle: "Unterstützung von Ruby 2.4 beendet"\ncategories: [security]\ndate: 2020-03-31 12:00:00 +0000\nlang: de\n---\n\nSiehe die [Veröffentlichung von 2.7.0](/de/news/2019/12/25/ruby-2-7-0-released/).\n',
  'en/news/_posts/2019-12-25-ruby-2-7-0-released.md': '---\nlayout: news_post\ntitle: "Ruby 2.7.0 Released"\nauthor: "naruse"\ndate: 2019-12-25 00:00:00 +0000\nlang: en\n---\n\nWe are pleased to announce the release of Ruby 2.7.0. [Download](/{{ page.lang }}/downloads/)\n',
  'de/downloads/index.md': '---\nlayout: page\ntitle: "Ruby herunterladen"\nlang: de\n---\n\nHier finden Sie die aktuellen Versionen.\n',
  'en/downloads/index.md': '---\nlayout: page\ntitle: "Download Ruby"\nlang: en\n---\n\nHere you can get the latest releases.\n',
  // An excluded folder's posts are not the site's, as Jekyll reads it.
  'lib/_posts/2020-01-01-not-a-post.md': '---\ntitle: Not a post\n---\n\nExcluded.\n',
}

let result: ImportResult
let generated: GeneratedSite

beforeAll(async () => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(source, path)), { recursive: true })
    writeFileSync(join(source, path), text)
  }
  result = importSite(source)
  writeImport(root, result)
  // The written config has the old site's URL and a stand-in title; this test adds what the legal pages need.
  const config = JSON.parse(readFileSync(join(root, 'nichepress.config.json'), 'utf8')) as Record<string, unknown>
  const address = { street: 'Am Reiherstieg 18', postalCode: '21107', city: 'Hamburg', country: 'DE' }
  const legal = { updated: '2026-11-01', operator: { kind: 'person', name: 'Jana Beispiel', address }, contact: { email: 'hallo@example.org', phone: '+49 40 66969 123' }, responsibleForContent: { name: 'Jana Beispiel', address }, hosting: 'netlify' }
  writeFileSync(join(root, 'nichepress.config.json'), JSON.stringify({ ...config, language: 'de', legal }))
  generated = await generateSite({ root, preset, cache: false, keepGoing: true })
}, 120_000)

describe('a Jekyll site with a _posts folder per language', () => {
  test('every post of every folder is imported, the excluded folder is not', () => {
    expect(result.report.counts).toMatchObject({ posts: 3, pages: 2 })
    expect(result.files.map((file) => file.source).filter((path) => path.includes('_posts')).sort()).toEqual(Object.keys(files).filter((path) => path.includes('_posts') && !path.startsWith('lib/')).sort())
  })

  test('the folders above _posts are part of the old URL, before the front matter categories; every old URL leads to its post', () => {
    const urls = new Map([
      ['/de/news/2019/12/25/ruby-2-7-0-released/', 'de/news/_posts/2019-12-25-ruby-2-7-0-released.md'],
      ['/de/news/security/2020/03/31/support-of-ruby-2-4-has-ended/', 'de/news/_posts/2020-03-31-support-of-ruby-2-4-has-ended.md'],
      ['/en/news/2019/12/25/ruby-2-7-0-released/', 'en/news/_posts/2019-12-25-ruby-2-7-0-released.md'],
      ['/de/downloads/', 'de/downloads/index.md'],
    ])
    expect(wrongOldUrls(urls, result, generated)).toEqual([])
  })

  test('{{ page.lang }} is the page\'s own lang, so its links lead to the right language; the site builds with zero errors', () => {
    expect(generated.messages.filter((message) => message.fatal).map((message) => `${message.file}:${message.line} ${message.ruleId} ${message.reason}`)).toEqual([])
    const german = result.files.find((file) => file.source === 'de/news/_posts/2019-12-25-ruby-2-7-0-released.md')
    const germanDownloads = result.files.find((file) => file.source === 'de/downloads/index.md')
    expect(german?.contents).not.toContain('{{')
    expect(german?.contents).toContain(`(${germanDownloads?.path.replace(/^content\/pages\//, '../pages/')})`)
  })

  test('a config without a title gets the old host as a stand-in, and the report says to change it', () => {
    const config = JSON.parse(readFileSync(join(root, 'nichepress.config.json'), 'utf8')) as { title?: string }
    expect(config.title).toBe('ruby-lang.example')
    const written = readFileSync(join(root, 'import-report.txt'), 'utf8')
    expect(written).toMatch(/nichepress\.config\.json +changed +The old site's config has no title; the new config says "ruby-lang\.example"/)
  })
})

// ruby-lang.org's 5,333 files take ≈ 30 s to import: the CLI draws these events as a progress bar
// on a terminal (packages/cli/src/lib/progress.ts).
test('progress: the source read, each entry converted, each file written, the last step of each included', () => {
  const events: Array<{ phase: string; done: number; total: number }> = []
  const again = importSite(source, { onProgress: (event) => void events.push(event) })
  const target = mkdtempSync(join(tmpdir(), 'np-jekyll-nested-progress-'))
  try {
    writeImport(target, again, { onProgress: (event) => void events.push(event), dryRun: true })
  } finally {
    rmSync(target, { recursive: true, force: true })
  }
  expect([...new Set(events.map((event) => event.phase))]).toEqual(['read', 'convert', 'write'])
  const converted = events.filter((event) => event.phase === 'convert').map((event) => event.done)
  expect(converted).toEqual([...Array(again.files.length + 1).keys()])
  const written = events.filter((event) => event.phase === 'write')
  expect(written.at(-1)).toEqual({ phase: 'write', done: again.files.length + again.assets.length, total: again.files.length + again.assets.length })
})

// ruby-lang.org's _config.yml names no language; nichepress would have built its pages as German.
test('a config without a language takes the one most entries name, and says so; with none named it says so loudly', () => {
  expect(result.settings.language).toBe('de')
  expect(result.report.items.find((item) => item.ruleId === 'import-language-guessed')?.message).toMatch(/3 of 5 entries say "de"/)
  const bare = mkdtempSync(join(tmpdir(), 'np-jekyll-nolang-'))
  try {
    mkdirSync(join(bare, '_posts'), { recursive: true })
    writeFileSync(join(bare, '_config.yml'), 'title: Bare\n')
    writeFileSync(join(bare, '_posts/2024-01-01-hello.md'), '---\ntitle: Hello\n---\n\nText.\n')
    const unknown = importSite(bare)
    expect(unknown.settings.language).toBeUndefined()
    expect(unknown.report.items.map((item) => item.ruleId)).toContain('import-language-unknown')
  } finally {
    rmSync(bare, { recursive: true, force: true })
  }
})
