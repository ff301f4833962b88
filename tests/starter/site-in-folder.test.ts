import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseDocumentTree } from '@nichepress/core'
import type { Element, Root, RootContent } from 'hast'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { startDevServer } from '../helpers/dev-server.js'
import { cliBin, readTree, repoRoot } from '../helpers/site.js'
import { validateSitemap, xmllint } from '../seo/helpers.js'

// A site in a folder: the nischenblog starter with `url: 'https://x.de/blog/'` (a GitHub Pages
// project site, a /blog/ behind a proxy). Every same-site URL in every file it writes must lead into
// /blog/, found by reading each file as what it is (HTML, XML, JSON, text), not from a list of
// known places; then chromium follows every link of the site served under /blog/.

const origin = 'https://x.de'
const base = '/blog'
let root: string
let out: string
let tree: Map<string, Buffer>
let warnings: Array<{ ruleId?: string; file?: string; line?: number; reason?: string }>

/** A copy of the starter with `url` in a folder, a post with root links, an alias and pagination. */
function starterInFolder(): string {
  const copy = mkdtempSync(join(tmpdir(), 'np-folder-'))
  cpSync(join(repoRoot, 'starters/nischenblog'), copy, { recursive: true, filter: (path) => !path.includes('node_modules') })
  mkdirSync(join(copy, 'node_modules'))
  symlinkSync(join(repoRoot, 'packages/cli'), join(copy, 'node_modules/nichepress'))
  const configFile = join(copy, 'nichepress.config.ts')
  const config = readFileSync(configFile, 'utf8').replace("url: 'https://kocherkompass.example',", `url: '${origin}${base}/',\n  pagination: { perPage: 3 },`)
  expect(config).toContain(`${origin}${base}/`)
  writeFileSync(configFile, config)
  writeFileSync(
    join(copy, 'content/posts/links-im-ordner.md'),
    [
      '---',
      'title: "Links im Ordner"',
      'description: "Wurzelpfade, relative Links und ein Bild in HTML."',
      'date: 2026-01-10',
      'tags: ["Zubehör"]',
      'aliases: ["/alter-pfad/"]',
      '---',
      '',
      'Zum [Archiv](/archiv/), zur [Startseite](/), zu [Windschutz](../windschutz-fuer-den-kocher/) und zum [Test](/test-flammwerk-vanchef-duo/#fazit).',
      '',
      '<img src="/images/logo.svg" alt="Logo" width="40" height="40">',
      '',
      '<p style="background: url(/images/logo.svg) no-repeat">Inline-CSS mit Wurzelpfad</p>',
      '',
    ].join('\n'),
  )
  writeFileSync(join(copy, 'static/extra.css'), 'p { color: red }\n.logo { background: url("/images/logo.svg") }\n')
  return copy
}

function build(site: string, target: string, env: Record<string, string> = {}) {
  const hostVariables = ['CONTEXT', 'URL', 'DEPLOY_PRIME_URL', 'NETLIFY', 'VERCEL', 'VERCEL_ENV', 'VERCEL_URL', 'VERCEL_PROJECT_PRODUCTION_URL']
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !hostVariables.includes(name)))
  return spawnSync(process.execPath, [cliBin, 'build', '--root', site, '--out', target, '--no-cache', '--json'], { encoding: 'utf8', env: { ...inherited, ...env } })
}

