import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { generateSite, isNichepressError, type GeneratedSite } from '@nichepress/core'
import { HtmlValidate } from 'html-validate'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { blockDocument } from './block-document.js'
import { consentConfigSchema } from './consent-config-schema.js'
import { servicesUsed } from './services-used.js'
import { defaultTexts } from './texts.js'

// Builds a real starter post with core and this plugin only (from dist: render workers load it).
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..')
const starter = join(repoRoot, 'starters/nischenblog')
const roots: string[] = []

function makeSite(consent: Record<string, unknown>, extraFiles: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'np-consent-'))
  roots.push(root)
  mkdirSync(join(root, 'content/posts'), { recursive: true })
  // The starter's YouTube embed, as written there, in a post without links to pages this build lacks.
  const iframe = readFileSync(join(starter, 'content/posts/windschutz-fuer-den-kocher.md'), 'utf8').split('\n').find((line) => line.startsWith('<iframe'))
  writeFileSync(join(root, 'content/posts/windschutz-fuer-den-kocher.md'), `---\ntitle: Windschutz\ndate: 2026-08-21\n---\n\nIm Video:\n\n${iframe}\n`)
  const plugin = pathToFileURL(join(repoRoot, 'packages/consent/dist/index.js')).href
  writeFileSync(join(root, 'preset.mjs'), `import { consentPlugin } from ${JSON.stringify(plugin)}\nexport default { plugins: () => [consentPlugin()], themeDir: ${JSON.stringify(join(repoRoot, 'templates/default'))} }\n`)
  writeFileSync(join(root, 'nichepress.config.json'), JSON.stringify({ title: 'Kocherkompass', url: 'https://kocherkompass.example', language: 'de', consent }))
  for (const [path, text] of Object.entries(extraFiles)) writeFileSync(join(root, path), text)
  return root
}

const build = (root: string) => generateSite({ root, preset: join(root, 'preset.mjs'), cache: false })
const fileOf = (site: GeneratedSite, path: string): string => {
  const file = site.files.find((candidate) => candidate.path === path)
  if (!file || !('contents' in file) || typeof file.contents !== 'string') throw new Error(`no file ${path}`)
  return file.contents
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

describe('the starter with GA4 configured', () => {
  let site: GeneratedSite
  beforeAll(async () => {
    site = await build(makeSite({ services: { 'google-analytics': { measurementId: 'G-ABC1234567' } } }))
  })

  test('the runtime is emitted once and weighs at most 5 KB gzipped (JS + CSS)', () => {
    const gzipBytes = gzipSync(fileOf(site, '_np/consent.js'), { level: 9 }).length + gzipSync(fileOf(site, '_np/consent.css'), { level: 9 }).length
    expect(gzipBytes).toBeLessThanOrEqual(5 * 1024)
    const home = fileOf(site, 'index.html')
    expect(home.match(/\/_np\/consent\.js/g)).toHaveLength(1)
    expect(home.match(/id="np-consent-config"/g)).toHaveLength(1)
  })

  test('the GA4 snippet is included already blocked, with no inline executable script of ours', () => {
    const home = fileOf(site, 'index.html')
    expect(home).toContain('<script type="text/plain" data-consent-category="statistics" data-consent-service="google-analytics" data-np-async="" data-src="https://www.googletagmanager.com/gtag/js?id=G-ABC1234567"></script>')
    const executable = [...home.matchAll(/<script(?![^>]*type="(?:text\/plain|application\/json|application\/ld\+json)")[^>]*>([\s\S]*?)<\/script>/g)]
    expect(executable.map((match) => match[1]?.trim())).toEqual([''])
  })

  test('the YouTube post gets a placeholder with youtube-nocookie.com and is valid HTML', async () => {
    const post = fileOf(site, 'windschutz-fuer-den-kocher/index.html')
    expect(post).toContain('Inhalt von YouTube laden')
    expect(post).toContain('<template><iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"')
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } }).validateString(post)
    expect(report.results.flatMap((result) => result.messages).map((message) => `${message.ruleId}: ${message.message}`)).toEqual([])
  })

  test('servicesUsed lists the configured and the found services, sorted', () => {
    expect(servicesUsed(site.site).map((service) => service.id)).toEqual(['google-analytics', 'youtube'])
  })

  test('the CSP hook names the hosts of the used services', () => {
    expect(site.site.contentSecurityPolicy['frame-src']).toContain('https://www.youtube-nocookie.com')
    expect(site.site.contentSecurityPolicy['script-src']).toContain('https://www.googletagmanager.com')
  })
})

