import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { cliBin, repoRoot } from '../helpers/site.js'
import { hostHeaders, serve } from './serve.js'
import { interceptThirdParties } from './stand-ins.js'

// A post's CSS (a pasted <style>, style attributes, a theme partial) must not hide or cover the consent
// banner or the settings dialog: trackers would stay blocked, but the visitor could neither consent nor
// refuse. Each payload is one post of a real site, served with the site's own CSP. For each: the banner
// shows with ink on its buttons (a screenshot), each button is the topmost element at its centre, and a
// mouse click there records the decision; the settings dialog opens and works the same way.
const payloads: Array<{ name: string; html: string }> = [
  { name: 'host hidden by tag name', html: '<style>np-consent,np-consent *{display:none!important;visibility:hidden!important}</style>' },
  { name: 'the classes hidden', html: '<style>.np-consent,.np-consent-banner,.np-consent-dialog,dialog{display:none!important;opacity:0!important}</style>' },
  { name: 'everything invisible', html: '<style>*{visibility:hidden!important}</style>' },
  { name: 'every div and dialog gone', html: '<style>body>div,html>*:not(body),dialog,[popover]{display:none!important}</style>' },
  { name: 'popover state targeted', html: '<style>:popover-open,[popover]{display:none!important;opacity:0!important;translate:0 300vh!important}</style>' },
  { name: 'full-screen overlay with the highest z-index', html: '<div style="position:fixed;inset:0;z-index:2147483647;background:#fff"></div>' },
  { name: 'overlay from a pseudo-element', html: '<style>body::after{content:"";position:fixed;inset:0;z-index:2147483647;background:#fff}</style>' },
  { name: 'overlay from the host’s pseudo-element', html: '<style>np-consent::before,np-consent::after{content:"";position:fixed;inset:0;z-index:2147483647;background:#fff}</style>' },
  { name: 'pointer events off everywhere', html: '<style>html,body,*{pointer-events:none!important}</style>' },
  { name: 'font size zero', html: '<style>:root,*{font-size:0!important;line-height:0!important}</style>' },
  { name: 'clip-path on everything', html: '<style>*{clip-path:inset(50%)!important}</style>' },
  { name: 'transform off-screen', html: '<style>*{transform:translate(-300vw,300vh)!important}</style>' },
  { name: 'the root element hidden', html: '<style>html{display:none!important}</style>' },
  { name: 'the root element transparent', html: '<style>:root{opacity:0!important}</style>' },
  { name: 'the root element zoomed away', html: '<style>html{zoom:.02}</style>' },
  { name: 'the root element skipped', html: '<style>:root{content-visibility:hidden}</style>' },
  { name: 'every property unset', html: '<style>*{all:unset!important}</style>' },
  { name: 'a cascade layer', html: '<style>@layer hide{np-consent,dialog{display:none!important}}</style>' },
  { name: 'transparent theme colours', html: '<style>:root{--np-consent-button-bg:transparent;--np-consent-button-fg:transparent;--np-consent-button-border:transparent;--fg:transparent;--surface:transparent}</style>' },
  { name: 'button text in its own colour', html: '<style>:root{--np-consent-button-bg:#fff;--np-consent-button-fg:#fefefe}</style>' },
]

let browser: Browser
let site: { origin: string; close(): Promise<void> }
let plainSite: { origin: string; close(): Promise<void> }
let decoder: Page
let temp: string

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'np-hostile-css-'))
  // Inside the repository, like consent.test.ts: the config resolves nichepress from the workspace.
  const copy = join(repoRoot, 'tests/consent', `.site-hostile-${process.pid}`)
  cpSync(join(repoRoot, 'starters/nischenblog'), copy, { recursive: true })
  payloads.forEach((payload, index) => {
    const front = `---\ntitle: "Feindliches CSS ${index + 1}: ${payload.name.replace(/"/g, '')}"\ndescription: "Prüfseite ${index + 1} für das Einwilligungsbanner: ${payload.name.replace(/"/g, '')}; das Banner muss sichtbar und bedienbar bleiben."\ndate: 2026-01-${String(index + 1).padStart(2, '0')}\nauthor: jana\n---\n\n`
    writeFileSync(join(copy, 'content/posts', `hostile-${index + 1}.md`), `${front}Ein Absatz vor dem Stil.\n\n${payload.html}\n\nEin Absatz danach.\n`)
  })
  const out = join(temp, 'out')
  try {
    execFileSync(process.execPath, [cliBin, 'build', '--root', copy, '--out', out], { cwd: repoRoot, stdio: 'pipe' })
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
  ;[site, plainSite, browser] = await Promise.all([serve(out, hostHeaders(out)), serve(out), launchChromium()])
  decoder = await browser.newPage()
}, 180_000)

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close(), plainSite?.close()])
  rmSync(temp, { recursive: true, force: true })
})

/** The centre of a control inside the banner's shadow root, and what the page hit-tests there. */
function probe(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const host = document.querySelector('np-consent')
    const control = host?.shadowRoot?.querySelector<HTMLElement>(selector)
    if (!host || !control) return undefined
    const box = control.getBoundingClientRect()
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    const topmost = document.elementFromPoint(x, y) === host && host.shadowRoot?.elementFromPoint(x, y)?.closest(selector) === control
    return { x, y, width: box.width, height: box.height, topmost, inViewport: x > 0 && y > 0 && x < innerWidth && y < innerHeight }
  }, selector)
}

