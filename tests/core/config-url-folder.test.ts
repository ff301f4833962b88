import { isNichepressError, loadConfig } from '@nichepress/core'
import { afterEach, expect, test } from 'vitest'
import { coreConfig, makeSite, removeSite } from '../helpers/site.js'

// Every link, asset, feed entry, the consent runtime and the legal links are written as root paths
// (/archiv/): a site configured for https://x.de/blog/ built without a word and 404'd on every link
// once served from /blog/. Until sites in a folder are supported, that config is an error.

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) removeSite(root)
})

test.each(['https://x.de/blog/', 'https://x.de/blog', 'https://x.de/Mein%20Blog/'])('url %s is config-invalid, naming the option and what to do', async (url) => {
  const root = makeSite({ 'nichepress.config.json': coreConfig({ url }) })
  roots.push(root)
  const error = await loadConfig(root).catch((caught: unknown) => caught)
  expect(isNichepressError(error)).toBe(true)
  const messages = isNichepressError(error) ? error.messages : []
  expect(messages.map((message) => message.ruleId)).toEqual(['config-invalid'])
  expect(messages[0]?.reason).toContain('`url`')
  expect(messages[0]?.reason).toMatch(/root.*subdomain/)
  expect(String(messages[0]?.file)).toContain('nichepress.config.json')
})

test.each(['https://x.de', 'https://x.de/', 'https://blog.x.de//', 'http://localhost:8080/'])('url %s (the root of a host) stays valid', async (url) => {
  const root = makeSite({ 'nichepress.config.json': coreConfig({ url }) })
  roots.push(root)
  const config = await loadConfig(root)
  expect(new URL(config.url).pathname).toBe('/')
})
