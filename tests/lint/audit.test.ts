import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSite, isNichepressError } from '@nichepress/core'
import { afterAll, expect, test } from 'vitest'
import { auditDirectory, auditDocuments } from '../../packages/lint/dist/index.js'
import { makeSite, presetPath } from '../helpers/site.js'

const fixtures = join(import.meta.dirname, 'fixtures')
const temporary: string[] = []
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
})

const findings = auditDirectory(join(fixtures, 'audit'))
const places = (file: string) => findings.filter((message) => message.file === file).map((message) => `${message.ruleId} ${message.line}:${message.column}`)

test('a clean German page has no findings', () => {
  expect(places('clean.html')).toEqual([])
})

// Each fixture breaks exactly one thing of the clean page.
test.each([
  { file: 'affiliate-link-rel.html', expected: ['affiliate-link-rel 11:4'] },
  { file: 'affiliate-disclosure.html', expected: ['affiliate-disclosure 10:4'] },
  { file: 'ungated-third-party.html', expected: ['ungated-third-party 8:1', 'ungated-third-party 12:1', 'ungated-third-party 13:1'] },
  { file: 'google-fonts-remote.html', expected: ['google-fonts-remote 8:1'] },
  { file: 'mixed-content.html', expected: ['mixed-content 11:1'] },
  { file: 'impressum-link-missing.html', expected: ['impressum-link-missing 9:1'] },
  { file: 'privacy-link-missing.html', expected: ['privacy-link-missing 9:1'] },
  { file: 'lang-missing.html', expected: ['lang-missing 2:1'] },
  { file: 'title-missing.html', expected: ['title-missing 5:1'] },
  { file: 'canonical-missing.html', expected: ['canonical-missing 3:1'] },
  { file: 'description-missing.html', expected: ['description-missing 3:1'] },
  { file: 'duplicate-title-a.html', expected: [] },
  { file: 'duplicate-title-b.html', expected: ['duplicate-title 5:1'] },
])('$file → $expected', ({ file, expected }) => {
  expect(places(file)).toEqual(expected)
})

test('rules can be switched off and downgraded like in lint', () => {
  const html = new Map([['a.html', '<html><head><title>x</title></head><body></body></html>']])
  const ids = (rules: Record<string, 'off' | 'warn' | 'error'>) => auditDocuments(html, { rules }).map((message) => `${message.ruleId}:${message.fatal}`)
  expect(ids({}).sort()).toEqual(['canonical-missing:false', 'description-missing:false', 'lang-missing:true'])
  expect(ids({ 'lang-missing': 'warn', 'canonical-missing': 'off', 'description-missing': 'off' })).toEqual(['lang-missing:false'])
})

test('audit of a Hugo-built site finds the planted trackers and the undisclosed affiliate link, nothing else', () => {
  const out = mkdtempSync(join(tmpdir(), 'np-lint-hugo-'))
  temporary.push(out)
  const resources = mkdtempSync(join(tmpdir(), 'np-lint-hugo-resources-'))
  temporary.push(resources)
  // Hugo writes resources/ into the source folder unless told otherwise; the fixture stays untouched.
  execFileSync('hugo', ['--source', join(fixtures, 'hugo-site'), '--destination', out, '--quiet', '--noBuildLock'], { env: { ...process.env, HUGO_RESOURCEDIR: resources } })
  expect(readdirSync(out, { recursive: true }).filter((path) => String(path).endsWith('.html')).length).toBe(4)
  expect(auditDirectory(out).map((message) => `${message.file} ${message.ruleId} ${message.line}:${message.column}`)).toEqual([
    'posts/gaskocher-test/index.html affiliate-disclosure 12:1',
    'posts/gaskocher-test/index.html affiliate-link-rel 12:1',
    'posts/spiritus-oder-gas/index.html ungated-third-party 12:1',
    'posts/spiritus-oder-gas/index.html ungated-third-party 13:1',
  ])
})

const fontsSite = (audit: string) =>
  makeSite({
    'nichepress.config.json': JSON.stringify({ title: 'Fonts', url: 'https://fonts.example', language: 'en', lint: { audit } }),
    'content/posts/hello.md': '---\ntitle: Hello there, reader\ndescription: A post.\ndate: 2025-01-01\n---\n\nHello.\n',
    // Google Fonts in a theme are now gated until consent (a registry service), so the planted audit
    // error is an insecure image of the site itself.
    'theme/layouts/post.hbs': '<img src="http://fonts.example/logo.png" alt="Logo"><h1>{{title}}</h1>{{{content}}}\n',
  })

test('the build fails on audit errors and names them; audit "warn" and "off" let it pass', async () => {
  const root = fontsSite('error')
  temporary.push(root)
  const error = await buildSite({ root, preset: presetPath, outDir: join(root, 'public'), cache: false }).catch((caught: unknown) => caught)
  expect(isNichepressError(error)).toBe(true)
  const messages = isNichepressError(error) ? error.messages : []
  expect(messages.map((message) => `${message.file} ${message.ruleId}`)).toEqual(['hello/index.html mixed-content'])
  for (const audit of ['warn', 'off']) {
    const passing = fontsSite(audit)
    temporary.push(passing)
    await expect(buildSite({ root: passing, preset: presetPath, outDir: join(passing, 'public'), cache: false })).resolves.toBeDefined()
  }
})

