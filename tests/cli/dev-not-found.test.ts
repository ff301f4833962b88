// `nichepress dev` on a path without a page (a draft, a typo, a post not written yet): the browser shows
// the site's 404 page, which must reload like any other page when the site changes, and the terminal
// says why a saved draft does not show.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { type DevServer, startDevServer } from '../helpers/dev-server.js'
import { makeSite, removeSite } from '../helpers/site.js'

const config = { title: 'Notfoundblog', url: 'https://notfound.example', language: 'en', legal: { enabled: false }, consent: { enabled: false }, affiliate: { enabled: false } }
const post = (front: string, text: string) => `---\ntitle: Hello\ndate: 2026-01-01\n${front}---\n\n${text}\n`

let root: string
let dev: DevServer
let browser: Browser

beforeAll(async () => {
  root = makeSite({ 'nichepress.config.json': JSON.stringify(config), 'content/posts/hello.md': post('', 'Published.'), 'content/posts/later.md': post('draft: true\n', 'Not yet.') })
  dev = await startDevServer(root, { NO_COLOR: '1' })
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await dev?.stop()
  removeSite(root)
})

test('a 404 page reloads when the site title in its header changes', async () => {
  const page = await browser.newPage()
  const response = await page.goto(`${dev.url}no-such-page/`)
  expect(response?.status()).toBe(404)
  await expect.poll(() => page.textContent('header')).toContain('Notfoundblog')
  writeFileSync(join(root, 'nichepress.config.json'), JSON.stringify({ ...config, title: 'Renamed blog' }))
  await page.waitForFunction(() => document.querySelector('header')?.textContent?.includes('Renamed blog'), undefined, { timeout: 20_000 })
  await page.close()
}, 60_000)

test('a draft post open in the browser: saving it says in the terminal that it is a draft and how to see it', async () => {
  const page = await browser.newPage()
  expect((await page.goto(`${dev.url}later/`))?.status()).toBe(404)
  writeFileSync(join(root, 'content/posts/later.md'), post('draft: true\n', 'Not yet, edited.'))
  await expect.poll(() => dev.output(), { timeout: 20_000 }).toContain('content/posts/later.md is a draft (`draft: true`): it has no page. `nichepress dev --drafts` shows drafts')
  // Published, it appears in the same tab.
  writeFileSync(join(root, 'content/posts/later.md'), post('', 'Now published.'))
  await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('Now published.'), undefined, { timeout: 20_000 })
  expect(dev.output().match(/later\.md is a draft/g)).toHaveLength(1)
  await page.close()
}, 60_000)
