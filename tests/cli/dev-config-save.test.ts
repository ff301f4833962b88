// `nichepress dev` keeps following the config however an editor saves it: in place, by renaming a
// new file over it, or by deleting it and renaming a new one into place (JetBrains' "safe write").
import { renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { type DevServer, startDevServer } from '../helpers/dev-server.js'
import { makeSite, removeSite } from '../helpers/site.js'

const config = (title: string) => JSON.stringify({ title, url: 'https://save.example', language: 'en', legal: { enabled: false }, consent: { enabled: false }, affiliate: { enabled: false } })

let root: string
let dev: DevServer
let browser: Browser
let page: Page

beforeAll(async () => {
  root = makeSite({ 'nichepress.config.json': config('First title'), 'content/posts/hello.md': '---\ntitle: Hello\ndate: 2026-01-01\n---\n\nText.\n' })
  dev = await startDevServer(root, { NO_COLOR: '1' })
  browser = await launchChromium()
  page = await browser.newPage()
  await page.goto(`${dev.url}hello/`)
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await dev?.stop()
  removeSite(root)
})

const headerShows = (title: string) => page.waitForFunction((text) => document.querySelector('header')?.textContent?.includes(text), title, { timeout: 20_000 })
const configFile = () => join(root, 'nichepress.config.json')

test('a config deleted and renamed into place is followed, and so is every later save', async () => {
  unlinkSync(configFile())
  await expect.poll(() => dev.output(), { timeout: 20_000 }).toContain('config-not-found')
  writeFileSync(join(root, 'config.tmp'), config('Second title'))
  renameSync(join(root, 'config.tmp'), configFile())
  await headerShows('Second title')
  writeFileSync(configFile(), config('Third title'))
  await headerShows('Third title')
}, 60_000)

test('a config saved by renaming a new file over it is followed', async () => {
  writeFileSync(join(root, 'config.tmp'), config('Fourth title'))
  renameSync(join(root, 'config.tmp'), configFile())
  await headerShows('Fourth title')
  writeFileSync(configFile(), config('Fifth title'))
  await headerShows('Fifth title')
}, 60_000)
