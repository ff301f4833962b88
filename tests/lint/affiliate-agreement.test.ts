import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateSite, type GeneratedSite } from '@nichepress/core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { AffiliateFacts } from '../../packages/affiliate/dist/index.js'
import { lintSite, type LintResult } from '../../packages/lint/dist/index.js'
import { makeSite, presetPath, removeSite, repoRoot } from '../helpers/site.js'

// Build and lint decide with one function (classifyAffiliateLink); this checks it end to end on every
// link of the labelled set: a link the build discloses is one lint counts as affiliate, a link the
// build records as a suspect is one lint warns about, and no other link is either.
const urls = readFileSync(join(repoRoot, 'packages/affiliate/test-data/links.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t')[0] ?? '')

const config = {
  title: 'Agreement',
  url: 'https://agreement.example',
  language: 'en',
  description: 'Every labelled link on one page, built and linted.',
  publisher: { type: 'person', name: 'Pat Planter', url: '/' },
  authors: [{ id: 'pat', name: 'Pat Planter', url: '/' }],
  affiliate: { links: { duo: 'https://www.amazon.com/dp/B0C7K4VD2M?tag=agreement-20' } },
}
// One link per paragraph, in angle brackets so a parenthesis in a URL (Tradedoubler's p(…)) stays in it;
// own-site /go/ links too, in the three forms the build knows.
const links = [...urls, '/go/duo/', '../go/duo/', 'https://agreement.example/go/duo/?utm_source=x', 'https://osm.org/go/0EEQjE--']
const post = `---\ntitle: Every labelled link\ndescription: A page that links every URL of the labelled affiliate set once.\ndate: 2026-01-01\n---\n\n${links.map((url, index) => `Link [number ${index}](<${url}>).`).join('\n\n')}\n`

let root = ''
let built: GeneratedSite
let linted: LintResult

beforeAll(async () => {
  root = makeSite({ 'nichepress.config.json': JSON.stringify(config), 'content/posts/all-links.md': post })
  built = await generateSite({ root, preset: presetPath, cache: false, threads: 1 }).catch((error: unknown) => {
    const messages = (error as { messages?: Array<{ ruleId?: unknown; reason?: unknown }> }).messages ?? []
    throw new Error(messages.map((message) => `${String(message.ruleId)}: ${String(message.reason)}`).join('\n') || String(error))
  })
  linted = await lintSite({ root, preset: presetPath, now: new Date('2027-01-01T00:00:00Z') })
}, 120_000)
afterAll(() => removeSite(root))

describe('build and lint on every labelled link', () => {
  test('lint warns about exactly the links the build records as suspects', () => {
    const facts = built.site.contentPages[0]?.rendered.facts['affiliate'] as AffiliateFacts | undefined
    const suspects = (facts?.suspects ?? []).map((suspect) => suspect.href).sort()
    const warned = linted.messages.filter((message) => message.ruleId === 'suspected-affiliate-link').map((message) => String(message.actual)).sort()
    expect(suspects.length).toBeGreaterThan(20)
    expect(warned).toEqual(suspects)
  })

  test('lint counts as affiliate exactly the links the build discloses', async () => {
    const facts = built.site.contentPages[0]?.rendered.facts['affiliate'] as AffiliateFacts | undefined
    const disclosed = facts?.links.length ?? 0
    expect(disclosed).toBeGreaterThan(150)
    // With affiliate.enabled false lint names how many affiliate links the page has.
    writeFileSync(join(root, 'nichepress.config.json'), JSON.stringify({ ...config, affiliate: { ...config.affiliate, enabled: false } }))
    const disabled = (await lintSite({ root, preset: presetPath, now: new Date('2027-01-01T00:00:00Z') })).messages.find((message) => message.ruleId === 'affiliate-disabled')
    expect(disabled?.reason).toContain(`This page has ${disclosed} affiliate links`)
  })

  test('another site\'s /go/ path is neither disclosed nor warned about; the site\'s own /go/ links are disclosed', () => {
    const facts = built.site.contentPages[0]?.rendered.facts['affiliate'] as AffiliateFacts | undefined
    const hrefs = new Set([...(facts?.links ?? []).map((link) => link.href), ...(facts?.suspects ?? []).map((suspect) => suspect.href)])
    expect(hrefs.has('https://osm.org/go/0EEQjE--')).toBe(false)
    for (const own of ['/go/duo/', '../go/duo/', 'https://agreement.example/go/duo/?utm_source=x']) expect(facts?.links.map((link) => link.href)).toContain(own)
  })
})
