import { isNichepressError, loadConfig } from '@nichepress/core'
import { afterEach, expect, test } from 'vitest'
import { coreConfig, makeSite, removeSite } from '../helpers/site.js'

// A site in a folder (https://x.de/blog/: GitHub Pages project sites, a /blog/ behind a proxy) keeps
// its path in `url`: absolute URLs are `url` + a root path, and the build puts the folder in front of
// every root path (tests/starter/site-in-folder.test.ts builds one).

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) removeSite(root)
})

test.each([
  { url: 'https://x.de/blog/', expected: 'https://x.de/blog' },
  { url: 'https://x.de/blog', expected: 'https://x.de/blog' },
  { url: 'https://x.de/blog///', expected: 'https://x.de/blog' },
  { url: 'https://user.github.io/repo/', expected: 'https://user.github.io/repo' },
  { url: 'https://x.de/a/b/', expected: 'https://x.de/a/b' },
  { url: 'https://x.de/Mein%20Blog/', expected: 'https://x.de/Mein%20Blog' },
  { url: 'https://x.de/bücher/', expected: 'https://x.de/b%C3%BCcher' },
])('url $url (a folder) is accepted as $expected', async ({ url, expected }) => {
  const root = makeSite({ 'nichepress.config.json': coreConfig({ url }) })
  roots.push(root)
  expect((await loadConfig(root)).url).toBe(expected)
})

test.each([
  { url: 'https://x.de', expected: 'https://x.de' },
  { url: 'https://x.de/', expected: 'https://x.de' },
  { url: 'https://blog.x.de//', expected: 'https://blog.x.de' },
  { url: 'http://localhost:8080/', expected: 'http://localhost:8080' },
])('url $url (the root of a host) keeps its text, without the trailing slash', async ({ url, expected }) => {
  const root = makeSite({ 'nichepress.config.json': coreConfig({ url }) })
  roots.push(root)
  expect((await loadConfig(root)).url).toBe(expected)
})

test.each(['https://x.de/blog/?ref=1', 'https://x.de/#top', 'https://x.de/a//b/'])('url %s is config-invalid, naming the option and what to write', async (url) => {
  const root = makeSite({ 'nichepress.config.json': coreConfig({ url }) })
  roots.push(root)
  const error = await loadConfig(root).catch((caught: unknown) => caught)
  expect(isNichepressError(error)).toBe(true)
  const messages = isNichepressError(error) ? error.messages : []
  expect(messages.map((message) => message.ruleId)).toEqual(['config-invalid'])
  expect(messages[0]?.reason).toContain('`url`')
  expect(messages[0]?.reason).toContain('https://x.de/blog/')
  expect(String(messages[0]?.file)).toContain('nichepress.config.json')
})
