import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { services } from '../../packages/consent/dist/index.js'
import { buildSite, generateSite, isNichepressError } from '@nichepress/core'
import type { Browser } from 'playwright-core'
import type { VFileMessage } from 'vfile-message'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { defaultTheme, germanOperatorLegal, makeSite, presetPath, removeSite, writeFiles } from '../helpers/site.js'
import { corpusPost } from './corpus/site.js'
import { vendorSnippets } from './corpus/vendors.js'
import { serve } from './serve.js'

// With `consent: { enabled: false }` there is no banner: nothing can ask the visitor first. Every third
// party that would wait for consent fails the build (`consent-off-third-party`), whatever element carries
// it; consent-free services and `consent.allow` hosts load, as with consent on.

const legal = { updated: '2026-11-01', ...germanOperatorLegal }
const roots: string[] = []
afterAll(() => {
  for (const root of roots.splice(0)) removeSite(root)
})

function offSite(consent: Record<string, unknown>, posts: Record<string, string>): string {
  const root = makeSite({ 'nichepress.config.json': JSON.stringify({ title: 'Kocherkompass', url: 'https://kocherkompass.example', language: 'de', consent: { enabled: false, ...consent }, legal }) })
  writeFiles(root, Object.fromEntries(Object.entries(posts).map(([name, text]) => [`content/posts/${name}.md`, text])))
  roots.push(root)
  return root
}

async function buildMessages(root: string, out?: string): Promise<VFileMessage[]> {
  try {
    const options = { root, preset: presetPath, cache: false, threads: 1 }
    return [...(out ? await buildSite({ ...options, outDir: out }) : await generateSite(options)).messages]
  } catch (error) {
    if (isNichepressError(error)) return [...error.messages]
    throw error
  }
}

const post = (title: string, body: string, day: number) =>
  `---\ntitle: "${title}"\ndate: 2026-01-${String(day).padStart(2, '0')}\ndescription: "Prüfseite ohne Einwilligungsbanner: ${title}, lädt von einem fremden Host."\n---\n\nEin Absatz.\n\n${body}\n`

