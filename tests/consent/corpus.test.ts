import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { cliBin, makeSite, removeSite, repoRoot } from '../helpers/site.js'
import { services } from '../../packages/consent/dist/index.js'
import { allowedHosts, corpusConfig, corpusPost, hiddenHost, writeCorpusSite } from './corpus/site.js'
import { vendorSnippets } from './corpus/vendors.js'
import { hostHeaders, routeSite } from './serve.js'

// The guarantee, checked on real vendors' snippets (tests/consent/corpus/vendors.ts) pasted into posts
// and into the theme's head, in Chromium, with the site's own CSP sent as a host would send it and
// every foreign request answered locally; the site itself is served at an https origin, as a host
// serves it, so the CSP applies in full and `//host` URLs mean https: nothing leaves before consent (JavaScript on and off) or
// after "Alle ablehnen"; after "Alle akzeptieren" the services load, and every host contacted is
// named in the privacy policy. A theme script reaching an undeclared host is stopped by the CSP.

let browser: Browser
let root: string
let out: string
let site: ReturnType<typeof routeSite>
let policyText: string

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'np-consent-corpus-'))
  writeCorpusSite(root)
  out = join(root, 'out')
  execFileSync(process.execPath, [cliBin, 'build', '--root', root, '--out', out], { cwd: repoRoot, stdio: 'pipe' })
  policyText = readFileSync(join(out, 'datenschutz/index.html'), 'utf8')
  site = routeSite(out, hostHeaders(out, { https: true }))
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  // The table of the closing note and docs/consent.md, from this run's results: CONSENT_CORPUS_TABLE=<file>.
  if (process.env.CONSENT_CORPUS_TABLE && results.size > 0) writeFileSync(process.env.CONSENT_CORPUS_TABLE, resultTable())
  await browser?.close()
  if (root) rmSync(root, { recursive: true, force: true })
})

interface Visit {
  context: BrowserContext
  requests: URL[]
  violations: string[]
}

async function newVisit(options: { javaScriptEnabled?: boolean } = {}): Promise<Visit> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true })
  const requests: URL[] = []
  const violations: string[] = []
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.hostname === site.host) return site.handle(route)
    requests.push(url)
    const type = route.request().resourceType()
    const contentType = type === 'script' ? 'text/javascript' : type === 'stylesheet' ? 'text/css' : type === 'document' ? 'text/html' : 'text/plain'
    return route.fulfill({ status: 200, contentType, body: '' })
  })
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  return { context, requests, violations }
}

// Visits every snippet's post in one page, records what each contacted under `phase`, and asserts that
// no gated third party has been contacted so far.
async function visitEveryPostExpectingNoGatedRequest(visit: Visit, page: Page, phase: Phase): Promise<void> {
  for (const snippet of vendorSnippets) {
    const before = visit.requests.length
    await load(page, postPath(snippet.id))
    record(snippet.id, phase, visit.requests.slice(before))
    expect(hostsOf(gatedRequests(visit.requests)), snippet.id).toEqual([])
  }
}

// Loads a page and waits until the network is quiet (scripts that load scripts have run).
async function load(page: Page, path: string): Promise<void> {
  await page.goto(`${site.origin}${path}`)
  await page.waitForLoadState('networkidle')
}

const postPath = (id: string) => `/${id}/`
const hostsOf = (requests: readonly URL[]) => [...new Set(requests.map((url) => url.hostname))].sort()

