import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { defaultTexts } from '../../packages/consent/dist/lib/texts.js'
import { launchChromium } from '../helpers/browser.js'
import { cliBin, makeSite, removeSite, repoRoot } from '../helpers/site.js'
import { serve } from './serve.js'
import { interceptThirdParties } from './stand-ins.js'

// Every built-in language's banner, dialog and placeholder at 360 px (a small phone) in Chromium: no
// button or link text is cut or broken inside a word, nothing leaves the viewport, and "reject all"
// looks exactly like "accept all" (EDPB Guidelines 05/2020 and 03/2022; CNIL délibération 2020-092).
// Checked with element boxes (getBoundingClientRect, Range.getClientRects), not pixels.

const languages = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'] as const
const address = { street: 'Musterweg 1', postalCode: '20095', city: 'Hamburg', country: 'DE' }
const video = '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Video" width="560" height="315"></iframe>'

let out = ''
let root = ''
let browser: Browser
let site: { origin: string; close(): Promise<void> }

beforeAll(async () => {
  const files: Record<string, string> = {
    'nichepress.config.json': JSON.stringify({
      title: 'Testblog',
      url: 'https://blog.example',
      language: 'de',
      description: 'A test blog.',
      publisher: { type: 'person', name: 'Pat', url: '/' },
      legal: {
        updated: '2026-11-01',
        operator: { kind: 'person', name: 'Erika Mustermann', address },
        contact: { email: 'kontakt@beispiel.example', phone: '+49 40 1234567' },
        responsibleForContent: { name: 'Erika Mustermann', address },
        hosting: 'netlify',
      },
      // A service of every category, so the dialog lists all of them.
      consent: { services: { 'google-analytics': { measurementId: 'G-ABC1234567' }, 'meta-pixel': { pixelId: '1234567890' } } },
    }),
  }
  for (const lang of languages) files[`content/posts/post-${lang}.md`] = `---\ntitle: Post ${lang}\nlang: ${lang}\ndate: 2026-10-01\n---\n\nText.\n\n${video}\n`
  root = makeSite(files)
  out = join(mkdtempSync(join(tmpdir(), 'np-consent-layout-')), 'out')
  execFileSync(process.execPath, [cliBin, 'build', '--root', root, '--out', out], { cwd: repoRoot, stdio: 'pipe' })
  ;[browser, site] = await Promise.all([launchChromium(), serve(out)])
}, 180_000)

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()])
  removeSite(root)
  removeSite(join(out, '..'))
})

/** Problems of the controls matched by `selector`: cut text, a word broken across lines, outside the viewport. */
function layoutProblems(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = []
    const width = document.documentElement.clientWidth
    // The banner and the dialog are in the shadow root of <np-consent>, placeholders in the document.
    const elements = [...document.querySelectorAll<HTMLElement>(selector), ...(document.querySelector('np-consent')?.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])]
    if (elements.length === 0) problems.push(`nothing matches ${selector}`)
    for (const element of elements) {
      const name = `${element.tagName.toLowerCase()} "${element.textContent?.trim()}"`
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) problems.push(`${name} is not shown`)
      if (box.left < 0 || box.right > width + 0.5) problems.push(`${name} leaves the viewport (${box.left}–${box.right} of ${width})`)
      if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) problems.push(`${name} cuts its text`)
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange()
          range.setStart(node, match.index)
          range.setEnd(node, match.index + match[0].length)
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
          if (lines.size > 1) problems.push(`${name}: "${match[0]}" is broken across ${lines.size} lines`)
          const rect = range.getBoundingClientRect()
          if (rect.right > box.right + 0.5 || rect.left < box.left - 0.5) problems.push(`${name}: "${match[0]}" sticks out of its box`)
        }
      }
    }
    return problems
  }, selector)
}

// The look of a button, as a visitor compares them.
function looks(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => {
    const style = getComputedStyle(element)
    const box = element.getBoundingClientRect()
    return { width: Math.round(box.width), height: Math.round(box.height), top: Math.round(box.top), style: [style.backgroundColor, style.color, style.fontSize, style.fontWeight, style.borderTopWidth, style.borderTopColor, style.textDecorationLine].join(' ') }
  })
}

describe.each(languages)('%s at 360 px', (lang) => {
  test('banner, dialog and placeholder show their texts whole; reject looks like accept', async () => {
    const texts = defaultTexts[lang]
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 })
    await interceptThirdParties(context)
    const page = await context.newPage()
    await page.goto(`${site.origin}/post-${lang}/`)
    const banner = page.locator('dialog.np-consent-banner')
    await expect.poll(() => banner.count()).toBe(1)

    // The texts are this language's, without a lang of their own (the page is in it).
    expect(await banner.evaluate((element) => (element as HTMLElement).lang)).toBe('')
    expect(await page.locator('.np-consent-banner [data-np="all"]').textContent()).toBe(texts.acceptAll)
    expect(await page.locator('.np-consent-banner [data-np="none"]').textContent()).toBe(texts.rejectAll)
    expect(await page.locator('.np-consent-banner [data-np="settings"]').textContent()).toBe(texts.settings)
    expect(await layoutProblems(page, '.np-consent-banner button, .np-consent-banner a')).toEqual([])
    // Both choices on the first layer, side by side, the same size and look, and within the screen.
    const [accept, reject] = await Promise.all([looks(page, '.np-consent-banner [data-np="all"]'), looks(page, '.np-consent-banner [data-np="none"]')])
    expect(reject).toEqual(accept)
    expect(accept.top + accept.height).toBeLessThanOrEqual(740)

    // The placeholder of the blocked video.
    expect(await page.locator('.np-consent-embed button').textContent()).toBe(texts.placeholderLoad.replace('{service}', 'YouTube'))
    expect(await layoutProblems(page, '.np-consent-embed button, .np-consent-embed label, .np-consent-embed a')).toEqual([])

    // The second layer: every category named, nothing ticked, its buttons whole.
    await page.locator('.np-consent-banner [data-np="settings"]').click()
    const dialog = page.locator('dialog.np-consent-dialog')
    await expect.poll(() => dialog.count()).toBe(1)
    const legends = await dialog.locator('legend').allTextContents()
    expect(legends).toEqual([texts.categories.necessary.label, texts.categories.statistics.label, texts.categories.marketing.label, texts.categories['external-media'].label])
    expect(await dialog.locator('input[type="checkbox"]:checked').count()).toBe(0)
    expect(await dialog.locator('[data-np="close"]').getAttribute('aria-label')).toBe(texts.close)
    expect(await layoutProblems(page, '.np-consent-dialog .np-consent-buttons button, .np-consent-dialog label, .np-consent-dialog legend')).toEqual([])
    const [dialogAccept, dialogReject] = await Promise.all([looks(page, '.np-consent-dialog [data-np="all"]'), looks(page, '.np-consent-dialog [data-np="none"]')])
    expect(dialogReject.style).toBe(dialogAccept.style)
    await context.close()
  }, 60_000)
})
