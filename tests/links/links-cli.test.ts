import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { buildSite, generateSite, isNichepressError } from '@nichepress/core'
import { runLinks, type LinksCommandOptions } from '../../packages/cli/src/commands/links.js'

const fixture = new URL('../../packages/links/test/fixtures/de-site/', import.meta.url).pathname
const page = 'content/posts/kochen-im-winter.md'
const linksPreset = new URL('../../packages/cli/dist/commands/links-preset.js', import.meta.url).href
const buildPreset = new URL('../../packages/cli/dist/preset.js', import.meta.url).href
let root = ''

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'np-links-'))
  await cp(fixture, root, { recursive: true })
  // The CLI builds with every default plugin, and the legal pages need an operator.
  const address = { street: 'Teststraße 1', postalCode: '20095', city: 'Hamburg', country: 'DE' }
  const legal = { updated: '2026-01-01', operator: { kind: 'person', name: 'Test Person', address }, contact: { email: 'test@kocher.example', phone: '+49 40 1234567' }, responsibleForContent: { name: 'Test Person', address }, hosting: 'netlify' }
  await writeFile(join(root, 'nichepress.config.json'), JSON.stringify({ title: 'Kocherfixture', url: 'https://kocher.example', language: 'de', legal }))
})
afterEach(async () => rm(root, { recursive: true, force: true }))

async function run(options: Partial<LinksCommandOptions>): Promise<{ code: number; output: string }> {
  let output = ''
  const code = await runLinks({ root, drafts: false, cache: false, format: 'text', page: undefined, limit: undefined, apply: false, write: false, print: (text) => (output += text), ...options })
  return { code, output }
}

test('JSON report: graph (orphans, tag-only pages, links to redirects) and suggestions', async () => {
  const { code, output } = await run({ format: 'json' })
  expect(code).toBe(0)
  const report = JSON.parse(output) as { graph: Record<string, unknown>; pages: Array<{ file: string; suggestions: Array<{ anchor: string; target: string }> }> }
  expect(report.graph.orphans).toEqual(['/kartusche-sicher-wechseln/', '/kartusche-wechseln-bei-frost/', '/kochen-im-winter/', '/reisekocher-tipps/'])
  expect(report.graph.onlyViaTags).toEqual(report.graph.orphans)
  expect(report.graph.toRedirects).toEqual([{ file: 'content/posts/gaskocher-test.md', line: 10, column: 14, target: '/alt-windschutz/', redirectsTo: '/windschutz/' }])
  expect(report.graph.broken).toEqual([])
  const winter = report.pages.find((entry) => entry.file === page)!
  expect(winter.suggestions.slice(0, 2).map(({ anchor, target }) => [anchor, target])).toEqual([
    ['Windschutz', '/windschutz/'],
    ['Kartusche wechseln', '/kartusche-sicher-wechseln/'],
  ])
})

test('--page limits the report to one post; text and Markdown formats', async () => {
  const text = await run({ page })
  expect(text.output).toContain(`  ${page}\n    18:5     "Windschutz" → /windschutz/`)
  expect(text.output).not.toContain('reisekocher-tipps.md\n')
  const markdown = await run({ page, format: 'markdown' })
  expect(markdown.output).toContain('| 18:5 | Windschutz | `/windschutz/` |')
})

test('an unknown --page is a catalogued user error', async () => {
  const error = await run({ page: 'content/posts/nope.md' }).catch((caught: unknown) => caught)
  expect(isNichepressError(error) && error.messages[0]?.ruleId).toBe('links-page-unknown')
})

