import { expect, test } from 'vitest'
import { blockDocument, mayNeedBlocking } from './block-document.js'

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