test('a site that knows its legal setup decides for all its pages, not each page language', async () => {
  const { readFileSync } = await import('node:fs')
  const german = readFileSync(join(fixtures, 'audit', 'impressum-link-missing.html'), 'utf8')
  const english = german.replace('<html lang="de">', '<html lang="en">')
  const ids = (legalLinks: 'all' | 'none' | undefined, html: string) =>
    auditDocuments(new Map([['page.html', html]]), legalLinks ? { legalLinks } : {}).map((message) => message.ruleId)
  expect(ids(undefined, german)).toContain('impressum-link-missing')
  expect(ids(undefined, english)).not.toContain('impressum-link-missing')
  expect(ids('all', english)).toContain('impressum-link-missing')
  expect(ids('none', german)).not.toContain('impressum-link-missing')
})

test('cached audit results are reused for unchanged documents and give the same findings', async () => {
  const { readFileSync } = await import('node:fs')
  const documents = new Map(readdirSync(join(fixtures, 'audit')).filter((name) => name.endsWith('.html')).map((name) => [name, readFileSync(join(fixtures, 'audit', name), 'utf8')]))
  const store = new Map<string, unknown>()
  let hits = 0
  const cache = {
    get: (key: string) => {
      const value = store.get(key)
      if (value) hits++
      return value as never
    },
    set: (key: string, value: unknown) => void store.set(key, value),
  }
  const render = (messages: ReturnType<typeof auditDocuments>) => messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.ruleId} ${message.fatal} ${message.reason}`)
  const uncached = render(auditDocuments(documents))
  expect(render(auditDocuments(documents, {}, cache))).toEqual(uncached)
  expect(hits).toBe(0)
  expect(render(auditDocuments(documents, {}, cache))).toEqual(uncached)
  expect(hits).toBe(documents.size)
  documents.set('clean.html', (documents.get('clean.html') ?? '').replace('<html lang="de">', '<html>'))
  const changed = render(auditDocuments(documents, {}, cache))
  expect(hits).toBe(documents.size * 2 - 1)
  expect(changed.some((line) => line.startsWith('clean.html') && line.includes('lang-missing'))).toBe(true)
})

test('with consent switched off, the build fails on an embed that needs consent and names the setting', async () => {
  const root = makeSite({
    'nichepress.config.json': JSON.stringify({ title: 'Video', url: 'https://video.example', language: 'en', consent: { enabled: false } }),
    'content/posts/talk.md': '---\ntitle: The talk, recorded\ndescription: A post.\ndate: 2025-01-01\n---\n\nThe recording:\n\n<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/gNJUpzNNWMw?rel=0" allowfullscreen></iframe>\n',
  })
  temporary.push(root)
  const error = await buildSite({ root, preset: presetPath, outDir: join(root, 'public'), cache: false }).catch((caught: unknown) => caught)
  expect(isNichepressError(error)).toBe(true)
  // Consent's analysis runs with consent off too and names the embed at its Markdown line (the element is
  // kept from loading, so the audit of the output no longer sees it).
  const messages = isNichepressError(error) ? error.messages.filter((message) => message.ruleId === 'consent-off-third-party') : []
  expect(messages.map((message) => `${message.file}:${message.line}`)).toEqual(['content/posts/talk.md:9'])
  expect(messages[0]?.reason).toContain('www.youtube-nocookie.com (YouTube)')
  expect(messages[0]?.reason).toContain('`consent.enabled` is false')
})

// A page of a review blog with an Amazon link and no nichepress disclosure (injection off, or an
// audit of another generator's output): the words around decide, read block by block.
test('a monitor\'s "Anzeige" or the European Commission is no disclosure; a label in its own paragraph is', () => {
  const page = (lang: string, body: string) => `<!DOCTYPE html><html lang="${lang}"><head><title>Test</title></head><body>${body}<p><a href="https://www.amazon.de/dp/B0C7K4VD2M?tag=x-21" rel="sponsored">Zum Angebot</a></p></body></html>`
  const undisclosed = (html: string) => auditDocuments(new Map([['a.html', html]]), { rules: { 'canonical-missing': 'off', 'description-missing': 'off' } }).some((message) => message.ruleId === 'affiliate-disclosure')
  expect(undisclosed(page('de', '<p>Die Anzeige des Monitors ist hell und scharf.</p>'))).toBe(true)
  expect(undisclosed(page('en', '<p>The European Commission published new rules on chargers.</p>'))).toBe(true)
  expect(undisclosed(page('de', '<p>Die Provision des Maklers beträgt 3 %.</p>'))).toBe(true)
  // Blocks are lines: "Anzeige" in its own paragraph after a heading is a label, not "FazitAnzeige".
  expect(undisclosed(page('de', '<h2>Unser Fazit</h2><p><small>Anzeige</small></p>'))).toBe(false)
  expect(undisclosed(page('de', '<p>Transparenz: Links mit * sind Provisionslinks.</p>'))).toBe(false)
  expect(undisclosed(page('en', '<p>I may earn a small fee if you buy through links on this page.</p>'))).toBe(false)
})
