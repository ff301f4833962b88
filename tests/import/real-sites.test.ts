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
    result = importSite(source)
    expect(result.report.kind).toBe(kind)
    writeImport(root, result)
    generated = await generateSite({ root, preset, cache: false, keepGoing: true })
    expect(generated.messages.filter((message) => message.fatal).map((message) => `${message.file}:${message.line} ${message.ruleId} ${message.reason}`)).toEqual([])
    expect(result.report.counts).toMatchObject({ posts: minimum.posts, pages: minimum.pages })
  })

  test('every old URL leads to its page, or to the home, archive, 404 or external page it stood for', () => {
    const fileOf = new Map(result.files.map((file) => [file.source, file.path]))
    const output = new Set(generated.files.map((file) => file.path))
    const wrong: string[] = []
    for (const [url, expected] of urls) {
      const { page, external } = resolve(generated, url)
      const got = external ? `@external:${external}` : page?.kind === 'home' ? '@home' : page?.kind === 'archive' ? '@archive' : page?.kind === '404' ? '@404' : page?.source?.relativePath
      const want = expected.startsWith('@') ? expected : fileOf.get(expected)
      if (got === undefined || got !== want) wrong.push(`${url} → ${got ?? 'nothing'} (want ${want ?? `${expected}, which was not imported`})`)
      else if (!external && !output.has(outputPathOf(url))) wrong.push(`${url} has no document in the output`)
    }
    expect(wrong).toEqual([])
    expect(urls.size).toBeGreaterThan(20)
  })
})
