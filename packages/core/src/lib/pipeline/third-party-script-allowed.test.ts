import { expect, test } from 'vitest'
import { thirdPartyScriptAllowed } from './third-party-script-allowed.js'

test.each([
  { url: 'https://cdn.example/lib.js', sources: ['https://cdn.example'], expected: true },
  { url: 'https://cdn.example/lib.js', sources: ['cdn.example'], expected: true },
  { url: 'https://a.cdn.example/lib.js', sources: ['*.cdn.example'], expected: true },
  { url: 'https://cdn.example/lib.js', sources: ['*.cdn.example'], expected: false },
  { url: 'https://evil.example/lib.js', sources: ['https://cdn.example'], expected: false },
  { url: 'https://cdn.example.evil.example/x.js', sources: ['cdn.example'], expected: false },
  { url: 'https://cdn.example/js/lib.js', sources: ['https://cdn.example/js/'], expected: true },
  { url: 'https://cdn.example/other/lib.js', sources: ['https://cdn.example/js/'], expected: false },
  { url: 'https://cdn.example:8443/lib.js', sources: ['https://cdn.example'], expected: false },
  { url: 'https://cdn.example/lib.js', sources: ['https:'], expected: true },
  { url: 'https://cdn.example/lib.js', sources: ["'self'", "'unsafe-inline'"], expected: false },
  { url: 'https://cdn.example/lib.js', sources: ['*'], expected: true },
])('$url with $sources → $expected', ({ url, sources, expected }) => {
  expect(thirdPartyScriptAllowed(url, { 'script-src': sources })).toBe(expected)
})

test('script-src-elem wins over script-src, default-src stands in when neither is given, nothing allows nothing', () => {
  expect(thirdPartyScriptAllowed('https://cdn.example/a.js', { 'script-src-elem': ['other.example'], 'script-src': ['cdn.example'] })).toBe(false)
  expect(thirdPartyScriptAllowed('https://cdn.example/a.js', { 'default-src': ['cdn.example'] })).toBe(true)
  expect(thirdPartyScriptAllowed('https://cdn.example/a.js', { 'img-src': ['cdn.example'] })).toBe(false)
  expect(thirdPartyScriptAllowed('https://cdn.example/a.js', {})).toBe(false)
})
