import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSite } from '@nichepress/core'
import { afterAll, expect, test } from 'vitest'
import { importSite, writeImport } from '../../packages/import/src/index.js'
import { siteConfig } from './site-config.js'

// A reference-style image (`![alt][ref]` with `[ref]: url`) loads from its definition's host just like
// `![alt](url)`: on a host no consent service covers it must become a link too, or the build refuses it.
const preset = fileURLToPath(new URL('../../packages/cli/dist/preset.js', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'np-import-refimg-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

test('a Jekyll post with reference-style images on an unknown host imports and builds with zero errors; no <img> loads from the host', async () => {
  const source = join(work, 'jekyll')
  const site = join(work, 'site')
  mkdirSync(join(source, '_posts'), { recursive: true })
  mkdirSync(site)
  writeFileSync(join(source, '_config.yml'), 'url: https://blog.example\npermalink: /:year/:title/\n')
  writeFileSync(join(source, '_posts/2024-05-01-kocher.md'), '---\ntitle: Kocher\n---\n\nUnser Kocher: ![Der Kocher][k] und ![k][].\n\n[k]: https://images.unknown-cdn.example/kocher.jpg\n')
  writeFileSync(join(site, 'nichepress.config.json'), siteConfig('Blog', 'https://blog.example'))
  const result = importSite(source)
  writeImport(site, result)
  const post = result.files.find((file) => file.path.endsWith('kocher.md'))?.contents ?? ''
  expect(post).toMatch(/\[[^\]]*Der Kocher[^\]]*\]\[k\]/)
  expect(post).not.toMatch(/!\[/)
  expect(result.report.items.filter((item) => item.ruleId === 'import-third-party-removed').map((item) => item.message)).toEqual([expect.stringContaining('images.unknown-cdn.example')])
  const generated = await generateSite({ root: site, preset, cache: false, keepGoing: true })
  expect(generated.messages.filter((message) => message.fatal).map((message) => `${message.ruleId} ${message.reason}`)).toEqual([])
  const html = generated.files.flatMap((file) => ('contents' in file && file.path.endsWith('.html') ? [String(file.contents)] : [])).join('\n')
  expect(html).toContain('href="https://images.unknown-cdn.example/kocher.jpg"')
  expect(html).not.toMatch(/<img[^>]+unknown-cdn/)
}, 60_000)
