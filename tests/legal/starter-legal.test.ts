import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { htmlErrors } from '../helpers/html-validate.js'
import { cliBin, readTree, repoRoot } from '../helpers/site.js'

const starter = join(repoRoot, 'starters/nischenblog')
const legalPaths = ['impressum/index.html', 'datenschutz/index.html', 'cookies/index.html']
let out: string
let tree: Map<string, Buffer>

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'np-legal-starter-'))
  execFileSync(process.execPath, [cliBin, 'build', '--root', starter, '--out', out, '--no-cache', '--json'], { encoding: 'utf8' })
  tree = readTree(out)
})
afterAll(() => rmSync(out, { recursive: true, force: true }))

const html = (path: string) => tree.get(path)?.toString('utf8') ?? ''

describe('the starter’s legal pages', () => {
  test('are built with the theme’s page layout and pass html-validate (recommended)', async () => {
    for (const path of legalPaths) {
      expect(html(path), path).toContain('<article class="page">')
      expect(await htmlErrors(html(path)), path).toEqual([])
    }
  })

  test('are linked from every page’s footer', () => {
    let pages = 0
    for (const [path, bytes] of tree) {
      if (!path.endsWith('.html') || bytes.includes('http-equiv="refresh"')) continue
      const footer = bytes.toString('utf8').split('<footer class="site-footer">')[1] ?? ''
      for (const url of ['/impressum/', '/datenschutz/', '/cookies/']) expect(footer, `${path} → ${url}`).toContain(`href="${url}"`)
      pages++
    }
    expect(pages).toBeGreaterThan(10)
  })

  test('the Impressum of a private blogger: address, contact, § 18 MStV, no register or VAT', () => {
    const impressum = html('impressum/index.html')
    expect(impressum).toContain('Am Reiherstieg 18')
    expect(impressum).toContain('href="tel:+494066969123"')
    expect(impressum).toContain('§ 18 Abs. 2 MStV')
    expect(impressum).not.toContain('Registergericht')
    expect(impressum).not.toContain('Umsatzsteuer')
    expect(impressum).not.toContain('hallo@kocherkompass.example')
  })

  test('the privacy policy covers Netlify, Google Analytics and Amazon, the cookie page has the button', () => {
    const privacy = html('datenschutz/index.html')
    for (const id of ['controller', 'hosting', 'consent-manager', 'service-google-analytics', 'affiliate-amazon', 'rights']) expect(privacy).toContain(`<section id="${id}"`)
    expect(privacy).toContain('Netlify, Inc.')
    expect(html('cookies/index.html')).toContain('data-consent-open')
    expect(html('cookies/index.html')).toContain('<code>_ga</code>')
  })

  test('every link into the privacy policy (consent placeholders too) lands on an existing section', () => {
    const ids = new Set([...html('datenschutz/index.html').matchAll(/ id="([^"]+)"/g)].map((match) => match[1]))
    const targets = new Set<string>()
    for (const [path, bytes] of tree) {
      if (path.endsWith('.html')) for (const match of bytes.toString('utf8').matchAll(/href="\/datenschutz\/#([^"]+)"/g)) targets.add(match[1] ?? '')
    }
    expect(targets).toContain('service-youtube')
    for (const target of targets) expect(ids, target).toContain(target)
  })
})
