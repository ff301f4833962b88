import { expect, test } from 'vitest'
import { cssRootPaths } from './css-root-paths.js'

test.each([
  { css: 'a { background: url(/a.png) }', expected: ['/a.png'] },
  { css: "a { background: url( '/a b.png' ) }", expected: ['/a'] },
  { css: 'a { background: url("/a.png"), url(b.png), url(//cdn.x/c.png), url(https://x.de/d.png) }', expected: ['/a.png'] },
  { css: '@import "/base.css"; @import url(/more.css); @import "rel.css";', expected: ['/base.css', '/more.css'] },
  { css: 'a { background: url(/\\\\evil.example/x.png) }', expected: [] },
])('$css → $expected', ({ css, expected }) => {
  const found = cssRootPaths(css)
  expect(found.map((entry) => entry.url)).toEqual(expected)
  for (const entry of found) expect(css.slice(entry.index, entry.index + entry.url.length)).toBe(entry.url)
})
