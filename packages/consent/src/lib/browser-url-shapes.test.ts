import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, test } from 'vitest'
import { blockDocument, mayNeedBlocking } from './block-document.js'
import { findServiceByUrl, thirdPartyUrl } from './find-service.js'
import { planBlocking, type BlockingContext } from './plan-blocking.js'
import { applyEdits } from './rehype-consent-blocking.js'
import { defaultTexts } from './texts.js'

// Shapes a browser fetches (or resolves) that a pattern for `https://host` misses. Each was passed
// without a finding before: the host loaded before consent wherever the host sends no CSP.

const context: BlockingContext = { customServices: [], siteHost: 'site.example', texts: defaultTexts.de, privacyPolicyPath: '/datenschutz/', content: true }

function block(html: string) {
  const tree = fromHtml(html, { fragment: true })
  const { edits, facts } = planBlocking(tree, context)
  applyEdits(tree, edits)
  return { html: toHtml(tree), facts, problems: facts.unknownThirdParties.map((entry) => `${entry.host} ${entry.via}`) }
}

describe('URLs are read as the URL parser of a browser reads them', () => {
  test.each([
    ['backslashes', 'https:\\\\evil.example\\p.gif', 'evil.example'],
    ['a slash and a backslash', '/\\evil.example/p.gif', 'evil.example'],
    ['a newline inside the scheme', 'ht\ntps://evil.example/p.gif', 'evil.example'],
    ['a tab inside the host', 'https://evil\t.example/p.gif', 'evil.example'],
    ['http: without slashes', 'http:evil.example/p.gif', 'evil.example'],
    ['upper case', 'HTTPS://EVIL.EXAMPLE/p.gif', 'evil.example'],
    ['leading spaces and a control character', ' \u0001https://evil.example/p.gif', 'evil.example'],
    ['https: without slashes on an https page is a path', 'https:evil.example/p.gif', undefined],
    ['a relative path', 'images/evil.example.png', undefined],
    ['the site itself', 'https://site.example/a.png', undefined],
    ['data:', 'data:image/gif;base64,R0lGOD', undefined],
  ])('%s', (_name, url, host) => {
    expect(thirdPartyUrl(url, 'site.example')?.hostname).toBe(host)
    if (host) expect(block(`<img src="${url.replace(/"/g, '&quot;')}" alt="">`).problems).toEqual([`${host} img[src]`])
  })

  test('a registry service written with backslashes is still that service, and gated', () => {
    expect(findServiceByUrl('https:\\\\www.googletagmanager.com/gtag/js?id=G-1')?.id).toBe('google-analytics')
    const { html, facts } = block('<script async src="https:\\\\www.googletagmanager.com\\gtag/js?id=G-1"></script>')
    expect(facts.services).toEqual(['google-analytics'])
    expect(html).toContain('type="text/plain"')
  })

  test('the finished-document pre-check sees these shapes', () => {
    for (const url of ['https:\\\\evil.example/p.gif', 'http:evil.example/p.gif', '/\\evil.example/p.gif']) {
      expect(mayNeedBlocking(`<!DOCTYPE html><body><img src="${url}"></body>`, 'site.example'), url).toBe(true)
    }
  })
})

describe('things that fetch besides src and href', () => {
  test.each([
    ['a[ping]', '<a href="/x/" ping="https://evil.example/ping">x</a>', 'evil.example a[ping]'],
    ['link rel=prerender', '<link rel="prerender" href="https://evil.example/">', 'evil.example link[rel=prerender]'],
    ['link rel=compression-dictionary', '<link rel="compression-dictionary" href="https://evil.example/d">', 'evil.example link[rel=compression-dictionary]'],
    ['speculation rules', '<script type="speculationrules">{"prefetch":[{"source":"list","urls":["https://evil.example/next"]}]}</script>', 'evil.example speculation rules'],
    ['an SVG script', '<svg><script href="https://evil.example/x.js"></script></svg>', 'evil.example script[src]'],
    ['base href', '<base href="https://evil.example/">', 'evil.example base[href]'],
    ['an iframe srcdoc', '<iframe srcdoc="<img src=&quot;https://evil.example/p.gif&quot;>"></iframe>', 'evil.example iframe[srcdoc]: img[src]'],
    ['a data: iframe', '<iframe src="data:text/html,%3Cimg%20src%3D%22https%3A%2F%2Fevil.example%2Fp.gif%22%3E"></iframe>', 'evil.example iframe[src=data:]: img[src]'],
    ['a declarative shadow root', '<div><template shadowrootmode="open"><img src="https://evil.example/p.gif" alt=""></template></div>', 'evil.example img[src]'],
    ['a CSS-escaped URL', '<style>body{background:url(https\\:\\/\\/evil.example/x.png)}</style>', 'evil.example <style> url()'],
    ['a javascript: frame', '<iframe src="javascript:\'<img src=https://evil.example/p.gif>\'"></iframe>', 'evil.example script text'],
    ['a module importing a name its import map puts on another host', '<script type="importmap">{"imports":{"confetti":"https://evil.example/confetti.mjs"}}</script><script type="module">import confetti from "confetti"</script>', 'evil.example script text'],
  ])('%s is reported', (_name, html, problem) => {
    expect(block(html).problems).toEqual([problem])
  })

  test('JSON-LD stays as it is and names no third party', () => {
    const html = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","image":"https://cdn.example/a.png"}</script>'
    expect(block(html)).toMatchObject({ html, problems: [] })
  })

  test('an iframe srcdoc that loads a service waits in a placeholder as that service', () => {
    const { html, facts } = block('<iframe srcdoc="<script async src=&quot;https://www.googletagmanager.com/gtag/js?id=G-1&quot;></script>"></iframe>')
    expect(facts.services).toEqual(['google-analytics'])
    expect(html).toMatch(/^<div class="np-consent-embed" data-consent-category="statistics" data-consent-service="google-analytics">/)
    expect(html.replace(/<template>[\s\S]*<\/template>/, '')).not.toContain('googletagmanager')
    // No empty `src` is added: the frame keeps only its srcdoc.
    expect(html).toContain('<template><iframe srcdoc="<script async src=&#x22;https://www.googletagmanager.com/gtag/js?id=G-1&#x22;></script>" loading="lazy"></iframe></template>')
  })

  test("a service's ping waits in data-np-ping; a link gated for its image keeps its ping in the template", () => {
    const service = { id: 'clicks', name: 'Clicks', category: 'marketing', provider: { name: 'Clicks Ltd', address: 'X', country: 'IE' }, purpose: { de: 'x', en: 'x' }, legalBasis: 'consent', needsConsent: true, cookies: [], privacyPolicyUrl: 'https://clicks.example/privacy', scriptHosts: [], frameHosts: [], pixelHosts: [], connectHosts: ['clicks.example'], imageHosts: ['clicks.example'] } as const
    const run = (html: string) => {
      const tree = fromHtml(html, { fragment: true })
      const { edits } = planBlocking(tree, { ...context, customServices: [service] })
      applyEdits(tree, edits)
      return toHtml(tree)
    }
    expect(run('<a href="https://shop.example/" ping="https://clicks.example/p">Shop</a>')).toBe('<a href="https://shop.example/" data-consent-category="marketing" data-consent-service="clicks" data-np-ping="https://clicks.example/p">Shop</a>')
    const gatedLink = run('<a href="https://shop.example/" ping="https://clicks.example/p"><img src="https://clicks.example/i.png" alt=""></a>')
    expect(gatedLink.replace(/<template>[\s\S]*<\/template>/, '')).not.toContain('clicks.example')
  })

  test('gated speculation rules and modules keep their type for the runtime', () => {
    const { html } = block('<script type="speculationrules">{"prefetch":[{"source":"list","urls":["https://www.youtube.com/watch?v=x"]}]}</script>')
    expect(html).toContain('type="text/plain"')
    expect(html).toContain('data-np-type="speculationrules"')
  })
})

