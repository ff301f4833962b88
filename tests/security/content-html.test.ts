import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { dirname, join } from 'node:path'
import { buildSite, type GeneratedSite, generateSite, isNichepressError, parseDocumentTree } from '@nichepress/core'
import type { Element, Nodes } from 'hast'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { startDevServer } from '../helpers/dev-server.js'
import { cliBin, makeSite, presetPath, removeSite } from '../helpers/site.js'
import { serveDirectory } from '../starters/serve-directory.js'
import { hostilePayloads } from './hostile-html.js'

// Issue #16: no code runs from content. Every payload is a post of a real site built with the
// CLI's preset (all default plugins) and consent off, as in the `blog` starter: then no plugin
// checks content scripts, and the CSP hashes whatever inline code a page holds.

const bodyLine = 6
const post = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2026-03-12\n---\n\n${body}\n`
const config = (consent: Record<string, unknown> = { enabled: false }) =>
  JSON.stringify({ title: 'T', url: 'https://t.example', language: 'de', legal: { enabled: false }, affiliate: { enabled: false }, lint: { audit: 'off' }, consent })
const fileOf = (index: number) => `content/posts/p${index}.md`

// Attributes whose value a browser loads or navigates to (HTML, SVG and MathML, old and new).
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'srcset', 'dynsrc', 'lowsrc', 'values', 'to', 'from', 'codebase', 'ping'])

/** Everything in a finished page that would run script, by an oracle written apart from the code under test. */
function executableIn(html: string, themeScripts: ReadonlySet<string>, options: { scriptsRefused: boolean }): string[] {
  const found: string[] = []
  let inHead = false
  const visit = (node: Nodes, inTemplate: boolean) => {
    if (node.type === 'element') {
      const element = node as Element
      if (element.tagName === 'head') inHead = true
      if (element.tagName === 'body') inHead = false
      for (const [name, value] of Object.entries(element.properties)) {
        const attribute = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`).replace(/^x-link-/, 'xlink:')
        if (/^on/i.test(name)) found.push(`${element.tagName} ${name}`)
        const text = Array.isArray(value) ? value.join(',') : String(value)
        if ((urlAttributes.has(attribute) || urlAttributes.has(name.toLowerCase())) && /(?:^|[,;\s])(?:javascript|vbscript|data:text\/html)/i.test(text.replace(/[\u0000-\u0020]/g, '')))
          found.push(`${element.tagName} ${name}=${text}`)
      }
      const tag = element.tagName.toLowerCase()
      if (tag === 'script' && !inTemplate && !options.scriptsRefused) {
        const key = String(element.properties.src ?? '') + JSON.stringify(element.children)
        const type = String(element.properties.type ?? '')
        if (!/ld\+json|text\/plain|application\/json/.test(type) && !themeScripts.has(key)) found.push(`script ${key.slice(0, 60)}`)
      }
      // Named properties of document and window (HTML standard): name= on these five, id= on any element for window.
      const named = ['embed', 'form', 'iframe', 'img', 'object'].includes(tag)
      if (element.properties.id === 'np-consent-config' || (named && ['cookie', 'body', 'getElementById', 'addEventListener'].includes(String(element.properties.name)))) found.push(`${tag} clobbers`)
      if (['dataLayer', '_paq'].includes(String(element.properties.id)) || (tag === 'img' && element.properties.name !== undefined && element.properties.id === 'defaultView')) found.push(`${tag} clobbers a global`)
      if ((tag === 'meta' || tag === 'link') && !inHead && element.properties.itemProp === undefined && !/stylesheet|preconnect/.test(String(element.properties.rel ?? ''))) found.push(`${tag} in the body`)
      if (['base', 'object', 'embed'].includes(tag) || (tag === 'meta' && element.properties.httpEquiv !== undefined) || element.properties.srcDoc !== undefined) found.push(tag)
      if (element.content) visit(element.content, true)
    }
    if ('children' in node) for (const child of node.children) visit(child, inTemplate)
  }
  visit(parseDocumentTree(html, { positions: false }), false)
  return found
}

