import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { type DevServer, startDevServer } from '../helpers/dev-server.js'
import { makeSite, removeSite } from '../helpers/site.js'

const config = {
  title: 'Devblog',
  url: 'https://dev.example',
  language: 'en',
  legal: { enabled: false },
  consent: { enabled: false },
  affiliate: { enabled: false },
}

function post(text: string): string {
  return `---\ntitle: Hello\ndate: 2026-01-01\n---\n\n${text}\n`
}

let root: string
let dev: DevServer
let browser: Browser
let url: string

beforeAll(async () => {
  root = makeSite({ 'nichepress.config.json': JSON.stringify(config), 'content/posts/hello.md': post('First version.') })
  dev = await startDevServer(root)
  url = dev.url
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await dev?.stop()
  removeSite(root)
})

test('nichepress dev reloads the open page with the edited text', async () => {
  const page = await browser.newPage()
  await page.goto(`${url}hello/`)
  await expect.poll(() => page.textContent('main')).toContain('First version.')
  writeFileSync(join(root, 'content/posts/hello.md'), post('Second version, edited.'))
  await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('Second version, edited.'), undefined, { timeout: 20_000 })
  expect(await page.textContent('main')).not.toContain('First version.')
  // The edit took the fast path (one page re-rendered before the full rebuild).
  expect(dev.output()).toMatch(/⚡ hello\/index\.html updated/)
})

test('an edit to the text swaps <main> in place: no reload, the scroll position kept', async () => {
  const long = Array.from({ length: 120 }, (_, index) => `Paragraph ${index} of a long post.`).join('\n\n')
  // `✔ built N pages` once per finished build (the ✔ may carry colour codes when CI is set).
  const builds = () => dev.output().match(/ built \d+ pages/g)?.length ?? 0
  const before = builds()
  writeFileSync(join(root, 'content/posts/hello.md'), post(`${long}\n\nEnding one.`))
  // Load the page on a quiet server (its full rebuild done), as an author opens a page and then edits.
  await expect.poll(builds, { timeout: 30_000 }).toBeGreaterThan(before)
  for (let seen = 0; seen !== builds(); ) {
    seen = builds()
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } })
  await page.goto(`${url}hello/`)
  await expect.poll(() => page.textContent('main'), { timeout: 20_000 }).toContain('Ending one.')
  await page.evaluate(() => {
    ;(window as unknown as { stillHere: boolean }).stillHere = true
    window.scrollTo(0, 1500)
  })
  const scrolled = await page.evaluate(() => window.scrollY)
  expect(scrolled).toBeGreaterThan(1000)
  writeFileSync(join(root, 'content/posts/hello.md'), post(`${long}\n\nEnding two.`))
  await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('Ending two.'), undefined, { timeout: 20_000 })
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true)
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled)
  await page.close()
})

test('a change outside the content (the site title in the header) reloads the whole page', async () => {
  const page = await browser.newPage()
  await page.goto(`${url}hello/`)
  await page.evaluate(() => {
    ;(window as unknown as { stillHere: boolean }).stillHere = true
  })
  writeFileSync(join(root, 'nichepress.config.json'), JSON.stringify({ ...config, title: 'Renamed blog' }))
  await page.waitForFunction(() => document.querySelector('header')?.textContent?.includes('Renamed blog'), undefined, { timeout: 30_000 })
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined()
  writeFileSync(join(root, 'nichepress.config.json'), JSON.stringify(config))
  await page.close()
})

test('the dev server serves link suggestions for a page of the last build', async () => {
  const known = await fetch(`${url}__nichepress/links?page=content/posts/hello.md`)
  expect(known.status).toBe(200)
  expect(Array.isArray(await known.json())).toBe(true)
  const unknown = await fetch(`${url}__nichepress/links?page=content/posts/missing.md`)
  expect(unknown.status).toBe(404)
})
