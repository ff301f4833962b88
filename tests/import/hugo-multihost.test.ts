import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSite, type GeneratedSite } from '@nichepress/core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { importSite, writeImport, type ImportResult } from '../../packages/import/src/index.js'
import { hugoUrls, resolve } from './old-urls.js'
import { siteConfig } from './site-config.js'

// Hugo multihost: English on example.com, German on example.de, French on example.fr/blog/
// (packages/import/test/fixtures/hugo-multihost/README.md).
const source = fileURLToPath(new URL('../../packages/import/test/fixtures/hugo-multihost/', import.meta.url))
const preset = fileURLToPath(new URL('../../packages/cli/dist/preset.js', import.meta.url))
const siteUrl = 'https://example.com'
const root = mkdtempSync(join(tmpdir(), 'np-hugo-multihost-'))
const hugoOut = mkdtempSync(join(tmpdir(), 'np-hugo-multihost-out-'))
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
  rmSync(hugoOut, { recursive: true, force: true })
})

let pages: Map<string, string>
let aliases: Map<string, string>
let result: ImportResult
let generated: GeneratedSite

/**
 * The alias URLs Hugo publishes: each language's folder of the output is the root of its base URL, and
 * an alias file names its target page in `<link rel="canonical">`.
 */
function hugoAliasUrls(): Map<string, string> {
  const copy = join(hugoOut, 'site')
  cpSync(source, copy, { recursive: true })
  execFileSync('hugo', ['--quiet', '--destination', join(hugoOut, 'public')], { cwd: copy })
  const bases = { en: 'https://example.com/', de: 'https://example.de/', fr: 'https://example.fr/blog/' } as const
  const found = new Map<string, string>()
  for (const [language, base] of Object.entries(bases)) {
    const folder = join(hugoOut, 'public', language)
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name !== 'index.html') continue
      const html = readFileSync(join(entry.parentPath, entry.name), 'utf8')
      const target = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]
      if (!html.includes('http-equiv="refresh"') || target === undefined) continue
      found.set(`${base}${relative(folder, entry.parentPath)}/`, pages.get(target) ?? `unknown target ${target}`)
    }
  }
  return found
}

beforeAll(async () => {
  pages = hugoUrls(source, { absolute: true })
  aliases = hugoAliasUrls()
  writeFileSync(join(root, 'nichepress.config.json'), siteConfig('Trail Notes', siteUrl))
  result = importSite(source)
  writeImport(root, result)
  generated = await generateSite({ root, preset, cache: false, keepGoing: true })
}, 120_000)

/** Where an old absolute URL ends up: the host rules of `_redirects` first (as Netlify applies them), then the site's own redirects. */
function follow(url: string, hostRules: ReadonlyArray<readonly [string, string]>): string | undefined {
  const rule = hostRules.find(([from]) => url.startsWith(from))
  const moved = rule ? `${rule[1]}${url.slice(rule[0].length)}` : url
  if (!moved.startsWith(`${siteUrl}/`)) return undefined
  return resolve(generated, moved.slice(siteUrl.length)).page?.source?.relativePath
}

test('a multihost site imports and builds with zero errors; the report names each moved host and the steps', () => {
  expect(generated.messages.filter((message) => message.fatal).map((message) => `${message.file}:${message.line} ${message.ruleId} ${message.reason}`)).toEqual([])
  const moved = result.report.items.filter((item) => item.ruleId === 'import-host-moved')
  expect(moved.map((item) => [item.original, item.replacement])).toEqual([
    ['https://example.de/', 'https://example.com/de/'],
    ['https://example.fr/blog/', 'https://example.com/fr/'],
  ])
  for (const item of moved) expect(item.message).toMatch(/domain alias.*DNS/)
  expect(result.settings.url).toBe(siteUrl)
})

test('_redirects sends each old host below its language prefix, before any path rule', () => {
  const file = generated.files.find((candidate) => candidate.path === '_redirects')
  const lines = (file && 'contents' in file ? String(file.contents) : '').split('\n')
  expect(lines.slice(0, 2)).toEqual(['https://example.de/* https://example.com/de/:splat 301!', 'https://example.fr/blog/* https://example.com/fr/:splat 301!'])
  expect(lines.slice(2).some((line) => line.startsWith('https://'))).toBe(false)
})

test('every old URL on every host (pages and aliases, as Hugo publishes them) leads to its page', () => {
  const file = generated.files.find((candidate) => candidate.path === '_redirects')
  const hostRules = (file && 'contents' in file ? String(file.contents) : '').split('\n').flatMap((line) => {
    const match = /^(https:\/\/\S+)\* (\S+):splat 301!$/.exec(line)
    return match ? [[match[1] ?? '', match[2] ?? ''] as const] : []
  })
  const fileOf = new Map(result.files.map((imported) => [imported.source, imported.path]))
  const old = new Map([...pages, ...aliases])
  expect(pages.size).toBe(5)
  expect([...aliases.keys()].sort()).toEqual(['https://example.de/alt/hallo/', 'https://example.fr/blog/posts/relatif/', 'https://example.fr/blog/vieux/salut/'])
  const wrong = [...old].filter(([url, sourceFile]) => follow(url, hostRules) !== fileOf.get(sourceFile)).map(([url, sourceFile]) => `${url} → ${follow(url, hostRules) ?? 'nothing'} (want ${fileOf.get(sourceFile)})`)
  expect(wrong).toEqual([])
})

test('on Vercel the same host rules come first in the Build Output routes, matched by host', async () => {
  const { vercelBuildOutputConfig } = await import('../../packages/seo/src/lib/generate-host-files.js')
  const routes = vercelBuildOutputConfig([], generated.site.redirects, generated.site.hostRedirects).routes
  expect(routes.slice(1, 3)).toEqual([
    { src: '^/(.*)$', has: [{ type: 'host', value: 'example.de' }], status: 301, headers: { Location: 'https://example.com/de/$1' } },
    { src: '^/blog/(.*)$', has: [{ type: 'host', value: 'example.fr' }], status: 301, headers: { Location: 'https://example.com/fr/$1' } },
  ])
  expect(routes.slice(3).some((route) => 'has' in route)).toBe(false)
})
