// `nichepress dev` in real Chromium: a stylesheet or static file change reloads the page; a build
// error shows as an overlay with file:line and the fix, and goes away when the error is fixed.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { type DevServer, startDevServer } from '../helpers/dev-server.js'
import { makeSite, removeSite } from '../helpers/site.js'

const config = { title: 'Overlayblog', url: 'https://overlay.example', language: 'en', legal: { enabled: false }, consent: { enabled: false }, affiliate: { enabled: false } }
const post = (front: string, text: string) => `---\ntitle: Hello\n${front}\n---\n\n${text}\n`

let root: string
let dev: DevServer
let browser: Browser
let page: Page
let url: string

beforeAll(async () => {
  root = makeSite({
    'nichepress.config.json': JSON.stringify(config),
    'content/posts/hello.md': post('date: 2026-01-01', 'First version.'),
    'theme/assets/extra.css': 'body { border-top: 1px solid rgb(1, 2, 3); }\n',
    'theme/partials/head.hbs':
      '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{{title}}</title>\n{{{head}}}\n<link rel="stylesheet" href="/assets/style.css">\n<link rel="stylesheet" href="/assets/extra.css">\n',
    'static/notes.txt': 'one\n',
  })
  dev = await startDevServer(root, { NO_COLOR: '1' })
  url = dev.url
  browser = await launchChromium()
  page = await browser.newPage()
  await page.goto(`${url}hello/`)
  await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('First version.'), undefined, { timeout: 20_000 })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await dev?.stop()
  removeSite(root)
})

/** A mark on the window that only a reload takes away. */
async function markWindow(): Promise<void> {
  await page.evaluate(() => {
    ;(window as unknown as { nichepressMark?: boolean }).nichepressMark = true
  })
}
const reloaded = () => page.waitForFunction(() => !(window as unknown as { nichepressMark?: boolean }).nichepressMark, undefined, { timeout: 20_000 })

test('a stylesheet change reloads the page with the new style', async () => {
  await markWindow()
  expect(await page.evaluate(() => getComputedStyle(document.body).borderTopColor)).toBe('rgb(1, 2, 3)')
  writeFileSync(join(root, 'theme/assets/extra.css'), 'body { border-top: 1px solid rgb(200, 0, 0); }\n')
  await reloaded()
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).borderTopColor), { timeout: 20_000 }).toBe('rgb(200, 0, 0)')
}, 60_000)

test('a static file change reloads the page', async () => {
  await markWindow()
  writeFileSync(join(root, 'static/notes.txt'), 'two\n')
  await reloaded()
  expect(await (await fetch(`${url}notes.txt`)).text()).toBe('two\n')
}, 60_000)

test('a build error shows as an overlay with file:line and the fix, and goes away when fixed', async () => {
  writeFileSync(join(root, 'content/posts/hello.md'), post('date: 2026-02-30', 'Broken version.'))
  const overlay = page.locator('#nichepress-overlay')
  await overlay.waitFor({ state: 'visible', timeout: 20_000 })
  await expect.poll(() => overlay.textContent()).toContain('content/posts/hello.md:3:1')
  const text = (await overlay.textContent()) ?? ''
  expect(text).toContain('Front matter field `date` must be a date that exists in the calendar (got "2026-02-30").')
  expect(text).toContain('fix: ')
  expect(await overlay.getAttribute('role')).toBe('alert')
  // A page opened while the build is broken shows the overlay too.
  const second = await browser.newPage()
  await second.goto(`${url}hello/`)
  await second.locator('#nichepress-overlay').waitFor({ state: 'visible', timeout: 20_000 })
  await second.close()

  writeFileSync(join(root, 'content/posts/hello.md'), post('date: 2026-01-02', 'Fixed version.'))
  await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('Fixed version.'), undefined, { timeout: 20_000 })
  await page.locator('#nichepress-overlay').waitFor({ state: 'detached', timeout: 20_000 })
  expect(await page.locator('#nichepress-overlay').count()).toBe(0)
}, 90_000)

test('an overlay message is text, never HTML', async () => {
  writeFileSync(join(root, 'content/posts/hello.md'), '---\ntitle: [<img src=x onerror="window.pwned=1">\n---\n\nText.\n')
  const overlay = page.locator('#nichepress-overlay')
  await overlay.waitFor({ state: 'visible', timeout: 20_000 })
  expect(await page.locator('#nichepress-overlay img').count()).toBe(0)
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
  writeFileSync(join(root, 'content/posts/hello.md'), post('date: 2026-01-03', 'Fixed again.'))
  await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('Fixed again.'), undefined, { timeout: 20_000 })
}, 90_000)
