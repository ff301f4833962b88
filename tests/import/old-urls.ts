import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { outputPathOf, type GeneratedSite } from '@nichepress/core'
import type { ImportResult } from '../../packages/import/src/index.js'

// Old URLs of an imported site and whether the nichepress build still answers each one.

/**
 * Every page URL Hugo itself gives the site, from `hugo list all` on a copy whose theme is
 * replaced by empty shortcode templates (Hugo needs a template for each shortcode to read content).
 * With `absolute`, the keys are whole URLs (a multihost site has one host per language).
 */
export function hugoUrls(source: string, options: { absolute?: boolean } = {}): Map<string, string> {
  const copy = mkdtempSync(join(tmpdir(), 'np-hugo-urls-'))
  try {
    return hugoListAll(source, copy, options.absolute === true)
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}

function hugoListAll(source: string, copy: string, absolute: boolean): Map<string, string> {
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
    urls.set(absolute ? decodeURI(permalink) : decodeURI(new URL(permalink).pathname), path)
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

export function key(url: string): string {
  return decodeURI(url).replace(/\/index\.html$/, '/').replace(/\/+$/, '') || '/'
}

/** Follows the site's redirects from an old URL to the page that answers it (or an external URL). */
export function resolve(generated: GeneratedSite, url: string): { page?: GeneratedSite['site']['pages'][number]; external?: string } {
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

/**
 * Each old URL that does not lead to what it stood for: `urls` maps an old URL to its source file
 * (a prefix of an imported file's `source`) or to `@home`, `@archive`, `@tag`, `@feed`, `@404`, `@external:<url>`.
 */
export function wrongOldUrls(urls: ReadonlyMap<string, string>, result: ImportResult, generated: GeneratedSite): string[] {
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
  return wrong
}
