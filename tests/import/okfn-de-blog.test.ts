import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSite } from '@nichepress/core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { importSite, writeImport, type ImportResult } from '../../packages/import/src/index.js'
import { sharedDir } from '../helpers/shared.js'
import { siteConfig } from './site-config.js'

// The real German blog corpus: 502 Jekyll posts with every quirk of real content.
const corpus = join(sharedDir, 'corpora/okfn-de-blog')
const preset = fileURLToPath(new URL('../../packages/cli/dist/preset.js', import.meta.url))
let work: string
let source: string
let site: string
let result: ImportResult

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'np-import-okfn-'))
  source = join(work, 'jekyll')
  site = join(work, 'site')
  cpSync(join(corpus, 'posts'), join(source, '_posts'), { recursive: true })
  // The corpus README gives the site's permalink and URL from its _config.yml.
  writeFileSync(join(source, '_config.yml'), 'url: https://okfn.de\npermalink: /blog/:year/:month/:title/\ntimezone: Europe/Berlin\n')
  mkdirSync(site)
  // The corpus's own raw iframes (media.ccc.de, opentender.eu…) and http:// images are listed in
  // the report as raw HTML to check; they warn here so the test pins what the import itself does.
  // One post carries an inline <script> of its own (a content inline script is an error by default,
  // consent-content-inline-script); this trusted corpus allows it.
  const warnOnly = { consent: { unknownThirdParty: 'warn', allowContentScripts: true }, lint: { rules: { 'ungated-third-party': 'warn', 'mixed-content': 'warn' } } }
  writeFileSync(join(site, 'nichepress.config.json'), siteConfig('OKF DE', 'https://okfn.de', warnOnly))
  result = importSite(source)
})

afterAll(() => rmSync(work, { recursive: true, force: true }))

test('imports every post, keeps drafts as drafts and redirects every old URL', () => {
  expect(result.report.kind).toBe('jekyll')
  expect(result.report.counts).toMatchObject({ posts: 502, pages: 0, drafts: 7, redirects: 495, embedsConverted: 11 })
  const oldUrls = new Set(result.redirects.map((redirect) => redirect.from))
  expect(oldUrls.has('/blog/2017/04/open-data-aus-sicht/')).toBe(true)
  expect(oldUrls.has('/blog/2017/11/Open-Government-Partnership/')).toBe(true)
  expect(oldUrls.has('/blog/2017/09/ODINE-Open-Data-Incubator-for-Europe/')).toBe(true)
})

test('the report lists the 11 Liquid embed tags as converted', () => {
  const embeds = result.report.items.filter((item) => item.ruleId === 'import-embed-converted')
  expect(embeds).toHaveLength(11)
  const names = embeds.map((item) => /^\{%\s*(\w+)/.exec(item.original ?? '')?.[1])
  expect(names.filter((name) => name === 'youtube')).toHaveLength(9)
  expect(names.filter((name) => name === 'vimeo')).toHaveLength(1)
  expect(names.filter((name) => name === 'soundcloud')).toHaveLength(1)
  expect(result.files.every((file) => !/\{%\s*(youtube|vimeo|soundcloud)/.test(file.contents))).toBe(true)
})

test('quirks are handled: impossible date, zone-less times, CRLF, odd file names, bad YAML', () => {
  const odine = result.files.find((file) => file.path === 'content/posts/odine-open-data-incubator-for-europe.md')
  expect(odine?.contents).toContain('date: 2017-09-30T04:00:00+02:00')
  expect(result.report.items).toContainEqual(expect.objectContaining({ ruleId: 'import-date-invalid', original: '2017-09-31 04:00:00' }))
  expect(result.report.items.filter((item) => item.ruleId === 'import-date-without-zone').length).toBeGreaterThan(400)
  expect(result.files.some((file) => file.contents.includes('\r'))).toBe(false)
  const paths = result.files.map((file) => file.path)
  expect(paths).toContain('content/posts/open-data-aus-sicht.md')
  expect(paths).toContain('content/posts/okf-sucht-neue-geschaeftsfuehrung.md')
  expect(paths.every((path) => /^content\/posts\/[a-z0-9-]+\.md$/.test(path))).toBe(true)
  expect(result.report.items.filter((item) => item.ruleId === 'import-entry-skipped')).toEqual([])
})

test('every post-to-post link of internal-links.tsv becomes a relative .md link to the right post', () => {
  const key = (path: string) => decodeURI(path).toLowerCase().replace(/\/+$/, '')
  const fileByOldUrl = new Map(result.redirects.map((redirect) => [key(redirect.from), redirect.file]))
  const oldUrlByFile = new Map(result.redirects.map((redirect) => [redirect.file, redirect.from]))
  const fileBySource = new Map(result.files.map((file) => [file.source, file]))
  const rows = readFileSync(join(corpus, 'internal-links.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'))
  const edges = new Set<string>()
  for (const [sourceFile = '', kind = '', target = ''] of rows) {
    const from = fileBySource.get(`_posts/${sourceFile}`)
    if (!from) throw new Error(`${sourceFile} was not imported`)
    const path = (target.replace(/^(?:https?:)?\/\/(?:www\.)?okfn\.de/, '').split('#')[0] ?? '').split('?')[0] ?? ''
    const absolute = kind === 'relative' ? posix.join(oldUrlByFile.get(from.path) ?? '/', path) : path
    const legacy = absolute.replace(/^\/blog\/(\d{4})\/(\d{2})\/\d{2}\//, '/blog/$1/$2/')
    const targetFile = fileByOldUrl.get(key(absolute)) ?? fileByOldUrl.get(key(legacy))
    if (!targetFile) continue
    edges.add(`${from.path} ${targetFile}`)
    const relative = posix.relative(posix.dirname(from.path), targetFile)
    expect(from.contents.includes(`](${relative}`) || from.contents.includes(`href="${relative}`), `${sourceFile} → ${target}`).toBe(true)
  }
  // analysis.json: 109 distinct post-to-post edges.
  expect(edges.size).toBe(109)
})

test('the import writes, builds with every internal link resolved, and embeds are consent-blocked', async () => {
  const first = writeImport(site, result)
  expect(first.written).toHaveLength(504)
  expect(statSync(join(site, 'import-report.json')).isFile()).toBe(true)
  const generated = await generateSite({ root: site, preset, cache: false })
  expect(generated.site.contentPages).toHaveLength(495)
  const datenschule = generated.files.find((file) => file.path === 'datenschule-launch/index.html')
  expect(datenschule?.contents).toMatch(/<template><iframe[^>]*qHz_ogTH2p4/)
  expect(generated.files.some((file) => file.path === 'blog/2016/08/datenschule-launch/index.html')).toBe(true)
}, 120_000)

test('re-running the import changes nothing; --dry-run writes nothing', () => {
  const again = writeImport(site, importSite(source))
  expect(again.written).toEqual([])
  expect(again.unchanged).toHaveLength(504)
  const empty = join(work, 'dry')
  mkdirSync(empty)
  const dry = writeImport(empty, result, { dryRun: true })
  // A folder without a config also gets nichepress.config.json with the old site's URL.
  expect(dry.written).toHaveLength(505)
  expect(dry.written).toContain('nichepress.config.json')
  expect(() => statSync(join(empty, 'nichepress.config.json'))).toThrow()
  expect(() => statSync(join(empty, 'content'))).toThrow()
  expect(() => statSync(join(empty, 'import-report.txt'))).toThrow()
})
