import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { buildSite, generateSite, type GeneratedSite } from '@nichepress/core'
import { suggestionsFor } from '../../packages/links/src/index.js'
import { presetUrl } from '../../packages/cli/src/lib/preset-url.js'

const fixture = new URL('../../packages/links/test/fixtures/en-site/', import.meta.url).pathname
let root = ''
let generated: GeneratedSite

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'np-links-site-'))
  await cp(fixture, root, { recursive: true })
  const address = { street: '1 Test Street', postalCode: '20095', city: 'Hamburg', country: 'DE' }
  const legal = { updated: '2026-01-01', operator: { kind: 'person', name: 'Test Person', address }, contact: { email: 'test@brew.example', phone: '+49 40 1234567' }, responsibleForContent: { name: 'Test Person', address }, hosting: 'netlify' }
  await writeFile(join(root, 'nichepress.config.json'), JSON.stringify({ title: 'Brew fixture', url: 'https://brew.example', language: 'en', legal, links: { relatedPosts: 2 } }))
  generated = await generateSite({ root, preset: presetUrl, cache: false })
})
afterAll(async () => rm(root, { recursive: true, force: true }))

test('post pages render the related posts the plugin contributes', () => {
  const file = generated.files.find((entry) => entry.path === 'descale-moka-pot/index.html')
  const html = String(file && 'contents' in file ? file.contents : '')
  const related = /<section class="related"[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
  expect(related).toContain('<a href="/descale-espresso-machine/">How to Descale an Espresso Machine</a>')
  expect(related.match(/<li>/g)).toHaveLength(2)
})

test('suggestionsFor serves one page of a built site (the dev server endpoint)', () => {
  const suggestions = suggestionsFor(generated.site, 'content/posts/morning-routine.md')
  expect(suggestions?.[0]).toMatchObject({ anchor: 'descale an espresso machine', target: '/descale-espresso-machine/', line: 15, column: 19 })
  expect(suggestionsFor(generated.site, 'content/posts/missing.md')).toBeUndefined()
})

test('related posts are cached as a whole and recomputed after any content change', async () => {
  const build = () => buildSite({ root, preset: presetUrl, outDir: join(root, 'public'), skipUnchanged: false })
  const related = () => /<section class="related"[\s\S]*?<\/section>/.exec(readFileSync(join(root, 'public/descale-moka-pot/index.html'), 'utf8'))?.[0] ?? ''
  await build()
  const file = join(root, 'node_modules/.cache/nichepress/plugins/links/related.json')
  const cached = JSON.parse(readFileSync(file, 'utf8')) as { key: string; related: Record<string, Array<{ title: string; url: string }>> }
  expect(cached.related['content/posts/descale-moka-pot.md']?.[0]).toEqual({ title: 'How to Descale an Espresso Machine', url: '/descale-espresso-machine/' })
  // A planted entry under the same key is what the next build shows: the analysis was skipped.
  cached.related['content/posts/descale-moka-pot.md'] = [{ title: 'Planted', url: '/planted/' }]
  writeFileSync(file, JSON.stringify(cached))
  rmSync(join(root, 'public'), { recursive: true })
  rmSync(join(root, 'node_modules/.cache/nichepress/documents.json'))
  await build()
  expect(related()).toContain('Planted')
  // Any content change recomputes every list.
  appendFileSync(join(root, 'content/posts/descale-moka-pot.md'), '\nOne more line about scale.\n')
  await build()
  expect(related()).not.toContain('Planted')
  expect(related()).toContain('/descale-espresso-machine/')
})
