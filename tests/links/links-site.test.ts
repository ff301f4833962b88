import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { generateSite, type GeneratedSite } from '@nichepress/core'
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