describe("an inline call of a vendor's API pasted beside its gated loader", () => {
  const paypal = { id: 'paypal', name: 'PayPal', category: 'external-media', provider: { name: 'PayPal (Europe) S.à r.l. et Cie, S.C.A.', address: 'X', country: 'LU' }, purpose: { de: 'x', en: 'x' }, legalBasis: 'consent', needsConsent: true, cookies: [], privacyPolicyUrl: 'https://www.paypal.com/privacy', scriptHosts: ['www.paypal.com'], frameHosts: [], pixelHosts: [] } as const
  const run = (html: string) => {
    const tree = fromHtml(html, { fragment: true })
    const { edits, facts } = planBlocking(tree, { ...context, customServices: [paypal] })
    applyEdits(tree, edits)
    return { html: toHtml(tree), codes: facts.unknownThirdParties.map((entry) => entry.code ?? 'unknown-third-party') }
  }
  const loader = '<script src="https://www.paypal.com/sdk/js?client-id=test"></script>'

  test('is gated with the loader (its container between them), in document order', () => {
    const { html, codes } = run(`${loader}\n<div id="paypal-button-container"></div>\n<script>paypal.Buttons().render('#paypal-button-container');</script>`)
    expect(codes).toEqual([])
    expect(html.match(/<script type="text\/plain" data-consent-category="external-media" data-consent-service="paypal"/g)).toHaveLength(2)
  })

  test('a callback defined before the loader is the loader’s too', () => {
    expect(run(`<div id="box"></div><script>function onLoad(){ paypal.Buttons().render('#box') }</script>${loader}`).codes).toEqual([])
  })

  test('an inline script apart from any gated loader is still refused', () => {
    expect(run(`${loader}<p>a</p><p>b</p><p>c</p><p>d</p><script>document.title = 'x'</script>`).codes).toEqual(['content-inline-script'])
    expect(run(`<script>document.title = 'x'</script>`).codes).toEqual(['content-inline-script'])
  })

  test('one that loads something at runtime is refused even beside a loader', () => {
    expect(run(`${loader}<script>var s = document.createElement('script'); s.src = '/x.js'; document.head.append(s)</script>`).codes).toEqual(['content-inline-script'])
  })
})

test('a declarative shadow root is gated inside its template content (rehype path and finished documents)', () => {
  const { html } = block('<div><template shadowrootmode="open"><iframe src="https://www.youtube.com/embed/x"></iframe></template></div>')
  expect(html).toContain('<template shadowrootmode="open"><div class="np-consent-embed"')
  const page = '<!DOCTYPE html><html><head><title>T</title></head><body><div><template shadowrootmode="open"><img src="https://i.ytimg.com/vi/x/hqdefault.jpg" alt=""></template></div></body></html>'
  const finished = blockDocument(page, context)
  expect(finished.facts.services).toEqual(['youtube'])
  expect(finished.html).not.toMatch(/<template shadowrootmode="open"><img/)
})

test('a javascript: frame in content is an inline script: refused when it names nothing', () => {
  expect(block('<iframe src="javascript:alert(1)"></iframe>').facts.unknownThirdParties.map((entry) => entry.code)).toEqual(['content-inline-script'])
})