function scriptsOf(html: string): Set<string> {
  const keys = new Set<string>()
  const visit = (node: Nodes) => {
    if (node.type === 'element' && node.tagName === 'script') keys.add(String(node.properties.src ?? '') + JSON.stringify(node.children))
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(parseDocumentTree(html, { positions: false }))
  return keys
}

// Core reports a script and leaves it for plugins to rewrite; the build then fails, so nothing is published.
const isScriptRefusal = (message: { ruleId?: string | null | undefined; reason: string }) => message.ruleId === 'content-unsafe-html' && message.reason.includes('an executable <script>:')

const documentOf = (site: GeneratedSite, url: string) => {
  const file = site.files.find((candidate) => candidate.path === `${url.slice(1)}index.html`)
  return file && 'contents' in file ? String(file.contents) : undefined
}

describe('hostile HTML and Markdown in a post (consent off, as in the blog starter)', () => {
  let root: string
  let site: GeneratedSite
  let themeScripts: Set<string>

  beforeAll(async () => {
    root = makeSite({
      'nichepress.config.json': config(),
      'content/posts/clean.md': post('Clean', 'Nur Text.'),
      ...Object.fromEntries(hostilePayloads.map((payload, index) => [fileOf(index), post(`P${index}`, payload.body)])),
    })
    site = await generateSite({ root, preset: presetPath, keepGoing: true, cache: false })
    themeScripts = scriptsOf(documentOf(site, '/clean/') ?? '')
  }, 120_000)
  afterAll(() => removeSite(root))

  test.each(hostilePayloads.map((payload, index) => ({ ...payload, index })))('$class: $name is refused at its line and nothing executable is published', ({ index, refused = true, line = 1 }) => {
    const file = fileOf(index)
    const unsafe = site.messages.filter((message) => message.file === file && message.ruleId === 'content-unsafe-html')
    if (refused) {
      expect(unsafe.length, site.messages.filter((message) => message.file === file).map(String).join('\n')).toBeGreaterThan(0)
      expect(unsafe[0]?.line).toBe(bodyLine + line - 1)
      expect(unsafe[0]?.column).toBeGreaterThan(0)
      expect(unsafe[0]?.fatal).toBe(true)
      expect(unsafe[0]?.note).toBeTruthy()
    } else {
      expect(unsafe.map(String)).toEqual([])
    }
    const html = documentOf(site, `/p${index}/`)
    expect(html, 'the page is generated').toBeDefined()
    expect(executableIn(html ?? '', themeScripts, { scriptsRefused: unsafe.some(isScriptRefusal) })).toEqual([])
  })

  test('the build of the site with these posts fails and writes nothing', async () => {
    const error = await buildSite({ root, preset: presetPath, cache: false }).catch((caught: unknown) => caught)
    expect(isNichepressError(error)).toBe(true)
    expect(existsSync(join(root, 'public'))).toBe(false)
  }, 120_000)

  test('the CSP of the site names no hash of content code', () => {
    const headers = site.files.find((file) => file.path === '_headers')
    const text = headers && 'contents' in headers ? String(headers.contents) : ''
    expect(text).toMatch(/script-src/)
    expect(text).not.toContain("'unsafe-hashes'")
  })

  describe('in Chromium', () => {
    let browser: Browser
    let server: Server
    let origin: string
    beforeAll(async () => {
      const out = join(root, 'out')
      for (const file of site.files) {
        if (!('contents' in file)) continue
        mkdirSync(dirname(join(out, file.path)), { recursive: true })
        writeFileSync(join(out, file.path), file.contents)
      }
      ;[{ origin, server }, browser] = await Promise.all([serveDirectory(out), launchChromium()])
    }, 60_000)
    afterAll(async () => {
      await browser?.close()
      await new Promise((resolve) => server?.close(resolve))
    })

    // No CSP here (a host that ignores _headers): the page itself must hold nothing that runs.
    test('no payload page runs script, has a handler or a link that runs script, or leaves the site', async () => {
      const page = await browser.newPage()
      const ran: string[] = []
      page.on('dialog', (dialog) => {
        ran.push(`${page.url()}: ${dialog.message()}`)
        void dialog.dismiss()
      })
      const problems: string[] = []
      for (const [index] of hostilePayloads.entries()) {
        // A page refused for a script is never published (see above); the browser would run it.
        if (site.messages.some((message) => message.file === fileOf(index) && isScriptRefusal(message))) continue
        const url = `${origin}/p${index}/`
        await page.goto(url, { waitUntil: 'load' })
        await page.waitForTimeout(50)
        // The browser itself decides what each URL's scheme is and which attributes are handlers.
        const found = await page.evaluate(() => {
          const out: string[] = []
          if ((window as { __xss?: unknown }).__xss !== undefined) out.push('window.__xss')
          if (location.pathname.split('/')[1]?.startsWith('p') !== true) out.push(`navigated to ${location.href}`)
          if (document.baseURI !== location.href) out.push(`base ${document.baseURI}`)
          if (typeof document.cookie !== 'string' || !(document.body instanceof HTMLBodyElement)) out.push('document clobbered')
          if (typeof document.addEventListener !== 'function' || typeof document.getElementById !== 'function' || document.defaultView !== window) out.push('document method clobbered')
          for (const name of ['dataLayer', '_paq']) if ((window as unknown as Record<string, unknown>)[name] !== undefined) out.push(`window.${name} clobbered`)
          for (const element of document.body.querySelectorAll('meta:not([itemprop]), link:not([itemprop]):not([rel~=stylesheet]):not([rel~=preconnect])')) out.push(`<${element.localName}> in the body`)
          for (const element of document.querySelectorAll('*')) {
            for (const attribute of element.attributes) {
              if (/^on/i.test(attribute.name)) out.push(`${element.localName} ${attribute.name}`)
              if (/^(href|src|action|formaction|xlink:href|poster|background|data)$/i.test(attribute.name)) {
                let protocol = ''
                try {
                  protocol = new URL(attribute.value, document.baseURI).protocol
                } catch {}
                if (protocol === 'javascript:' || protocol === 'vbscript:' || (protocol === 'data:' && !/^(img|source|video|audio)$/.test(element.localName))) out.push(`${element.localName} ${attribute.name}=${attribute.value}`)
              }
            }
          }
          return out
        })
        if (found.length > 0) problems.push(`${url} (${hostilePayloads[index]?.name}): ${found.join(', ')}`)
      }
      expect(ran).toEqual([])
      expect(problems).toEqual([])
    }, 120_000)
  })
})

describe('what content may hold is published unchanged', () => {
  const allowed = [
    '<a href="https://example.com/" title="javascript: the good parts">Buch</a> [Mail](mailto:a@b.example) [Tel](tel:+4930123)',
    '<img srcset="data:image/png;base64,iVBORw0KGgo= 1x" alt="Pixel"> ![Bild](/bild.png)',
    '<iframe src="https://www.openstreetmap.org/export/embed.html" title="Karte"></iframe>',
    '<style>.content { scroll-behavior: smooth; color: red }</style>',
    '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
    '<svg viewBox="0 0 10 10"><circle r="4"><animate attributeName="r" values="4;5;4" dur="1s"/></circle></svg>',
    '<details><summary>Mehr</summary>Text</details> <video src="/film.mp4" poster="/film.jpg" controls></video>',
    '```html\n<script>alert(1)</script>\n```',
    '<noscript>Ohne JavaScript</noscript> <template><p>Vorlage</p></template>',
    '<div itemscope itemtype="https://schema.org/Product"><meta itemprop="name" content="Zelt"><link itemprop="availability" href="https://schema.org/InStock"></div>',
    '<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin> <a id="kapitel-2" name="kapitel-2">Kapitel</a> <form name="suche"><input name="title"></form>',
  ]

  test('no content-unsafe-html and the markup stays in the page', async () => {
    const root = makeSite({ 'nichepress.config.json': config(), 'static/bild.png': '', 'static/film.mp4': '', 'static/film.jpg': '', ...Object.fromEntries(allowed.map((body, index) => [fileOf(index), post(`A${index}`, body)])) })
    try {
      const site = await generateSite({ root, preset: presetPath, keepGoing: true, cache: false })
      expect(site.messages.filter((message) => message.ruleId === 'content-unsafe-html').map(String)).toEqual([])
      expect(documentOf(site, '/p0/')).toContain('title="javascript: the good parts"')
      expect(documentOf(site, '/p1/')).toContain('srcset="data:image/png;base64,iVBORw0KGgo= 1x"')
      expect(documentOf(site, '/p3/')).toContain('scroll-behavior: smooth')
      expect(documentOf(site, '/p5/')).toContain('attributeName="r"')
      expect(documentOf(site, '/p7/')).toContain('&#x3C;script>alert(1)&#x3C;/script>')
      expect(documentOf(site, '/p9/')).toContain('<link itemprop="availability" href="https://schema.org/InStock">')
      expect(documentOf(site, '/p10/')).toContain('<form name="suche"><input name="title"></form>')
    } finally {
      removeSite(root)
    }
  }, 60_000)
})

describe('with consent on', () => {
  test('an event handler consent reports is not reported twice; a <base> to a path of the site (no third party for consent) is refused by core', async () => {
    const root = makeSite({
      'nichepress.config.json': config({}),
      'content/posts/handler.md': post('Handler', '<img src="/x.png" alt="x" onerror="alert(1)">'),
      'content/posts/base.md': post('Base', '<base href="/anderswo/">'),
    })
    try {
      const site = await generateSite({ root, preset: presetPath, keepGoing: true, cache: false })
      const at = (file: string) => site.messages.filter((message) => message.file === file && message.fatal && message.line === bodyLine).map((message) => message.ruleId)
      expect(at('content/posts/handler.md')).toEqual(['consent-content-event-handler'])
      expect(at('content/posts/base.md')).toEqual(['content-unsafe-html'])
    } finally {
      removeSite(root)
    }
  }, 60_000)

  // A post that writes what consent's gating makes would have it hashed into the CSP and run after consent.
  test.each([
    ['a pre-gated script', '<script type="text/plain" data-consent-service="google-analytics" data-consent-category="statistics">window.__xss = 1</script>'],
    ['a script in a consent template', '<template data-consent-service="youtube"><script>window.__xss = 1</script></template>'],
    ['a text/x-template script', '<script type="text/x-template" id="t">window.__xss = 1</script>'],
  ])('%s written by the post is refused; consent still gates a real snippet', async (_name, body) => {
    const root = makeSite({
      'nichepress.config.json': config({}),
      'content/posts/forged.md': post('Forged', body),
      'content/posts/real.md': post('Real', '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123"></script>'),
    })
    try {
      const site = await generateSite({ root, preset: presetPath, keepGoing: true, cache: false })
      const refused = site.messages.filter((message) => message.ruleId === 'content-unsafe-html')
      expect(refused.map((message) => `${message.file}:${message.line}`)).toEqual(['content/posts/forged.md:6'])
      expect(documentOf(site, '/real/')).toContain('data-consent-service="google-analytics"')
    } finally {
      removeSite(root)
    }
  }, 60_000)

  test('consent.allowContentScripts lets an inline script through; a handler, a javascript: link and <base> are still refused', async () => {
    const root = makeSite({
      'nichepress.config.json': config({ allowContentScripts: true }),
      'content/posts/script.md': post('Script', '<script>console.log("guest")</script>'),
      'content/posts/link.md': post('Link', '[x](javascript:alert(1))\n\n<base href="/x/">'),
    })
    try {
      const site = await generateSite({ root, preset: presetPath, keepGoing: true, cache: false })
      expect(site.messages.filter((message) => message.file === 'content/posts/script.md' && message.fatal).map(String)).toEqual([])
      expect(documentOf(site, '/script/')).toContain('<script>console.log("guest")</script>')
      expect(site.messages.filter((message) => message.file === 'content/posts/link.md' && message.ruleId === 'content-unsafe-html').map((message) => message.line)).toEqual([6, 8])
    } finally {
      removeSite(root)
    }
  }, 60_000)
})

describe("a post's script from another host", () => {
  // With consent off (the blog starter) nothing gated it: it was published and ran wherever the host
  // sends no CSP (GitHub Pages). Now it stands unless a plugin asks the CSP to allow its host.
  test('with consent off it is refused at its line (also in SVG), the build writes nothing', async () => {
    const root = makeSite({
      'nichepress.config.json': config(),
      'content/posts/remote.md': post('Remote', 'Text.\n\n<script src="https://evil.example/x.js"></script>'),
      'content/posts/svg.md': post('Svg', '<svg><script href="//evil.example/y.js"></script></svg>'),
    })
    try {
      const site = await generateSite({ root, preset: presetPath, keepGoing: true, cache: false })
      // Consent's analysis runs with consent off too: it keeps the script inert and refuses it as a third
      // party nothing can ask consent for (consent-off-third-party), before core's own rule would.
      const refused = site.messages.filter((message) => message.ruleId === 'content-unsafe-html' || message.ruleId === 'consent-off-third-party')
      expect(refused.map((message) => `${message.file}:${message.line}:${message.column}`)).toEqual(['content/posts/remote.md:8:1', 'content/posts/svg.md:6:6'])
      expect(refused.every((message) => message.fatal)).toBe(true)
      expect(refused[0]?.reason).toContain('evil.example')
      expect(refused[0]?.note).toMatch(/consent/)
      const error = await buildSite({ root, preset: presetPath, cache: false }).catch((caught: unknown) => caught)
      expect(isNichepressError(error)).toBe(true)
      expect(existsSync(join(root, 'public'))).toBe(false)
    } finally {
      removeSite(root)
    }
  }, 60_000)

  test('with consent on, a host in consent.allow runs without consent and a service is gated: neither is refused', async () => {
    const allow = [{ host: 'cdn.trusted.example', reason: 'our own CDN for the chart library', kinds: ['script'] }]
    const root = makeSite({
      'nichepress.config.json': config({ allow }),
      'content/posts/allowed.md': post('Allowed', '<script src="https://cdn.trusted.example/chart.js"></script>'),
      'content/posts/service.md': post('Service', '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123"></script>'),
    })
    try {
      const site = await generateSite({ root, preset: presetPath, keepGoing: true, cache: false })
      expect(site.messages.filter((message) => message.fatal).map(String)).toEqual([])
      expect(documentOf(site, '/allowed/')).toContain('<script src="https://cdn.trusted.example/chart.js"></script>')
    } finally {
      removeSite(root)
    }
  }, 60_000)
})

test.each(['build', 'lint'])('nichepress %s exits 1 naming file:line:column, the id and the fix', (command) => {
  const root = makeSite({ 'nichepress.config.json': config(), 'content/posts/evil.md': post('Evil', 'Text.\n\n<a href="java&#x09;script:alert(1)">x</a>') })
  try {
    const run = spawnSync(process.execPath, [cliBin, command, '--root', root], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } })
    const output = run.stdout + run.stderr
    expect(run.status, output).toBe(1)
    expect(output).toMatch(/content\/posts\/evil\.md[\s\S]*?\n\s+8:1\s+error\s.*javascript: URL in href= of <a>.*content-unsafe-html/)
    expect(output).toMatch(/fix: Link to a web page/)
    expect(output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/)
  } finally {
    removeSite(root)
  }
})

test('nichepress dev: an edit that adds a handler is never served, neither by the quick update nor the rebuild; the overlay names it', async () => {
  const root = makeSite({ 'nichepress.config.json': config(), 'content/posts/hello.md': post('Hello', 'First version.') })
  const dev = await startDevServer(root)
  try {
    const page = () => fetch(new URL('hello/', dev.url)).then((response) => response.text())
    expect(await page()).toContain('First version.')
    writeFileSync(join(root, 'content/posts/hello.md'), post('Hello', 'Second version. <img src="/x.png" alt="x" onerror="window.__xss = 1">'))
    const served: string[] = []
    const deadline = Date.now() + 30_000
    while (!/content-unsafe-html/.test(dev.output()) && Date.now() < deadline) {
      served.push(await page())
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    // A little longer: a late quick update would show up now.
    for (let round = 0; round < 10; round++) {
      served.push(await page())
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(dev.output()).toMatch(/content-unsafe-html/)
    expect(served.filter((html) => html.includes('onerror')).length).toBe(0)
    expect(served.every((html) => html.includes('First version.'))).toBe(true)
  } finally {
    await dev.stop()
    removeSite(root)
  }
}, 90_000)