test('an unknown third party fails the build, naming host and file; "warn" builds with it kept from loading', async () => {
  const post = '---\ntitle: Widget\ndate: 2026-01-01\n---\n\nText.\n\n<script src="https://cdn.tracker.example/t.js"></script>\n'
  const error = await build(makeSite({}, { 'content/posts/widget.md': post })).catch((caught: unknown) => caught)
  expect(isNichepressError(error)).toBe(true)
  const message = isNichepressError(error) ? error.messages[0] : undefined
  expect(message?.ruleId).toBe('consent-unknown-third-party')
  expect(message?.reason).toContain('unknown third party: cdn.tracker.example')
  expect(message?.file).toBe('content/posts/widget.md')
  expect(message?.line).toBe(8)
  const passed = await build(makeSite({ unknownThirdParty: 'warn' }, { 'content/posts/widget.md': post }))
  expect(passed.files.some((file) => file.path === 'widget/index.html')).toBe(true)
  // Reported, never passed: the script is an inert data block no consent decision releases.
  const widget = fileOf(passed, 'widget/index.html')
  expect(widget).not.toMatch(/<script[^>]* src="https:\/\/cdn\.tracker\.example/)
  expect(widget).toContain('<script type="text/plain" data-consent-category="marketing" data-consent-service="unknown:cdn.tracker.example" data-src="https://cdn.tracker.example/t.js"></script>')
})

test('expiry over 13 months and unknown service ids are config errors', () => {
  expect(consentConfigSchema.safeParse({ expiryMonths: 14 }).success).toBe(false)
  expect(consentConfigSchema.safeParse({ services: { 'google-analytic': {} } }).success).toBe(false)
  expect(consentConfigSchema.parse({})).toMatchObject({ enabled: true, expiryMonths: 12, unknownThirdParty: 'error', storage: 'cookie' })
})

test('blockDocument changes only the blocked elements of a theme document', () => {
  const head = '<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>T</title>\n'
  const html = `${head}<script async src="https://connect.facebook.net/en_US/fbevents.js"></script>\n</head>\n<body><p>Hallo &amp; willkommen</p></body>\n</html>\n`
  const result = blockDocument(html, { customServices: [], texts: defaultTexts.de, privacyPolicyPath: '/datenschutz/' })
  expect(result.html).toBe(`${head}<script type="text/plain" data-consent-category="marketing" data-consent-service="meta-pixel" data-np-async="" data-src="https://connect.facebook.net/en_US/fbevents.js"></script>\n</head>\n<body><p>Hallo &amp; willkommen</p></body>\n</html>\n`)
  expect(result.facts.services).toEqual(['meta-pixel'])
})

test('the stored size record matches the built runtime', () => {
  const size = JSON.parse(readFileSync(new URL('../../dist/runtime/size.json', import.meta.url), 'utf8')) as { gzipBytes: number }
  expect(size.gzipBytes).toBeLessThanOrEqual(5 * 1024)
})

test('a site that uses no service needing consent gets no banner and no runtime', async () => {
  const plain = '---\ntitle: Windschutz\ndate: 2026-08-21\n---\n\nNur Text, kein Video.\n'
  const site = await build(makeSite({}, { 'content/posts/windschutz-fuer-den-kocher.md': plain }))
  const html = fileOf(site, 'windschutz-fuer-den-kocher/index.html')
  expect(html).not.toContain('/_np/consent.js')
  expect(html).not.toContain('np-consent-config')
  const withVideo = await build(makeSite({}))
  expect(fileOf(withVideo, 'windschutz-fuer-den-kocher/index.html')).toContain('/_np/consent.js')
})
