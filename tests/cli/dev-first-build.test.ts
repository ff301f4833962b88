// `nichepress dev` in real Chromium when its very first build fails (an import with errors, a typo
// before the first save): the browser got "Not found" for every page and no overlay, since the
// overlay rides on a built page. Now a page request shows the problems and reloads once they are fixed.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { type DevServer, startDevServer } from '../helpers/dev-server.js'
import { makeSite, removeSite } from '../helpers/site.js'

const config = { title: 'Firstbuild', url: 'https://first.example', language: 'en', legal: { enabled: false }, consent: { enabled: false }, affiliate: { enabled: false } }
const post = (date: string, text: string) => `---\ntitle: Hello\ndate: ${date}\n---\n\n${text}\n`

let root: string
let dev: DevServer
let browser: Browser

beforeAll(async () => {
  root = makeSite({ 'nichepress.config.json': JSON.stringify(config), 'content/posts/hello.md': post('2026-02-30', 'Broken from the start.') })
  dev = await startDevServer(root, { NO_COLOR: '1' })
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await dev?.stop()
  removeSite(root)
})

test('a first build that fails shows its problems in the overlay on any page, then the site once fixed', async () => {
  expect(dev.output()).toMatch(/1 problem/)
  const page = await browser.newPage()
  const response = await page.goto(`${dev.url}hello/`)
  expect(response?.status()).toBe(500)
  expect(await page.locator('h1').textContent()).toContain('1 problem')
  const overlay = page.locator('#nichepress-overlay')
  await overlay.waitFor({ state: 'visible', timeout: 20_000 })
  await expect.poll(() => overlay.textContent()).toContain('content/posts/hello.md:3:1')
  // Files other than pages are still not found (no HTML page for a stylesheet request).
  const css = await fetch(`${dev.url}assets/missing.css`)
  expect(css.status).toBe(404)

  writeFileSync(join(root, 'content/posts/hello.md'), post('2026-01-02', 'Fixed now.'))
  await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('Fixed now.'), undefined, { timeout: 30_000 })
  expect(await page.locator('#nichepress-overlay').count()).toBe(0)
}, 90_000)
