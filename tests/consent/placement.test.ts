import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { blockDocument, defaultTexts } from '../../packages/consent/dist/index.js'
import { type DevServer, startDevServer } from '../helpers/dev-server.js'
import { cliBin, makeSite, removeSite, repoRoot } from '../helpers/site.js'
import { vendorSnippets } from './corpus/vendors.js'

// The same vendor snippets pasted where Markdown puts raw HTML inside other blocks — a list item, a
// blockquote, a table cell — are gated exactly as at the top level, in `nichepress build` and in the
// pages `nichepress dev` serves (also after the quick re-render of an edited post).

const snippetIds = ['youtube', 'youtube-srcdoc-facade', 'lite-youtube-poster', 'ga4-gtag', 'meta-pixel', 'instagram', 'google-maps-embed', 'youtube-thumbnail']
const snippets = snippetIds.map((id) => {
  const snippet = vendorSnippets.find((entry) => entry.id === id)
  if (!snippet) throw new Error(`no corpus snippet ${id}`)
  return snippet
})
// A snippet's lines without blank ones (a blank line would end the raw HTML block inside a container).
const lines = (html: string) => html.split('\n').filter((line) => line.trim() !== '')

const placements: Record<string, (html: string) => string> = {
  top: (html) => lines(html).join('\n'),
  list: (html) => `- Ein Punkt davor\n- ${lines(html).join('\n  ')}\n- Ein Punkt danach`,
  blockquote: (html) => `> Zitat davor\n>\n${lines(html).map((line) => `> ${line}`).join('\n')}`,
  table: (html) => `| Spalte | Inhalt |\n| --- | --- |\n| eins | ${lines(html).join(' ').replace(/\|/g, '&#124;')} |`,
}

const address = { street: 'Am Reiherstieg 18', postalCode: '21107', city: 'Hamburg', country: 'DE' }
const config = {
  title: 'Platzierung',
  url: 'https://placement.example',
  language: 'de',
  // lite-youtube-embed comes from jsDelivr, a registry service since session 10: nothing to declare.
  legal: { updated: '2026-11-01', operator: { kind: 'person', name: 'Jana Beispiel', address }, contact: { email: 'hallo@placement.example', phone: '+49 40 66969 123' }, responsibleForContent: { name: 'Jana Beispiel', address }, hosting: 'netlify' },
}
const posts: Record<string, string> = {}
for (const snippet of snippets) {
  for (const [where, place] of Object.entries(placements)) {
    // A table cell is one line: only single-element snippets fit there.
    if (where === 'table' && lines(snippet.html).length > 1) continue
    posts[`${snippet.id}-${where}`] = place(snippet.html)
  }
}
const postFile = (slug: string, body: string) => `---\ntitle: "${slug}"\ndate: 2026-01-01\n---\n\nText vor dem Snippet.\n\n${body}\n\nText danach.\n`

let root: string
let dev: DevServer

beforeAll(async () => {
  root = makeSite({
    'nichepress.config.json': JSON.stringify(config),
    ...Object.fromEntries(Object.entries(posts).map(([slug, body]) => [`content/posts/${slug}.md`, postFile(slug, body)])),
  })
  execFileSync(process.execPath, [cliBin, 'build', '--root', root, '--out', join(root, 'out')], { cwd: repoRoot, stdio: 'pipe' })
  dev = await startDevServer(root)
}, 120_000)

afterAll(async () => {
  await dev?.stop()
  if (root) removeSite(root)
})

const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>') + 7)

// What is left in <main> that a browser would fetch from a service before consent (templates and
// inert data blocks are not looked into), and the services found there.
function leftToGate(main: string) {
  const { html, facts } = blockDocument(main, { customServices: [], siteHost: 'placement.example', texts: defaultTexts.de, privacyPolicyPath: '/datenschutz/' })
  return { unchanged: html === main, problems: facts.unknownThirdParties.length }
}

describe.each(Object.keys(posts))('%s', (slug) => {
  test('the build gates it and the dev server serves the same <main>', async () => {
    const built = mainOf(readFileSync(join(root, 'out', slug, 'index.html'), 'utf8'))
    expect(built).toContain('data-consent-service=')
    expect(leftToGate(built)).toEqual({ unchanged: true, problems: 0 })
    const served = mainOf(await (await fetch(`${dev.url}${slug}/`)).text())
    expect(served).toBe(built)
  })
})

test('after an edit, the quick re-render of the post in the dev server is gated as well', async () => {
  const slug = 'youtube-srcdoc-facade-list'
  writeFileSync(join(root, `content/posts/${slug}.md`), postFile(slug, `${posts[slug]}\n\nNeu geschrieben.`))
  await expect.poll(() => dev.output(), { timeout: 30_000 }).toMatch(new RegExp(`${slug}/index\\.html updated`))
  const served = mainOf(await (await fetch(`${dev.url}${slug}/`)).text())
  expect(served).toContain('Neu geschrieben.')
  expect(served).toContain('data-consent-service="youtube"')
  expect(leftToGate(served)).toEqual({ unchanged: true, problems: 0 })
})
