import { parseDocumentTree } from '@nichepress/core'
import { expect, test } from 'vitest'
import { blockDocument, mayNeedBlocking } from './block-document.js'
import { defaultTexts } from './texts.js'

const page = (body: string) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`

test.each([
  ['an external tracker script', '<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>', true],
  ['an inline executable script', '<script>window.dataLayer = []</script>', true],
  ['an iframe', '<iframe src="https://www.youtube.com/embed/x"></iframe>', true],
  ['a noscript fallback', '<noscript><img src="https://www.facebook.com/tr?id=1"></noscript>', true],
  ['a third-party image after an attribute containing >', '<img alt="a > b" src="https://tracker.example/p.gif">', true],
  ['entity-encoded URLs', '<img src="https:&#x2F;&#x2F;tracker.example/p.gif" alt="">', true],
  ['JSON-LD and JSON data blocks', '<script type="application/ld+json">{"a":1}</script><script type="application/json" id="c">{}</script>', false],
  ['a blocked script', '<script type="text/plain" data-src="https://www.googletagmanager.com/gtag/js"></script>', false],
  ['first-party scripts and images', '<script src="/_np/consent.js" defer></script><img src="/images/a.svg" alt=""><img src="https://site.example/b.png" alt="">', false],
])('%s → %s', (_name, body, expected) => {
  expect(mayNeedBlocking(page(body), 'site.example')).toBe(expected)
})

test('a document the pre-check skips would not have been changed by a full pass', () => {
  const html = page('<script type="application/ld+json">{"a":1}</script><img src="/a.svg" alt=""><p>Text</p>')
  expect(mayNeedBlocking(html, 'site.example')).toBe(false)
  expect(blockDocument(html, { siteHost: 'site.example', customServices: [], texts: undefined as never, privacyPolicyPath: '/datenschutz/' }).html).toBe(html)
})

test('the plan is made on the tree without positions; a document with something to gate or report is planned again with positions', () => {
  const context = { siteHost: 'site.example', customServices: [], texts: defaultTexts.de, privacyPolicyPath: '/datenschutz/' }
  const run = (html: string) => {
    const asked: boolean[] = []
    const result = blockDocument(html, context, (options) => {
      asked.push(options.positions !== false)
      return parseDocumentTree(html, options)
    })
    return { ...result, asked, full: blockDocument(html, context, () => parseDocumentTree(html)) }
  }
  // Nothing to gate (a link to another site, a data block): no positioned parse.
  const clean = run(page('<p><a href="https://other.example/">Link</a></p><script type="application/ld+json">{"a":1}</script>'))
  expect(clean.asked).toEqual([false])
  expect(clean.html).toBe(clean.full.html)
  expect(clean.facts).toEqual(clean.full.facts)
  // A tracker to gate and an unknown third party to report: spliced and placed from the positioned tree.
  const tracker = run(page('<p>Text</p>\n<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>\n<img src="https://unknown.example/p.gif" width="1" height="1" alt="">'))
  expect(tracker.asked).toEqual([false, true])
  expect(tracker.html).toBe(tracker.full.html)
  expect(tracker.html).not.toContain('<script async src="https://www.googletagmanager.com')
  expect(tracker.facts).toEqual(tracker.full.facts)
  expect(tracker.facts.unknownThirdParties).toEqual([expect.objectContaining({ host: 'unknown.example', line: 3, column: 1 })])
})
