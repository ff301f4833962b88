import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { cliBin, repoRoot } from '../helpers/site.js'
import { serve } from './serve.js'
import { interceptThirdParties, type RequestLog } from './stand-ins.js'

const require = createRequire(import.meta.url)
const videoPost = '/windschutz-fuer-den-kocher/'
const gtag = 'www.googletagmanager.com/gtag/js'
const embed = 'www.youtube-nocookie.com/embed/'

let browser: Browser
let out: string
let gpcOut: string
let site: { origin: string; close(): Promise<void> }
let gpcSite: { origin: string; close(): Promise<void> }

function build(root: string, target: string): void {
  execFileSync(process.execPath, [cliBin, 'build', '--root', root, '--out', target], { cwd: repoRoot, stdio: 'pipe' })
}

beforeAll(async () => {
  const temp = mkdtempSync(join(tmpdir(), 'np-consent-'))
  out = join(temp, 'out')
  build(join(repoRoot, 'starters/nischenblog'), out)
  // The starter uses no marketing service; a copy adds the Meta Pixel for the GPC case.
  const copy = join(repoRoot, 'tests/consent', `.site-${process.pid}`)
  cpSync(join(repoRoot, 'starters/nischenblog'), copy, { recursive: true })
  const configFile = join(copy, 'nichepress.config.ts')
  writeFileSync(configFile, readFileSync(configFile, 'utf8').replace("services: { 'google-analytics'", "services: { 'meta-pixel': { pixelId: '1234567890' }, 'google-analytics'"))
  gpcOut = join(temp, 'gpc')
  try {
    build(copy, gpcOut)
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
  ;[site, gpcSite, browser] = await Promise.all([serve(out), serve(gpcOut), launchChromium()])
})

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close(), gpcSite?.close()])
  rmSync(join(out, '..'), { recursive: true, force: true })
})

async function open(path = videoPost, options: { gpc?: boolean; origin?: string } = {}): Promise<{ context: BrowserContext; page: Page; log: RequestLog }> {
  const context = await browser.newContext()
  if (options.gpc) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))
  const log = await interceptThirdParties(context)
  const page = await context.newPage()
  await page.goto(`${options.origin ?? site.origin}${path}`)
  return { context, page, log }
}

const banner = (page: Page) => page.locator('dialog.np-consent-banner')
const settings = (page: Page) => page.locator('dialog.np-consent-dialog')
const storageKeys = (page: Page) => page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)])
const cookieNames = async (context: BrowserContext) => (await context.cookies()).map((cookie) => cookie.name).sort()
async function decision(context: BrowserContext): Promise<{ services: string[]; categories: string[]; revision: string }> {
  const cookie = (await context.cookies()).find((entry) => entry.name === 'np_consent')
  if (!cookie) throw new Error('no decision stored')
  return JSON.parse(decodeURIComponent(cookie.value))
}