// Consent-free registry services (none since Plausible waits for consent too) would load without
// consent by design and are named in the privacy policy with their legal basis; they are the
// guarantee's only exception besides hosts a site lists in `consent.allow`: the corpus site's
// self-hosted Plausible.
const consentFree = [
  ...services.filter((service) => !service.needsConsent).flatMap((service) => [...service.scriptHosts, ...service.pixelHosts, ...(service.connectHosts ?? [])]),
  ...allowedHosts.map((entry) => entry.host),
]
const gatedRequests = (requests: readonly URL[]) => requests.filter((url) => !consentFree.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`)))

describe('vendor corpus in Chromium', () => {
  test('the corpus has at least 40 real snippets, each with its source', () => {
    expect(vendorSnippets.length).toBeGreaterThanOrEqual(40)
    for (const snippet of vendorSnippets) expect(snippet.source).toMatch(/^https:\/\//)
    const kinds = new Set(vendorSnippets.flatMap((snippet) => snippet.kinds))
    for (const kind of ['script', 'loader', 'iframe', 'image', 'pixel-noscript', 'css', 'font', 'form']) expect(kinds).toContain(kind)
  })

  // The first layer on a 390×844 phone covers at most 35% of the first screen (issue #18), with the
  // longest category list (all three are used here), also with Chromium's "large" and "very large"
  // default font (20 px / 24 px: rem-based sizes grow, the purpose text then scrolls inside the banner),
  // on a small phone, in landscape and on desktop. Everything a visitor needs stays on screen: both
  // buttons, equal in look and size, the privacy policy, the Impressum and the settings.
  const screens = [
    { width: 390, height: 844, font: 16, fits: true },
    { width: 390, height: 844, font: 20, fits: false },
    { width: 390, height: 844, font: 24, fits: false },
    { width: 320, height: 568, font: 16, fits: false },
    { width: 844, height: 390, font: 16, fits: false },
    { width: 1280, height: 800, font: 16, fits: true },
  ]
  test.each(screens)('the banner on $width×$height with a $font px default font covers at most 35% of the screen; buttons equal, links and settings on screen', async ({ width, height, font, fits }) => {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 })
    await context.route('**/*', (route) => (new URL(route.request().url()).hostname === site.host ? site.handle(route) : route.fulfill({ status: 200, body: '' })))
    const page = await context.newPage()
    // The browser's default font size setting (chrome://settings/fonts), which rem-based sizes follow.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Page.enable')
    await cdp.send('Page.setFontSizes' as never, { fontSizes: { standard: font, fixed: 13 } } as never)
    await page.goto(`${site.origin}/`)
    const banner = page.locator('dialog.np-consent-banner')
    await expect.poll(() => banner.isVisible()).toBe(true)
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).not.toBe('0px')
    // All three categories are used here: the longest category list.
    expect(await banner.textContent()).toContain('Wir möchten Statistikdienste, Marketingdienste und externe Medien nutzen.')
    const box = await banner.boundingBox()
    if (!box) throw new Error('banner has no box')
    const covered = ((Math.min(box.y + box.height, height) - Math.max(box.y, 0)) * (Math.min(box.x + box.width, width) - Math.max(box.x, 0))) / (width * height)
    expect(covered).toBeLessThanOrEqual(0.35)
    // Each control lies fully inside the banner and the viewport.
    for (const control of [page.getByRole('button', { name: 'Alle akzeptieren' }), page.getByRole('button', { name: 'Alle ablehnen' }), page.getByRole('button', { name: 'Einstellungen' }), banner.getByRole('link', { name: 'Datenschutz' }), banner.getByRole('link', { name: 'Impressum' })]) {
      const inner = await control.boundingBox()
      if (!inner) throw new Error('control has no box')
      expect(inner.y).toBeGreaterThanOrEqual(box.y)
      expect(inner.y + inner.height).toBeLessThanOrEqual(Math.min(box.y + box.height, height) + 0.5)
      expect(inner.x + inner.width).toBeLessThanOrEqual(width + 0.5)
    }
    // "Alle ablehnen" is as prominent as "Alle akzeptieren": same size, weight, colours and border.
    const looks = await banner.locator('.np-consent-buttons button').evaluateAll((buttons) =>
      buttons.map((button) => {
        const style = getComputedStyle(button)
        const rect = button.getBoundingClientRect()
        return [Math.round(rect.width), Math.round(rect.height), style.fontSize, style.fontWeight, style.backgroundColor, style.color, style.borderTopWidth, style.borderTopColor].join(' ')
      }),
    )
    expect(looks).toHaveLength(2)
    expect(new Set(looks).size).toBe(1)
    // The purpose text: complete without scrolling where it fits; else its start is visible and the rest scrolls inside the banner.
    const text = await banner.locator('.np-consent-text').evaluate((element) => ({ scroll: element.scrollHeight, client: element.clientHeight, overflow: getComputedStyle(element).overflowY, line: Number.parseFloat(getComputedStyle(element.querySelector('p') ?? element).lineHeight) }))
    if (fits) expect(text.scroll).toBeLessThanOrEqual(text.client + 1)
    else {
      expect(text.overflow).toBe('auto')
      expect(text.client).toBeGreaterThanOrEqual(text.line)
    }
    // The footer's own legal links are not hidden behind the banner at the end of the page.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const footerLink = page.locator('footer a[href="/impressum/"]').first()
    const hit = await footerLink.evaluate((link) => {
      const rect = link.getBoundingClientRect()
      return document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2) === link
    })
    expect(hit).toBe(true)
    await context.close()
  })

  test('negative control: the interception sees a plain third-party request', async () => {
    const visit = await newVisit()
    const page = await visit.context.newPage()
    await page.setContent('<img src="https://control.example/p.gif">')
    await page.waitForLoadState('networkidle')
    expect(hostsOf(visit.requests)).toEqual(['control.example'])
    expect(consentFree.length).toBeGreaterThan(0)
    await visit.context.close()
  })

  test('before consent, JavaScript on: no page contacts a third party; the CSP stops the hidden host', async () => {
    const visit = await newVisit()
    const page = await visit.context.newPage()
    await visitEveryPostExpectingNoGatedRequest(visit, page, 'jsOn')
    expect(await page.locator('dialog.np-consent-banner').isVisible()).toBe(true)
    expect(visit.violations.some((text) => text.includes(hiddenHost))).toBe(true)
    expect(consentFree.every((host) => namedInPolicy(host))).toBe(true)
    await visit.context.close()
  }, 180_000)

  test('before consent, JavaScript off: no page contacts a third party (noscript fallbacks are gone)', async () => {
    const visit = await newVisit({ javaScriptEnabled: false })
    const page = await visit.context.newPage()
    await visitEveryPostExpectingNoGatedRequest(visit, page, 'jsOff')
    await visit.context.close()
  }, 180_000)

  test('after "Alle ablehnen" and a reload, no page contacts a third party', async () => {
    const visit = await newVisit()
    const page = await visit.context.newPage()
    await load(page, '/')
    await page.getByRole('button', { name: 'Alle ablehnen' }).click()
    await page.reload()
    await page.waitForLoadState('networkidle')
    await visitEveryPostExpectingNoGatedRequest(visit, page, 'reject')
    await visit.context.close()
  }, 180_000)

  test('after "Alle akzeptieren" every snippet loads, only from hosts the privacy policy names; the hidden host stays blocked', async () => {
    const visit = await newVisit()
    const page = await visit.context.newPage()
    await load(page, '/')
    await page.getByRole('button', { name: 'Alle akzeptieren' }).click()
    const silent: string[] = []
    for (const snippet of vendorSnippets) {
      const before = visit.requests.length
      const violationsBefore = visit.violations.length
      await load(page, postPath(snippet.id))
      // The theme's snippets load on every page; the post's own must add requests of its own.
      const onPage = visit.requests.slice(before)
      const named = [...snippet.html.matchAll(/\/\/([a-z0-9.-]+\.[a-z]{2,})/gi)].map((match) => (match[1] ?? '').toLowerCase())
      const loadsOwn = onPage.some((url) => named.includes(url.hostname) || !themeHost(url))
      record(snippet.id, 'accept', onPage.filter((url) => named.includes(url.hostname) || !themeHost(url)))
      // CSP refusals of this post's own hosts (the theme's copies are refused on every page alike).
      const refused = visit.violations.slice(violationsBefore).map((text) => /'(https?:\/\/[^/']+)/.exec(text)?.[1] ?? '')
      blockedAfterAccept.set(snippet.id, refused.filter((url) => url !== '' && named.includes(new URL(url).hostname)))
      if (!loadsOwn && !snippet.theme) silent.push(snippet.id)
    }
    expect(silent).toEqual([])
    // On an https site nothing a snippet names is refused by the CSP after consent: the policy lists it.
    expect([...blockedAfterAccept].filter(([, refused]) => refused.length > 0)).toEqual([])
    const contacted = hostsOf(visit.requests)
    expect(contacted).not.toContain(hiddenHost)
    const unnamed = contacted.filter((host) => !namedInPolicy(host))
    expect(unnamed).toEqual([])
    await visit.context.close()
  }, 240_000)
})

// Hosts the theme's head snippets contact on every page (they are tested on every page already).
const themeHostPatterns = [/bat\.bing\.com$/, /ads-twitter\.com$/, /etracker\.com$/, /dwin1\.com$/, /googletagmanager\.com$/, /googlesyndication\.com$/, /plausible\.io$/, /clarity\.ms$/, /hotjar\.com$/, /connect\.facebook\.net$/, /licdn\.com$/, /analytics\.tiktok\.com$/, /pinimg\.com$/, /stats\.example\.org$/, /fonts\.(googleapis|gstatic)\.com$/, /cloudflareinsights\.com$/, /umami\.is$/, /simpleanalyticscdn\.com$/, /usefathom\.com$/, /redditstatic\.com$/, /sc-static\.net$/, /matomo\.cloud$/]
function themeHost(url: URL): boolean {
  return themeHostPatterns.some((pattern) => pattern.test(url.hostname))
}

// The privacy policy names a host itself or a registrable domain it belongs to (`disqus.com` for `example.disqus.com`).
function namedInPolicy(host: string): boolean {
  const parts = host.split('.')
  for (let index = 0; index < parts.length - 1; index++) {
    if (policyText.includes(parts.slice(index).join('.'))) return true
  }
  return false
}

// Per snippet: how the build treated it (read from the built post) and which third-party hosts each visit contacted.
type Phase = 'jsOn' | 'jsOff' | 'reject' | 'accept'
const results = new Map<string, Partial<Record<Phase, URL[]>>>()
// CSP violations on a post after "accept all" (besides the hidden host's), by snippet.
const blockedAfterAccept = new Map<string, string[]>()
function record(id: string, phase: Phase, requests: readonly URL[]): void {
  results.set(id, { ...results.get(id), [phase]: [...requests] })
}

const registryIds = new Set(services.map((service) => service.id))

function verdict(id: string): string {
  const snippet = vendorSnippets.find((entry) => entry.id === id)
  if (!snippet) return ''
  const html = readFileSync(join(out, id, 'index.html'), 'utf8')
  // A theme-only snippet (its post copy is refused) is judged by the theme's head.
  const main = snippet.contentRefused ? html.slice(html.indexOf('<head'), html.indexOf('</head>')) : html.slice(html.indexOf('<main'), html.indexOf('</main>'))
  const how = [
    main.includes('class="np-consent-embed"') ? 'placeholder' : '',
    /<script[^>]*type="text\/plain"/.test(main) ? 'script blocked' : '',
    /<template data-consent-/.test(main.replace(/<div class="np-consent-embed"[\s\S]*?<\/template><\/div>/g, '')) ? 'template' : '',
    main.includes('data-np-style') ? 'style held back' : '',
  ].filter(Boolean)
  const service = registryIds.has(snippet.service) ? services.find((entry) => entry.id === snippet.service) : undefined
  const origin = service ? 'registry' : '`consent.allow` (build error without it)'
  const category = service?.category
  if (service && !service.needsConsent) return `consent-free (${origin}: ${service.name}), named in the privacy policy`
  if (how.length === 0) return `loads without consent (${origin}), named in the privacy policy`
  return `gated, ${category} (${origin}): ${how.join(', ')}`
}

function requestsCell(requests: readonly URL[] | undefined, free: boolean): string {
  if (!requests) return 'not run'
  const hosts = hostsOf(free ? requests : gatedRequests(requests))
  const freeHosts = free ? [] : hostsOf(requests.filter((url) => !gatedRequests([url]).length))
  const main = hosts.length === 0 ? '0' : `${hosts.length}: ${hosts.join(', ')}`
  return freeHosts.length > 0 ? `${main} (+ consent-free ${freeHosts.join(', ')})` : main
}

// A vendor's name as Markdown table text: "<link>" and "<style>" in a name were elements of the docs
// page (a style element swallowed the rest of the table; a link element is refused content).
function markdownCell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\|/g, '\\|')
}

function resultTable(): string {
  const lines = [
    '| snippet (vendor) | verdict | third-party hosts before consent, JS on / JS off | after "Alle ablehnen" + reload | after "Alle akzeptieren" |',
    '| --- | --- | --- | --- | --- |',
  ]
  for (const snippet of vendorSnippets) {
    const result = results.get(snippet.id) ?? {}
    const place = snippet.contentRefused ? ' (theme head; a post copy is refused: content-unsafe-html)' : snippet.theme ? ' (post + theme head)' : ''
    const blocked = [...new Set(blockedAfterAccept.get(snippet.id) ?? [])]
    const accepted =
      (result.accept ? (result.accept.length === 0 ? (snippet.theme ? 'theme copy loads on every page' : '0') : `loads: ${hostsOf(result.accept).join(', ')}`) : 'not run') +
      (blocked.length > 0 ? `; CSP refused ${blocked.join(', ')}` : '')
    lines.push(`| ${markdownCell(snippet.vendor)}${place} | ${verdict(snippet.id)} | ${requestsCell(result.jsOn, false)} / ${requestsCell(result.jsOff, false)} | ${requestsCell(result.reject, false)} | ${accepted} |`)
  }
  return `${lines.join('\n')}\n`
}

// A vendor snippet whose inline script runs without consent (etracker's configuration block) belongs in the theme: pasted into a post, core refuses the script at its line
// (content is untrusted, and a guest post could put any code next to the loader).
test.each(vendorSnippets.filter((snippet) => snippet.contentRefused))('$id pasted into a post: refused at its inline script with content-unsafe-html, the fix naming the theme', (snippet) => {
  const post = corpusPost(snippet, '2026-01-01', snippet.html)
  const siteRoot = makeSite({ 'nichepress.config.json': JSON.stringify(corpusConfig()), 'content/posts/snippet.md': post })
  try {
    let output = ''
    try {
      execFileSync(process.execPath, [cliBin, 'build', '--root', siteRoot], { cwd: repoRoot, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } })
    } catch (error) {
      output = String((error as { stderr?: Buffer }).stderr ?? '') + String((error as { stdout?: Buffer }).stdout ?? '')
    }
    const line = post.split('\n').findIndex((text) => /^<script(?![^>]*\ssrc=)[^>]*>/.test(text)) + 1
    expect(line).toBeGreaterThan(0)
    expect(output).toMatch(new RegExp(`${line}:1 +error .*content-unsafe-html`))
    expect(output).toContain('theme')
  } finally {
    removeSite(siteRoot)
  }
}, 60_000)