/** Share of a screenshot's pixels that differ clearly from its most common colour: text and borders. */
async function ink(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  const png = (await page.screenshot({ clip: { x: box.x - box.width / 2, y: box.y - box.height / 2, width: box.width, height: box.height } })).toString('base64')
  return decoder.evaluate(async (png) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob())
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const context = canvas.getContext('2d')
    if (!context) return 0
    context.drawImage(bitmap, 0, 0)
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data
    const counts = new Map<number, number>()
    for (let i = 0; i < data.length; i += 4) counts.set(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0), (counts.get(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0)) ?? 0) + 1)
    const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
    let differing = 0
    for (let i = 0; i < data.length; i += 4) {
      const distance = Math.abs((data[i] ?? 0) - (common >> 16)) + Math.abs((data[i + 1] ?? 0) - ((common >> 8) & 255)) + Math.abs((data[i + 2] ?? 0) - (common & 255))
      if (distance > 150) differing++
    }
    return differing / (data.length / 4)
  }, png)
}

async function expectUsable(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const found = await probe(page, selector)
  expect(found, `${selector} exists`).toBeDefined()
  if (!found) throw new Error(`${selector} missing`)
  expect(found.width, `${selector} has a width`).toBeGreaterThan(20)
  expect(found.height, `${selector} has a height`).toBeGreaterThan(10)
  expect(found.inViewport, `${selector} is on screen`).toBe(true)
  expect(found.topmost, `${selector} is the topmost element at its centre`).toBe(true)
  expect(await ink(page, found), `${selector} shows its text`).toBeGreaterThan(0.02)
  return found
}

test.each(payloads.map((payload, index) => ({ ...payload, path: `/hostile-${index + 1}/` })))('$name: banner and dialog stay visible, on top and clickable', async ({ path }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  await interceptThirdParties(context)
  const page = await context.newPage()
  const response = await page.goto(`${site.origin}${path}`)
  expect(response?.status()).toBe(200)
  // The payload reached the page as written (not dropped by the content rules).
  expect(await page.evaluate(() => document.querySelectorAll('body style, body div[style]').length)).toBeGreaterThan(0)
  await page.waitForFunction(() => document.querySelector('np-consent')?.shadowRoot?.querySelector('dialog.np-consent-banner[open]'))
  await expectUsable(page, '[data-np="all"]')
  await expectUsable(page, '[data-np="none"]')
  const settings = await expectUsable(page, '[data-np="settings"]')
  await page.mouse.click(settings.x, settings.y)
  await page.waitForFunction(() => document.querySelector('np-consent')?.shadowRoot?.querySelector('dialog.np-consent-dialog[open]'))
  const save = await expectUsable(page, '.np-consent-dialog [data-np="save"]')
  await page.mouse.click(save.x, save.y)
  await page.waitForFunction(() => document.cookie.includes('np_consent='))
  expect(await page.evaluate(() => document.querySelector('np-consent')?.shadowRoot?.querySelector('dialog[open]') ?? null)).toBeNull()
  // The first layer's own button, after a reload without a decision.
  await context.clearCookies()
  await page.reload()
  await page.waitForFunction(() => document.querySelector('np-consent')?.shadowRoot?.querySelector('dialog.np-consent-banner[open]'))
  const again = await expectUsable(page, '[data-np="none"]')
  await page.mouse.click(again.x, again.y)
  await page.waitForFunction(() => document.cookie.includes('np_consent='))
  const decision = JSON.parse(decodeURIComponent((await context.cookies()).find((cookie) => cookie.name === 'np_consent')?.value ?? '{}')) as { services?: string[] }
  expect(decision.services).toEqual([])
  await context.close()
}, 60_000)

// An older browser: no popover API (Safari before 17), no constructable stylesheets (Safari before 16.4).
// The banner still shows above the page (its z-index: here above a full-screen overlay, payload 6) and
// works; only where a CSP forbids its <style> would it lose its look (served here without the CSP).
test('without the popover API and constructable stylesheets the banner still shows and works', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  await context.addInitScript(() => {
    // As there: `popover` is a plain property (no attribute, no UA style), showPopover is missing.
    const plain = new WeakMap<object, unknown>()
    Object.defineProperty(HTMLElement.prototype, 'popover', { configurable: true, get() { return plain.get(this) }, set(value) { plain.set(this, value) } })
    Object.defineProperty(HTMLElement.prototype, 'showPopover', { value: undefined })
    Object.defineProperty(window, 'CSSStyleSheet', { value: undefined })
  })
  await interceptThirdParties(context)
  const page = await context.newPage()
  await page.goto(`${plainSite.origin}/hostile-6/`)
  await page.waitForFunction(() => document.querySelector('np-consent')?.shadowRoot?.querySelector('dialog.np-consent-banner[open]'))
  expect(await page.evaluate(() => document.querySelector('np-consent')?.shadowRoot?.querySelector('style') !== null)).toBe(true)
  expect(await page.evaluate(() => document.querySelector('np-consent')?.hasAttribute('popover'))).toBe(false)
  const reject = await expectUsable(page, '[data-np="none"]')
  await page.mouse.click(reject.x, reject.y)
  await page.waitForFunction(() => document.cookie.includes('np_consent='))
  await context.close()
}, 60_000)