beforeAll(() => {
  root = starterInFolder()
  out = join(root, 'dist')
  const result = build(root, out)
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`)
  tree = readTree(out)
  warnings = (JSON.parse(result.stdout) as { warnings: typeof warnings }).warnings
}, 120_000)
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** Where a same-site URL goes wrong: a root path outside /blog/, or an absolute URL of x.de outside it. */
function misplaced(url: string): boolean {
  const value = url.trim()
  if (/^\/(?![/\\])/.test(value)) return !value.startsWith(`${base}/`)
  const absolute = /^(?:https?:)?\/\/x\.de(?=[/?#:]|$)(.*)$/i.exec(value)
  return absolute !== null && !(absolute[1] ?? '').startsWith(`${base}/`)
}

/** Every URL-like token in an attribute value: the value, its comma and space separated parts, a refresh's target. */
function urlsInAttribute(value: string): string[] {
  const parts = value.split(/[\s,]+/).filter((part) => part !== '')
  const refresh = /url\s*=\s*['"]?([^'"\s]+)/i.exec(value)?.[1]
  return [value, ...parts, ...(refresh ? [refresh] : [])]
}

/** Every string of a JSON value; strings holding HTML are read as HTML too. */
function urlsInJson(value: unknown, found: string[]): string[] {
  if (typeof value === 'string') {
    found.push(value)
    if (value.includes('<')) found.push(...urlsInHtml(value))
  } else if (Array.isArray(value)) for (const item of value) urlsInJson(item, found)
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) urlsInJson(item, found)
  return found
}

/** Every attribute value of every element (also in <template>), and the strings of JSON data blocks. */
function urlsInHtml(html: string): string[] {
  const found: string[] = []
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue
      for (const value of Object.values(node.properties)) {
        for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string') found.push(...urlsInAttribute(item))
      }
      if (node.tagName === 'script' && /json/.test(String(node.properties['type'] ?? ''))) urlsInJson(JSON.parse(textOf(node)), found)
      if (node.tagName === 'noscript') found.push(...urlsInHtml(textOf(node)))
      walk(node.children)
      if (node.content) walk((node.content as Root).children)
    }
  }
  walk(parseDocumentTree(html, { positions: false }).children)
  return found
}

const textOf = (node: Element): string => node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')

/** The same-site URLs a file names, read as its kind of file. */
function urlsInFile(path: string, text: string): string[] {
  // Absolute URLs of the site wherever they stand (XML text, JSON, robots.txt, CSS, scripts).
  const absolute = [...text.matchAll(/(?:https?:)?\/\/x\.de[^\s"'<>)\\]*/gi)].map((match) => match[0])
  if (path.endsWith('.html')) return [...absolute, ...urlsInHtml(text)]
  if (path.endsWith('.xml')) {
    // Feed entries carry their HTML escaped: read the XML's attributes and the entries' HTML.
    const decoded = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    return [...absolute, ...urlsInHtml(decoded)]
  }
  if (path.endsWith('.json')) return [...absolute, ...urlsInJson(JSON.parse(text), [])]
  if (path.endsWith('.css')) return [...absolute, ...[...text.matchAll(/url\(\s*['"]?([^'")\s]+)/g)].map((match) => match[1] ?? '')]
  if (path.endsWith('.js') || path.endsWith('.svg')) return absolute
  // robots.txt, _redirects, _headers: every whitespace-separated word.
  return [...absolute, ...text.split(/\s+/)]
}

describe('the nischenblog starter at https://x.de/blog/', () => {
  test('every same-site URL in every file it writes leads into /blog/', () => {
    const wrong: string[] = []
    let checked = 0
    for (const [path, bytes] of tree) {
      for (const url of urlsInFile(path, bytes.toString('utf8'))) {
        if (/^(?:\/|(?:https?:)?\/\/x\.de)/i.test(url.trim())) checked++
        if (misplaced(url)) wrong.push(`${path}: ${url}`)
      }
    }
    // The one exception: the copied stylesheet's root path, which the build warns about (base-path-css-url).
    expect(wrong).toEqual(['extra.css: /images/logo.svg'])
    // Negative control of the reader: it saw the site's links (theme, content, feeds, sitemaps, redirects).
    expect(checked).toBeGreaterThan(1000)
    expect(misplaced('/archiv/')).toBe(true)
    expect(misplaced('https://x.de/archiv/')).toBe(true)
  })

  test('authors keep writing root paths: Markdown and HTML links of a post get the folder', () => {
    const post = tree.get('links-im-ordner/index.html')?.toString('utf8') ?? ''
    expect(post).toContain('href="/blog/archiv/"')
    expect(post).toContain('href="/blog/"')
    expect(post).toContain('href="../windschutz-fuer-den-kocher/"')
    expect(post).toContain('href="/blog/test-flammwerk-vanchef-duo/#fazit"')
    expect(post).toContain('src="/blog/images/logo.svg"')
    expect(post).toContain('<link rel="canonical" href="https://x.de/blog/links-im-ordner/">')
  })

  test('a root path in inline CSS or a copied stylesheet, which keep their bytes, is a warning naming the file and the fix', () => {
    const found = warnings.filter((warning) => warning.ruleId === 'base-path-css-url')
    expect(found.map((warning) => [warning.file, warning.line])).toEqual([
      ['links-im-ordner/index.html', expect.any(Number)],
      ['static/extra.css', 2],
    ])
    expect(found[0]?.reason).toContain('/images/logo.svg')
    expect(found[0]?.reason).toContain('content/posts/links-im-ordner.md')
    expect(found[1]?.reason).toContain('The stylesheet static/extra.css loads /images/logo.svg')
    const line = tree.get('links-im-ordner/index.html')?.toString('utf8').split('\n')[(found[0]?.line ?? 0) - 1]
    expect(line).toContain('url(/images/logo.svg)')
    expect(warnings.filter((warning) => warning.ruleId !== 'base-path-css-url')).toEqual([])
  })

  test('host files, robots.txt and the alias redirect name the folder', () => {
    const text = (path: string) => tree.get(path)?.toString('utf8') ?? ''
    expect(text('_redirects')).toContain('/blog/alter-pfad/ /blog/links-im-ordner/ 301!')
    expect(text('_redirects')).toContain('/blog/go/campingaz-360/ https://www.amazon.de/')
    expect(text('_headers').startsWith('/blog/*\n')).toBe(true)
    expect(text('robots.txt')).toBe('User-agent: *\nAllow: /blog/\n\nSitemap: https://x.de/blog/sitemap-index.xml\n')
    expect(text('alter-pfad/index.html')).toContain('content="0; url=/blog/links-im-ordner/"')
  })

  test('sitemaps validate against the sitemaps.org schemas, feeds are well-formed XML', () => {
    for (const path of [...tree.keys()].filter((name) => /^sitemap.*\.xml$/.test(name))) expect(validateSitemap(join(out, path)), path).toMatchObject({ status: 0 })
    expect(xmllint([join(out, 'feed.xml'), join(out, 'atom.xml')])).toMatchObject({ status: 0 })
    expect(tree.get('sitemap-1.xml')?.toString('utf8')).toContain('<loc>https://x.de/blog/links-im-ordner/</loc>')
  })

  test('a root-relative link to a page that does not exist is still a broken internal link', () => {
    const broken = mkdtempSync(join(tmpdir(), 'np-folder-broken-'))
    try {
      cpSync(root, broken, { recursive: true, verbatimSymlinks: true, filter: (path) => !path.startsWith(out) })
      writeFileSync(join(broken, 'content/posts/links-im-ordner.md'), readFileSync(join(root, 'content/posts/links-im-ordner.md'), 'utf8').replace('(/archiv/)', '(/gibts-nicht/)'))
      const result = build(broken, join(broken, 'dist'))
      expect(`${result.stdout}${result.stderr}`).toContain('broken-internal-link')
      expect(`${result.stdout}${result.stderr}`).toContain('/gibts-nicht/')
    } finally {
      rmSync(broken, { recursive: true, force: true })
    }
  }, 120_000)

  test('on Vercel the static files and the 404 page sit in the folder the routes name', () => {
    const result = build(root, join(root, 'dist-vercel'), { VERCEL: '1' })
    expect(result.status, result.stderr).toBe(0)
    const config = JSON.parse(readFileSync(join(root, '.vercel/output/config.json'), 'utf8')) as { routes: Array<{ src?: string; status?: number; dest?: string; headers?: Record<string, string> }> }
    expect(config.routes.find((route) => route.status === 404)?.dest).toBe('/blog/404.html')
    expect(config.routes.find((route) => route.src === '^/blog/alter-pfad/$')?.headers?.['Location']).toBe('/blog/links-im-ordner/')
    expect(existsSync(join(root, '.vercel/output/static/blog/404.html'))).toBe(true)
    expect(existsSync(join(root, '.vercel/output/static/blog/archiv/index.html'))).toBe(true)
  }, 120_000)
})

describe('served under /blog/ in chromium (the preview server)', () => {
  let browser: Browser
  let server: Server
  let site: string

  beforeAll(async () => {
    const { createStaticServer } = (await import(pathToFileURL(join(repoRoot, 'packages/cli/dist/lib/static-server.js')).href)) as typeof import('../../packages/cli/src/lib/static-server.js')
    server = createStaticServer({ dir: out, basePath: base })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => server?.close(resolve))
  })

  test('following every link from /blog/ finds no 404, and / leads to /blog/', async () => {
    const context = await browser.newContext()
    // Only this server: third parties (the affiliate target, trackers after consent) are never reached.
    await context.route('**/*', (route) => (route.request().url().startsWith(site) ? route.continue() : route.abort()))
    const page = await context.newPage()
    const missing: string[] = []
    page.on('response', (response) => {
      if (response.status() === 404) missing.push(`${response.url()} (on ${page.url()})`)
    })
    const seen = new Set<string>()
    const queue = [`${site}${base}/`]
    while (queue.length > 0) {
      const url = queue.shift() as string
      if (seen.has(url)) continue
      seen.add(url)
      const response = await context.request.get(url, { maxRedirects: 0 })
      if (response.status() === 404) missing.push(`${url} (linked)`)
      if (!(response.headers()['content-type'] ?? '').startsWith('text/html') || (await response.text()).includes('http-equiv="refresh"')) continue
      await page.goto(url, { waitUntil: 'load' })
      const links = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')].map((element) => element.href))
      for (const link of links) {
        const target = link.split('#')[0] ?? link
        if (target.startsWith(site) && !seen.has(target)) queue.push(target)
      }
    }
    // The one miss is the warned root path in the post's inline CSS (base-path-css-url).
    const urlsMissing = () => missing.map((entry) => entry.split(' ')[0])
    expect(urlsMissing()).toEqual([`${site}/images/logo.svg`])
    // Every page of the output the site links (all but the alias's redirect page) was reached through links.
    const pages = [...tree.keys()].filter((path) => path.endsWith('index.html') && path !== 'alter-pfad/index.html').map((path) => `${site}${base}/${path.slice(0, -'index.html'.length)}`)
    expect(pages.filter((url) => !seen.has(url))).toEqual([])
    expect(pages.length).toBeGreaterThan(25)
    // The 404 page works from any depth: its stylesheet, scripts and links resolve under /blog/.
    const deep = `${site}${base}/a/b/c/gibts-nicht/`
    expect((await page.goto(deep, { waitUntil: 'load' }))?.status()).toBe(404)
    expect(urlsMissing()).toEqual([`${site}/images/logo.svg`, deep])
    expect(await page.evaluate(() => [...document.styleSheets].filter((sheet) => sheet.href?.endsWith('/blog/assets/style.css') && sheet.cssRules.length > 0).length)).toBe(1)
    const root = await context.request.get(`${site}/`, { maxRedirects: 0 })
    expect(root.headers()['location']).toBe(`${base}/`)
    expect((await context.request.get(`${site}/archiv/`)).status()).toBe(404)
    await context.close()
  }, 300_000)

  test('the consent banner works in the folder: its legal links lead into /blog/, a choice is kept', async () => {
    const context = await browser.newContext()
    await context.route('**/*', (route) => (route.request().url().startsWith(site) ? route.continue() : route.abort()))
    const page = await context.newPage()
    await page.goto(`${site}${base}/die-5-besten-gaskocher/`)
    const banner = page.locator('dialog.np-consent-banner')
    await expect.poll(() => banner.isVisible()).toBe(true)
    const hrefs = await banner.locator('a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')))
    expect(hrefs).toEqual(['/blog/datenschutz/', '/blog/impressum/'])
    await banner.getByRole('button', { name: 'Einstellungen' }).click()
    await expect.poll(() => page.locator('dialog.np-consent-dialog').isVisible()).toBe(true)
    await page.locator('dialog.np-consent-dialog').getByRole('button', { name: 'Alle ablehnen' }).click()
    await page.goto(`${site}${base}/archiv/`)
    await page.waitForLoadState('load')
    expect(await page.locator('dialog.np-consent-banner').count()).toBe(0)
    await page.locator('a[data-consent-open]').first().click()
    await expect.poll(() => page.locator('dialog.np-consent-dialog').isVisible()).toBe(true)
    await context.close()
  }, 120_000)
})

test('nichepress dev serves the site under /blog/, sends / there and reloads an edited page', async () => {
  const dev = await startDevServer(root, { NO_COLOR: '1' })
  try {
    expect(dev.output()).toMatch(/Dev server at http:\/\/127\.0\.0\.1:\d+\/blog\//)
    const home = await fetch(new URL('blog/', dev.url))
    expect(home.status).toBe(200)
    const html = await home.text()
    expect(html).toContain('href="/blog/archiv/"')
    expect(html).toContain('/__nichepress/')
    const redirect = await fetch(dev.url, { redirect: 'manual' })
    expect([redirect.status, redirect.headers.get('location')]).toEqual([302, '/blog/'])
    expect((await fetch(new URL('blog/archiv', dev.url), { redirect: 'manual' })).headers.get('location')).toBe('/blog/archiv/')
    expect((await fetch(new URL('archiv/', dev.url))).status).toBe(404)
    // Live reload knows the page by its path below /blog/: an edit shows up in the open page.
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.goto(new URL('blog/links-im-ordner/', dev.url).href)
      await expect.poll(() => page.textContent('main')).toContain('Zum Archiv')
      const postFile = join(root, 'content/posts/links-im-ordner.md')
      writeFileSync(postFile, readFileSync(postFile, 'utf8').replace('Zum [Archiv]', 'Neu: zum [Archiv]'))
      await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('Neu: zum Archiv'), undefined, { timeout: 30_000 })
      expect(await page.getAttribute('main a[href$="archiv/"]', 'href')).toBe('/blog/archiv/')
    } finally {
      await browser.close()
    }
  } finally {
    await dev.stop()
  }
}, 120_000)
