import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { cliBin, makeSite, removeSite, repoRoot } from '../helpers/site.js'
import { hostHeaders, routeSite } from './serve.js'

// After consent the runtime releases a vendor's snippet as the original markup would run: the call of
// the vendor's API after a loader without `async` (PayPal's `paypal.Buttons().render()`) runs once the
// loader has run, and a callback defined before an async loader (hCaptcha's `onload=`) exists when it
// loads. The vendor's script is answered slowly, as from the network.

const address = { street: 'Am Reiherstieg 18', postalCode: '21107', city: 'Hamburg', country: 'DE' }
const vendor = {
  id: 'vendorpay',
  name: 'VendorPay',
  category: 'external-media',
  provider: { name: 'VendorPay Ltd', address: '1 Example Street, Dublin', country: 'IE' },
  purpose: { de: 'Bezahlknöpfe.', en: 'Payment buttons.' },
  privacyPolicyUrl: 'https://vendorpay.example/privacy',
  scriptHosts: ['js.vendorpay.example'],
  frameHosts: [],
  pixelHosts: [],
}
const config = {
  title: 'Reihenfolge',
  url: 'https://order.example',
  language: 'de',
  consent: { custom: [vendor] },
  legal: { updated: '2026-11-01', operator: { kind: 'person', name: 'Jana Beispiel', address }, contact: { email: 'hallo@order.example', phone: '+49 40 66969 123' }, responsibleForContent: { name: 'Jana Beispiel', address }, hosting: 'netlify' },
}
const post = (title: string, body: string) => `---\ntitle: "${title}"\ndate: 2026-01-01\n---\n\n${body}\n`

let root: string
let browser: Browser
let site: ReturnType<typeof routeSite>

beforeAll(async () => {
  root = makeSite({
    'nichepress.config.json': JSON.stringify(config),
    // The loader without async, then the call (PayPal's instant render).
    'content/posts/sdk.md': post('SDK', '<script src="https://js.vendorpay.example/sdk.js?client-id=test"></script>\n<div id="buttons"></div>\n<script>window.rendered = VendorPay.render("#buttons")</script>'),
    // A legacy bundle for browsers without modules before the loader: it never runs (nor fires an event).
    'content/posts/nomodule.md': post('Nomodule', '<script nomodule src="https://js.vendorpay.example/legacy.js"></script>\n<script src="https://js.vendorpay.example/sdk.js"></script>\n<div id="legacy"></div>\n<script>window.rendered = VendorPay.render("#legacy")</script>'),
    // The callback first, then the async loader that calls it (hCaptcha's explicit rendering).
    'content/posts/callback.md': post('Callback', '<div id="box"></div>\n<script>function onVendorLoad() { window.rendered = VendorPay.render("#box") }</script>\n<script src="https://js.vendorpay.example/sdk.js?onload=onVendorLoad" async defer></script>'),
  })
  execFileSync(process.execPath, [cliBin, 'build', '--root', root, '--out', join(root, 'out')], { cwd: repoRoot, stdio: 'pipe' })
  site = routeSite(join(root, 'out'), hostHeaders(join(root, 'out'), { https: true }))
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  if (root) removeSite(root)
})

// The vendor's SDK, 300 ms away: defines VendorPay and calls the `onload` callback it was given.
const sdk = (url: URL) => `window.VendorPay = { render: function (selector) { return 'rendered ' + selector } };${url.searchParams.get('onload') ? `window[${JSON.stringify(url.searchParams.get('onload'))}]();` : ''}`

test.each([
  ['sdk', '#buttons'],
  ['callback', '#box'],
  ['nomodule', '#legacy'],
])('%s: before consent nothing runs; after "Alle akzeptieren" the call runs after the loader', async (slug, selector) => {
  const context = await browser.newContext()
  const errors: string[] = []
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.hostname === site.host) return site.handle(route)
    await new Promise((resolve) => setTimeout(resolve, 300))
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: sdk(url) })
  })
  const page = await context.newPage()
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${site.origin}/${slug}/`)
  await page.waitForLoadState('networkidle')
  expect(await page.evaluate(() => (window as unknown as { rendered?: string }).rendered)).toBeUndefined()
  await page.getByRole('button', { name: 'Alle akzeptieren' }).click()
  await expect.poll(() => page.evaluate(() => (window as unknown as { rendered?: string }).rendered), { timeout: 5000 }).toBe(`rendered ${selector}`)
  expect(errors).toEqual([])
  await context.close()
})
