import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { AxeResults } from 'axe-core'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { htmlErrors } from '../helpers/html-validate.js'
import { cliBin, readTree } from '../helpers/site.js'
import { cliHasCommand, createAndBuild, type CreatedSite } from './created-site.js'
import { serveDirectory } from './serve-directory.js'

// Each starter, created by create-nichepress as a user would, must build, lint and audit clean,
// be valid and accessible, and ship a light post page. `post` is a post page per starter.
const cases = [
  { starter: 'nischenblog', post: '/haeufige-fragen-kochen-im-van/' },
  { starter: 'blog', post: '/writing-accessible-markdown/' },
  { starter: 'produkt', post: '/blog/fuenf-anfaengerfehler-beim-sauerteig/' },
] as const

const axeSource = readFileSync(join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8')
const hasLint = cliHasCommand('lint')
const hasAudit = cliHasCommand('audit')
let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe.each(cases)('the $starter starter, created with create-nichepress', ({ starter, post }) => {
  let site: CreatedSite
  let tree: Map<string, Buffer>
  beforeAll(() => {
    site = createAndBuild(starter)
    tree = readTree(site.out)
  })
  afterAll(() => rmSync(site.parent, { recursive: true, force: true }))

  test('has the answers in its config and a released nichepress version', () => {
    const config = readFileSync(join(site.root, 'nichepress.config.ts'), 'utf8')
    expect(config).toContain(`  title: 'Test ${starter}',\n  url: 'https://${starter}.test.example',`)
    const manifest = JSON.parse(readFileSync(join(site.root, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string> }
    expect(manifest).toMatchObject({ name: `my-${starter}`, dependencies: { nichepress: '^0.1.0' } })
    for (const file of ['netlify.toml', 'vercel.json', 'README.md']) expect(readFileSync(join(site.root, file), 'utf8'), file).toContain('public')
  })

  test('builds without warnings, with home, the post and the legal pages', () => {
    expect(site.summary.ok).toBe(true)
    expect(site.summary.warnings).toEqual([])
    expect(tree.has('index.html')).toBe(true)
    expect(tree.has(`${post.slice(1)}index.html`)).toBe(true)
    expect([...tree.keys()].some((path) => /^(impressum|legal-notice)\/index\.html$/.test(path))).toBe(true)
  })

  test('every page is valid HTML (html-validate recommended)', async () => {
    const problems: string[] = []
    for (const [path, bytes] of tree) {
      if (path.endsWith('.html')) problems.push(...(await htmlErrors(bytes.toString('utf8'))).map((error) => `${path} ${error}`))
    }
    expect(problems).toEqual([])
  })

  test.runIf(hasLint)('nichepress lint reports nothing', () => {
    expect(() => execFileSync(process.execPath, [cliBin, 'lint', '--root', site.root], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow()
  })

  test.runIf(hasAudit)('nichepress audit of the output reports nothing', () => {
    expect(() => execFileSync(process.execPath, [cliBin, 'audit', site.out], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow()
  })

  test('the post page weighs under 30 KB gzipped (HTML, CSS and JS; images excluded)', () => {
    const html = tree.get(`${post.slice(1)}index.html`)?.toString('utf8') ?? ''
    const assets = [...html.matchAll(/<(?:link rel="stylesheet" href|script src)="(\/[^"?]+)/g)].map((match) => match[1]?.slice(1) as string)
    expect(assets).toContain('assets/style.css')
    const bytes = [Buffer.from(html), ...assets.map((path) => tree.get(path) ?? Buffer.alloc(0))].reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0)
    expect(bytes).toBeGreaterThan(2_000)
    expect(bytes).toBeLessThan(30 * 1024)
  })

  test('axe-core finds no WCAG 2 A/AA violations on the home page and the post', async () => {
    const { origin, server } = await serveDirectory(site.out)
    const page = await browser.newPage()
    try {
      const violations: string[] = []
      for (const path of ['/', post]) {
        await page.goto(`${origin}${path}`)
        await page.addScriptTag({ content: axeSource })
        const result = (await page.evaluate(() => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }))) as AxeResults
        violations.push(...result.violations.map((violation) => `${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`))
        expect(result.passes.length, path).toBeGreaterThan(10)
      }
      expect(violations).toEqual([])
    } finally {
      await page.close()
      server.close()
    }
  })
})
