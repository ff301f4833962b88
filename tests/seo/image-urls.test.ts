import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { makeSite, removeSite } from '../helpers/site.js'
import { buildWithCli } from './helpers.js'

// Image file names as bloggers upload them: spaces and umlauts. A sitemap <image:loc> and og:image
// must be valid URLs, so those are percent-encoded (UTF-8); existing %XX escapes are kept.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')
const root = makeSite({
  'nichepress.config.json': JSON.stringify({ title: 'Kocherkompass', url: 'https://kocherkompass.example', language: 'en', legal: { enabled: false } }),
  'content/posts/zelt.md': '---\ntitle: Zelt am See\ndescription: Ein Bericht über ein Zelt am See mit grünen Tassen, lang genug für die Beschreibung.\ndate: 2025-05-01\nimage: "/bilder/Zelt am See.png"\nimageAlt: Zelt am See\n---\n\n![Grüne Tasse](/bilder/grüne%20tasse.png)\n\nText über das Zelt.\n',
  'static/bilder/Zelt am See.png': png,
  'static/bilder/grüne tasse.png': png,
})
afterAll(() => removeSite(root))

test('image URLs are percent-encoded in the sitemap and in og:image', () => {
  const out = buildWithCli(root)
  const sitemap = readFileSync(join(out, 'sitemap-1.xml'), 'utf8')
  expect(sitemap).toContain('<image:loc>https://kocherkompass.example/bilder/Zelt%20am%20See.png</image:loc>')
  expect(sitemap).toContain('<image:loc>https://kocherkompass.example/bilder/gr%C3%BCne%20tasse.png</image:loc>')
  expect(sitemap).not.toMatch(/<image:loc>[^<]*[ ü][^<]*<\/image:loc>/)
  const html = readFileSync(join(out, 'zelt/index.html'), 'utf8')
  expect(html).toContain('<meta property="og:image" content="https://kocherkompass.example/bilder/Zelt%20am%20See.png">')
})
