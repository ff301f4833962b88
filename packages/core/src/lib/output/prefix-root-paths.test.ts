import { expect, test } from 'vitest'
import { basePathOf, withBasePath } from '../site/base-path.js'
import { prefixRootPaths } from './prefix-root-paths.js'

const page = (body: string, head = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`

test.each([
  { url: 'https://x.de', expected: '' },
  { url: 'https://x.de/blog', expected: '/blog' },
  { url: 'https://x.de/a/b/', expected: '/a/b' },
  { url: 'https://x.de/b%C3%BCcher', expected: '/b%C3%BCcher' },
])('basePathOf($url) is "$expected"', ({ url, expected }) => {
  expect(basePathOf(url)).toBe(expected)
})

test.each([
  { url: '/archiv/', expected: '/blog/archiv/' },
  { url: '/', expected: '/blog/' },
  { url: ' /a/', expected: ' /blog/a/' },
  { url: '//cdn.example/x.js', expected: '//cdn.example/x.js' },
  { url: '/\\evil.example/', expected: '/\\evil.example/' },
  { url: '/\t/evil.example/', expected: '/\t/evil.example/' },
  { url: 'https://x.de/a/', expected: 'https://x.de/a/' },
  { url: 'bild.png', expected: 'bild.png' },
  { url: '../a/', expected: '../a/' },
  { url: '#top', expected: '#top' },
  { url: 'mailto:a@x.de', expected: 'mailto:a@x.de' },
])('withBasePath($url) → $expected', ({ url, expected }) => {
  expect(withBasePath(url, '/blog')).toBe(expected)
})

test('a root base path leaves the document as it is', () => {
  const html = page('<a href="/a/">a</a>')
  expect(prefixRootPaths(html, '')).toEqual({ html, cssRootPaths: [] })
})

test('every URL attribute gets the base; other attributes, text and relative URLs keep their bytes', () => {
  const html = page(
    [
      '<a href="/a/" title="/not-a-url/">/a/</a>',
      "<img src='/i.png' srcset=\"/i-1.png 1x, /i-2.png 2x,https://cdn.x/i.png 3x\" alt=\"\">",
      '<video poster="/p.jpg"><source src="/v.mp4"><track src="/t.vtt"></video>',
      '<form action="/suche/"><button formaction="/los/">x</button></form>',
      '<blockquote cite="/quelle/">q</blockquote><object data="/o.svg"></object>',
      '<a href="/b/" ping="/p1 https://x.de/p2">b</a>',
      '<svg><use href="/icons.svg#x"></use><use xlink:href="/icons.svg#y"></use></svg>',
      '<a href="rel/">r</a><a href="//host/">h</a><a href="?q=1&amp;r=2">q</a><a href="/q?a=1&amp;b=&quot;2&quot;">q2</a>',
    ].join(''),
    '<link rel="stylesheet" href="/s.css"><link rel="preload" as="image" imagesrcset="/h.png 2x"><meta http-equiv="refresh" content="0; url=/neu/"><script src="/x.js"></script>',
  )
  const out = prefixRootPaths(html, '/blog').html
  for (const url of ['/a/', '/i.png', '/i-1.png 1x, /blog/i-2.png 2x', '/p.jpg', '/v.mp4', '/t.vtt', '/suche/', '/los/', '/quelle/', '/o.svg', '/b/', '/icons.svg#x', '/icons.svg#y', '/s.css', '/h.png 2x', '/x.js']) {
    expect(out, url).toContain(`="/blog${url}`)
  }
  expect(out).toContain('https://cdn.x/i.png 3x')
  expect(out).toContain('ping="/blog/p1 https://x.de/p2"')
  expect(out).toContain('content="0; url=/blog/neu/"')
  expect(out).toContain('title="/not-a-url/">/a/</a>')
  expect(out).toContain('<a href="rel/">r</a><a href="//host/">h</a><a href="?q=1&amp;r=2">q</a>')
  expect(out).toContain('href="/blog/q?a=1&amp;b=&quot;2&quot;"')
  expect(out.replace(/\/blog/g, '').replace("src=\"/i.png\"", "src='/i.png'")).toBe(html)
})

test('links inside <template> and <noscript> get the base too', () => {
  const out = prefixRootPaths(page('<template><a href="/t/">t</a></template><noscript><img src="/n.gif" alt=""></noscript>'), '/blog').html
  expect(out).toContain('<template><a href="/blog/t/">t</a></template>')
  expect(out).toContain('<noscript><img src="/blog/n.gif" alt=""></noscript>')
})

test('root paths in inline CSS keep their bytes (their CSP hash) and are returned with their offsets', () => {
  const html = page('<p style="background: url(/a.png)">x</p><div style="background:url(\'../b.png\')"></div>', '<style>body { background: url( "/c.png" ) }</style>')
  const { html: out, cssRootPaths } = prefixRootPaths(html, '/blog')
  expect(out).toBe(html)
  expect(cssRootPaths.map((found) => [found.url, html.slice(found.offset, found.offset + found.url.length)])).toEqual([
    ['/c.png', '/c.png'],
    ['/a.png', '/a.png'],
  ])
})