test('--apply shows a diff and writes nothing; --write writes exactly the links', async () => {
  const before = await readFile(join(root, page), 'utf8')
  const dryRun = await run({ page, apply: true })
  expect(dryRun.output).toContain('+Ein [Windschutz](./windschutz.md) hält die Flamme ruhig.')
  expect(dryRun.output).toContain('2 links would be written')
  expect(await readFile(join(root, page), 'utf8')).toBe(before)
  await run({ page, apply: true, write: true })
  const after = await readFile(join(root, page), 'utf8')
  expect(after).toBe(
    before
      .replace('Ein Windschutz hält', 'Ein [Windschutz](./windschutz.md) hält')
      .replace('die Kartusche wechseln.', 'die [Kartusche wechseln](./kartusche-sicher-wechseln.md).'),
  )
  // The links are real now: the next report no longer suggests them.
  const again = await run({ page, format: 'json' })
  const targets = (JSON.parse(again.output) as { pages: Array<{ suggestions: Array<{ target: string }> }> }).pages[0]!.suggestions.map((entry) => entry.target)
  expect(targets).not.toContain('/windschutz/')
  expect(targets).not.toContain('/kartusche-sicher-wechseln/')
})

// A 5,000-page site's report takes 20 s (ruby-lang.org imported): on a terminal the command shows
// where it is — the build's render phase, the index, the suggestions page by page — and clears the
// line before the report.
test('progress: render, index and every page suggested, then cleared before the report is printed', async () => {
  const events: Array<[string, number, number]> = []
  let clearedBeforePrint = false
  let cleared = 0
  let output = ''
  const code = await runLinks({
    root, drafts: false, cache: false, format: 'text', page: undefined, limit: undefined, apply: false, write: false,
    print: (text) => {
      clearedBeforePrint = cleared > 0
      output += text
    },
    progress: { update: (phase, done, total) => void events.push([phase, done, total]), clear: () => void cleared++ },
  })
  expect(code).toBe(0)
  expect(output).toContain('Suggestions')
  const phases = [...new Set(events.map(([phase]) => phase))]
  expect(phases).toEqual(['render', 'index', 'suggest'])
  const suggest = events.filter(([phase]) => phase === 'suggest')
  const pages = suggest[0]![2]
  expect(pages).toBeGreaterThan(3)
  expect(suggest.at(-1)).toEqual(['suggest', pages, pages])
  expect(suggest.map(([, done]) => done)).toEqual([...Array(pages + 1).keys()])
  expect(clearedBeforePrint).toBe(true)
})

// The report reads the content model only, so it keeps no page's HTML (on a 10,000-post site 200 MB
// of memory); the render cache it fills must still hold every page whole, or the next build would
// reuse empty posts. `links` and `build` share that cache: the plugins `links` leaves out (lint, seo)
// render nothing.
test.each([
  ['in this thread', 0],
  ['on render workers', 160],
])('the content model keeps no HTML, the cache it writes keeps it all (%s)', async (_, extraPosts) => {
  for (let index = 0; index < extraPosts; index++) {
    await writeFile(join(root, `content/posts/extra-${index}.md`), `---\ntitle: Extra ${index}\ndate: 2024-01-01\n---\n\nExtra post number ${index} about Gaskocher.\n`)
  }
  // What `runLinks` reads (with the built preset: render workers load it by URL), the cache on.
  const model = await generateSite({ root, preset: linksPreset, keepGoing: true, planOnly: true, command: 'links' })
  expect(model.site.contentPages.length).toBeGreaterThan(extraPosts)
  expect(model.site.contentPages.every((entry) => entry.rendered.html === '')).toBe(true)
  // …while what the report needs is all there: the linkable text and the links.
  expect(model.site.contentPages.every((entry) => Array.isArray((entry.rendered.facts.links as { ranges?: unknown } | undefined)?.ranges))).toBe(true)
  const built = await buildSite({ root, preset: buildPreset })
  expect(built.stats.cacheHits).toBe(model.site.contentPages.length)
  const html = await readFile(join(built.outDir, 'kochen-im-winter/index.html'), 'utf8')
  expect(html).toContain('Windschutz')
  if (extraPosts > 0) expect(await readFile(join(built.outDir, 'extra-7/index.html'), 'utf8')).toContain('Extra post number 7 about Gaskocher.')
}, 120_000)