describe('consent in chromium', () => {
  test('negative control: the listener sees a plain third-party script', async () => {
    const { context, page, log } = await open()
    await page.setContent(`<script src="https://${gtag}?id=G-CONTROL"></script>`)
    expect(log.count(gtag)).toBe(1)
    await context.close()
  })

  test('1. a fresh visit sends nothing to third parties and stores nothing', async () => {
    const { context, page, log } = await open()
    await expect.poll(() => banner(page).isVisible()).toBe(true)
    await page.goto(`${site.origin}/`)
    await expect.poll(() => banner(page).isVisible()).toBe(true)
    expect(log.urls).toEqual([])
    expect(await context.cookies()).toEqual([])
    expect(await storageKeys(page)).toEqual([])
    await context.close()
  })

  test('2. "Alle ablehnen" stores the refusal; nothing loads, also after a reload', async () => {
    const { context, page, log } = await open()
    await page.getByRole('button', { name: 'Alle ablehnen' }).click()
    expect(await decision(context)).toMatchObject({ services: [], categories: [] })
    await page.reload()
    await page.waitForLoadState('load')
    expect(await banner(page).count()).toBe(0)
    expect(log.urls).toEqual([])
    expect(await cookieNames(context)).toEqual(['np_consent'])
    await context.close()
  })

  test('3. "Alle akzeptieren" loads the tracker and the embed exactly once', async () => {
    const { context, page, log } = await open()
    await page.getByRole('button', { name: 'Alle akzeptieren' }).click()
    await expect.poll(() => log.count(embed)).toBe(1)
    await expect.poll(() => log.count(gtag)).toBe(1)
    await expect.poll(() => cookieNames(context)).toContain('_ga')
    expect(log.count('www.youtube.com')).toBe(0)
    expect((await decision(context)).services).toEqual(['google-analytics', 'youtube'])
    await page.reload()
    await expect.poll(() => log.count(gtag)).toBe(2)
    expect(await banner(page).count()).toBe(0)
    await context.close()
  })

  test('4a. consent to one service in the dialog loads only that service', async () => {
    const { context, page, log } = await open()
    await page.getByRole('button', { name: 'Einstellungen' }).click()
    const dialog = settings(page)
    for (const box of await dialog.getByRole('switch').all()) expect(await box.isChecked()).toBe(false)
    await dialog.getByRole('switch', { name: /^YouTube/ }).check()
    await dialog.getByRole('button', { name: 'Auswahl speichern' }).click()
    await expect.poll(() => log.count(embed)).toBe(1)
    expect(log.count(gtag)).toBe(0)
    expect(await decision(context)).toMatchObject({ services: ['youtube'], categories: ['external-media'] })
    await context.close()
  })

  test('4b. a two-click placeholder loads only its iframe and stores nothing', async () => {
    const { context, page, log } = await open()
    await page.getByRole('button', { name: 'Inhalt von YouTube laden' }).click()
    await expect.poll(() => log.count(embed)).toBe(1)
    await expect.poll(() => page.frameLocator('iframe').locator('p').textContent()).toBe('video')
    expect(log.urls.length).toBe(1)
    expect(await context.cookies()).toEqual([])
    await page.reload()
    await page.waitForLoadState('load')
    expect(log.urls.length).toBe(1)
    await context.close()
  })

  test('5. withdrawal via the footer link removes the cookies and stops loading', async () => {
    const { context, page, log } = await open()
    await page.getByRole('button', { name: 'Alle akzeptieren' }).click()
    await expect.poll(() => cookieNames(context)).toEqual(['_ga', '_ga_ABC1234567', 'np_consent'])
    await page.locator('a[data-consent-open]').click()
    const dialog = settings(page)
    expect(await dialog.getByRole('switch', { name: 'Statistik', exact: true }).isChecked()).toBe(true)
    await dialog.getByRole('switch', { name: 'Statistik', exact: true }).uncheck()
    await dialog.getByRole('switch', { name: 'Externe Medien', exact: true }).uncheck()
    const before = log.urls.length
    await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'Auswahl speichern' }).click()])
    expect(await cookieNames(context)).toEqual(['np_consent'])
    expect(await storageKeys(page)).toEqual([])
    await page.reload()
    await page.waitForLoadState('load')
    expect(log.urls.length).toBe(before)
    expect(await page.locator('.np-consent-embed').count()).toBe(1)
    await context.close()
  })

  test('6a. a decision for another revision brings the banner back', async () => {
    const { context, page, log } = await open()
    await page.getByRole('button', { name: 'Alle akzeptieren' }).click()
    const stored = await decision(context)
    await context.addCookies([{ name: 'np_consent', value: encodeURIComponent(JSON.stringify({ ...stored, revision: 'older' })), url: site.origin }])
    const loads = log.count(gtag)
    await page.reload()
    await expect.poll(() => banner(page).isVisible()).toBe(true)
    expect(log.count(gtag)).toBe(loads)
    await context.close()
  })

  test('6b. the decision expires after 12 months', async () => {
    const context = await browser.newContext()
    const log = await interceptThirdParties(context)
    const page = await context.newPage()
    const start = new Date('2026-01-15T10:00:00Z')
    await page.clock.setFixedTime(start)
    await page.goto(`${site.origin}${videoPost}`)
    await page.getByRole('button', { name: 'Alle ablehnen' }).click()
    await page.clock.setFixedTime(new Date('2027-01-14T10:00:00Z'))
    await page.reload()
    await page.waitForLoadState('load')
    expect(await banner(page).count()).toBe(0)
    await page.clock.setFixedTime(new Date('2027-01-16T10:00:00Z'))
    await page.reload()
    await expect.poll(() => banner(page).isVisible()).toBe(true)
    expect(log.urls).toEqual([])
    await context.close()
  })

  test('7. keyboard only: banner and dialog are reachable, operable and pass axe', async () => {
    const { context, page, log } = await open()
    // Banner and dialog sit in the shadow root of <np-consent>: the focused element is the root's.
    const deepFocus = () => page.evaluate(() => {
      let element = document.activeElement
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement
      return { text: element?.textContent?.trim() ?? '', inDialog: Boolean(element?.closest('dialog.np-consent-dialog')) }
    })
    const focused = async () => (await deepFocus()).text
    const reached: string[] = []
    const firstLayer = ['Datenschutz', 'Impressum', 'Einstellungen', 'Alle akzeptieren', 'Alle ablehnen']
    reached.push(await focused())
    for (let step = 0; step < 8 && !firstLayer.every((name) => reached.includes(name)); step++) {
      await page.keyboard.press('Tab')
      reached.push(await focused())
    }
    expect(reached).toEqual(expect.arrayContaining(firstLayer))
    for (let step = 0; step < 8 && (await focused()) !== 'Einstellungen'; step++) await page.keyboard.press('Shift+Tab')
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
    const serious = () =>
      page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe
        const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] })
        return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)
      })
    expect(await serious()).toEqual([])
    await page.keyboard.press('Enter')
    await expect.poll(() => settings(page).isVisible()).toBe(true)
    expect(await settings(page).getAttribute('aria-modal')).toBe('true')
    expect(await serious()).toEqual([])
    // Tab through every control: focus never leaves the dialog, and wraps around.
    const controls = await settings(page).locator('a[href],button,input').count()
    for (let step = 0; step < controls + 2; step++) {
      await page.keyboard.press('Tab')
      expect((await deepFocus()).inDialog).toBe(true)
    }
    await page.keyboard.press('Escape')
    await expect.poll(() => settings(page).count()).toBe(0)
    expect(await focused()).toBe('Einstellungen')
    await page.keyboard.press('Enter')
    await expect.poll(() => settings(page).isVisible()).toBe(true)
    await settings(page).getByRole('switch', { name: /^Google Analytics/ }).focus()
    await page.keyboard.press('Space')
    for (let step = 0; step < controls && (await focused()) !== 'Auswahl speichern'; step++) await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect.poll(() => log.count(gtag)).toBe(1)
    expect(log.count(embed)).toBe(0)
    await context.close()
  })

  test('8. with GPC, "accept all" leaves marketing blocked unless chosen in the dialog', async () => {
    const { context, page, log } = await open('/', { gpc: true, origin: gpcSite.origin })
    await page.getByRole('button', { name: 'Alle akzeptieren' }).click()
    await expect.poll(() => log.count(gtag)).toBe(1)
    expect(log.count('connect.facebook.net')).toBe(0)
    expect((await decision(context)).services).not.toContain('meta-pixel')
    await page.locator('a[data-consent-open]').click()
    expect(await settings(page).locator('.np-consent-gpc').textContent()).toContain('Global Privacy Control')
    await settings(page).getByRole('switch', { name: /^Meta Pixel/ }).check()
    await settings(page).getByRole('button', { name: 'Auswahl speichern' }).click()
    await expect.poll(() => log.count('connect.facebook.net')).toBe(1)
    await context.close()
  })
})