test('every vendor snippet of the corpus that needs consent fails a consent-off build at its post, with host and line', async () => {
  const allow = [{ host: 'stats.plausible-host.example', reason: 'Selbst gehostetes Plausible ohne Cookies', recipient: 'Plausible-Server', kinds: ['script', 'connect'] }]
  const posts = Object.fromEntries(vendorSnippets.map((snippet, index) => [snippet.id, corpusPost(snippet, `2026-02-${String((index % 27) + 1).padStart(2, '0')}`, snippet.html)]))
  const messages = await buildMessages(offSite({ allow }, posts))
  const offFindings = messages.filter((message) => message.ruleId === 'consent-off-third-party')
  const missed: string[] = []
  const wrong: string[] = []
  for (const snippet of vendorSnippets) {
    // A registry service as it says; the one snippet that is no registry service loads from the allowed host.
    const service = services.find((entry) => entry.id === snippet.service)
    const needsConsent = service ? service.needsConsent : !allow.some((entry) => snippet.html.includes(`//${entry.host}/`))
    const own = offFindings.filter((message) => message.file === `content/posts/${snippet.id}.md`)
    if (needsConsent && own.length === 0) missed.push(`${snippet.id} (${snippet.kinds.join(', ')})`)
    if (!needsConsent && own.length > 0) wrong.push(snippet.id)
    for (const message of own) {
      expect(message.fatal).toBe(true)
      expect(message.line).toBeGreaterThan(0)
      expect(message.reason).toMatch(/consent\.enabled` is false/)
    }
  }
  expect(missed).toEqual([])
  expect(wrong).toEqual([])
  // The kinds the corpus covers, each reported at least once.
  const kinds = new Set(vendorSnippets.filter((snippet) => services.find((entry) => entry.id === snippet.service)?.needsConsent === true).flatMap((snippet) => snippet.kinds))
  expect(new Set(offFindings.map((message) => message.file)).size).toBeGreaterThanOrEqual(40)
  for (const kind of ['script', 'loader', 'iframe', 'image', 'pixel-noscript', 'css', 'font', 'form']) expect(kinds).toContain(kind)
}, 240_000)

// One element kind per post, from hosts nothing declares. Google Fonts by `@import` is the one of
// LG München I, 20.1.2022, 3 O 17493/20 (Google's css2 API documentation gives the `@import` form).
const kinds: Record<string, { body: string; host: string }> = {
  image: { body: '<img src="https://images.cdn-one.example/photo.jpg" alt="Ein Foto">', host: 'images.cdn-one.example' },
  srcset: { body: '<img src="/favicon.svg" srcset="https://srcset.cdn-two.example/a.png 2x" alt="Ein Bild">', host: 'srcset.cdn-two.example' },
  picture: { body: '<picture><source srcset="https://picture.cdn-three.example/a.avif" type="image/avif"><img src="/favicon.svg" alt="Ein Bild"></picture>', host: 'picture.cdn-three.example' },
  poster: { body: '<video controls poster="https://poster.cdn-four.example/p.jpg"></video>', host: 'poster.cdn-four.example' },
  video: { body: '<video controls src="https://media.cdn-five.example/v.mp4"></video>', host: 'media.cdn-five.example' },
  iframe: { body: '<iframe src="https://frame.widget-six.example/embed" title="Widget"></iframe>', host: 'frame.widget-six.example' },
  stylesheet: { body: '<link rel="stylesheet" href="https://css.widget-seven.example/form.css">', host: 'css.widget-seven.example' },
  preconnect: { body: '<link rel="preconnect" href="https://fonts.cdn-eight.example" crossorigin>', host: 'fonts.cdn-eight.example' },
  import: { body: "<style>@import url('https://fonts.cdn-nine.example/css2?family=Inter&display=swap');</style>", host: 'fonts.cdn-nine.example' },
  'style url': { body: '<style>.hero{background:url(https://bg.cdn-ten.example/hero.jpg)}</style><p class="hero">Hero</p>', host: 'bg.cdn-ten.example' },
  'style attribute': { body: '<p style="background-image:url(https://bg.cdn-eleven.example/x.png)">Text</p>', host: 'bg.cdn-eleven.example' },
  'image-set': { body: '<div style="background-image:image-set(\'https://set.cdn-twelve.example/a.png\' 1x)">Text</div>', host: 'set.cdn-twelve.example' },
  'noscript pixel': { body: '<noscript><img height="1" width="1" style="display:none" src="https://pixel.tracker-thirteen.example/tr?id=1&ev=PageView&noscript=1" alt=""></noscript>', host: 'pixel.tracker-thirteen.example' },
  'audio source': { body: '<audio controls><source src="https://audio.cdn-fourteen.example/a.mp3" type="audio/mpeg"></audio>', host: 'audio.cdn-fourteen.example' },
}

describe('one element kind per post, from hosts nothing declares', () => {
  const names = Object.keys(kinds)
  const slug = (name: string) => `art-${name.replace(/[^a-z]+/g, '-')}`
  const posts = Object.fromEntries(names.map((name, index) => [slug(name), post(`Art ${name}`, kinds[name]?.body ?? '', index + 1)]))

  test('each fails the build as consent-off-third-party at its post, naming its host', async () => {
    const messages = await buildMessages(offSite({}, posts))
    for (const name of names) {
      const found = messages.filter((message) => message.ruleId === 'consent-off-third-party' && message.file === `content/posts/${slug(name)}.md`)
      expect(found.map((message) => message.reason).join('\n'), name).toContain(kinds[name]?.host)
      expect(found.every((message) => message.fatal === true && (message.line ?? 0) >= 7)).toBe(true)
    }
  }, 120_000)

  describe('with unknownThirdParty: "warn" the build is green, and in Chromium no page contacts a third party', () => {
    let browser: Browser
    let site: { origin: string; close(): Promise<void> }
    let warnings: VFileMessage[]
    let out: string
    beforeAll(async () => {
      out = join(mkdtempSync(join(tmpdir(), 'np-consent-off-')), 'out')
      warnings = await buildMessages(offSite({ unknownThirdParty: 'warn' }, posts), out)
      // Served without the site's CSP: the build's own gating is what is tested.
      ;[site, browser] = await Promise.all([serve(out), launchChromium()])
    }, 120_000)
    afterAll(async () => {
      await Promise.all([browser?.close(), site?.close()])
      rmSync(join(out, '..'), { recursive: true, force: true })
    })

    test('one warning per kind; the pages were written', () => {
      for (const name of names) {
        const found = warnings.filter((message) => message.ruleId === 'consent-off-third-party' && message.file === `content/posts/${slug(name)}.md`)
        expect(found.length, name).toBeGreaterThan(0)
        expect(found.every((message) => message.fatal === false)).toBe(true)
      }
      expect(warnings.filter((message) => message.fatal)).toEqual([])
      expect(readFileSync(join(out, `${slug('image')}/index.html`), 'utf8')).toContain('images.cdn-one.example')
    })

    test('negative control: the interception sees a plain third-party request', async () => {
      const context = await browser.newContext()
      const seen: string[] = []
      await context.route('**/*', (route) => {
        seen.push(new URL(route.request().url()).hostname)
        return route.fulfill({ status: 200, body: '' })
      })
      const page = await context.newPage()
      await page.setContent('<img src="https://control.example/p.gif">')
      await page.waitForLoadState('networkidle')
      expect(seen).toContain('control.example')
      await context.close()
    })

    test.each([true, false])('JavaScript %s: 0 third-party requests on every post', async (javaScriptEnabled) => {
      const context = await browser.newContext({ javaScriptEnabled })
      const thirdParty: string[] = []
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url())
        if (url.hostname === '127.0.0.1') return route.continue()
        thirdParty.push(url.href)
        return route.fulfill({ status: 200, body: '' })
      })
      const page = await context.newPage()
      for (const name of names) {
        const response = await page.goto(`${site.origin}/${slug(name)}/`)
        expect(response?.status(), name).toBe(200)
        await page.waitForLoadState('networkidle')
      }
      expect(thirdParty).toEqual([])
      await context.close()
    }, 60_000)
  })
})

test('a consent.allow host loads with consent off, is named in the privacy policy, and nothing fails', async () => {
  const allow = [{ host: 'images.cdn-one.example', reason: 'Unser eigenes Bilder-CDN, setzt keine Cookies', recipient: 'Beispiel CDN GmbH', kinds: ['image'] }]
  const out = join(mkdtempSync(join(tmpdir(), 'np-consent-off-allow-')), 'out')
  try {
    const messages = await buildMessages(offSite({ allow }, { bild: post('Erlaubtes Bild', kinds.image?.body ?? '', 1) }), out)
    expect(messages.filter((message) => message.fatal)).toEqual([])
    expect(readFileSync(join(out, 'bild/index.html'), 'utf8')).toContain('src="https://images.cdn-one.example/photo.jpg"')
    expect(readFileSync(join(out, 'datenschutz/index.html'), 'utf8')).toContain('Beispiel CDN GmbH')
  } finally {
    rmSync(join(out, '..'), { recursive: true, force: true })
  }
}, 120_000)

test("a theme partial's Google Fonts embed fails a consent-off build once, at the partial's line", async () => {
  // The embed code Google Fonts gives (https://developers.google.com/fonts/docs/getting_started), pasted
  // into the head partial; a layout-assembled host (template syntax inside it) is found in the pages.
  const head = readFileSync(join(defaultTheme, 'partials/head.hbs'), 'utf8')
  const fonts = vendorSnippets.find((snippet) => snippet.id === 'google-fonts-link')?.html ?? ''
  expect(fonts).toContain('fonts.googleapis.com')
  const root = offSite({}, { eins: post('Eins', 'Text.', 1), zwei: post('Zwei', 'Text.', 2) })
  writeFiles(root, {
    'theme/partials/head.hbs': `${head}\n${fonts}\n`,
    'theme/partials/footer.hbs': `${readFileSync(join(defaultTheme, 'partials/footer.hbs'), 'utf8')}\n<img src="https://{{#if true}}counter.layout-host.example{{/if}}/c.gif" alt="">\n`,
  })
  const messages = (await buildMessages(root)).filter((message) => message.ruleId === 'consent-off-third-party')
  const inHead = messages.filter((message) => message.file === 'theme/partials/head.hbs')
  expect(inHead.length).toBeGreaterThan(0)
  expect(inHead.every((message) => (message.line ?? 0) > head.split('\n').length - 1)).toBe(true)
  expect(inHead.map((message) => message.reason).join('\n')).toContain('Google Fonts')
  // Not repeated for every page.
  expect(messages.filter((message) => message.reason.includes('fonts.g') && message.file !== 'theme/partials/head.hbs')).toEqual([])
  // The template's own text names no host yet: not reported as one ("{{ would be contacted").
  expect(messages.filter((message) => message.reason.startsWith('{'))).toEqual([])
  const assembled = messages.filter((message) => message.reason.includes('counter.layout-host.example'))
  expect(assembled.length).toBeGreaterThan(0)
  expect(assembled.every((message) => String(message.file).endsWith('.html') && message.reason.includes('layout'))).toBe(true)
}, 120_000)
