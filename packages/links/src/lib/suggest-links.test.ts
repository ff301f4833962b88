import { readFile } from 'node:fs/promises'
import { describe, expect, test } from 'vitest'
import { loadFixturePages } from '../../test/load-fixture.js'
import { createLinkIndex, createRelatedIndex } from './link-index.js'
import { documentsFromPages } from './site-documents.js'

const fixture = (name: string) => new URL(`../../test/fixtures/${name}/`, import.meta.url).pathname

async function indexOf(name: string) {
  return createLinkIndex(documentsFromPages(await loadFixturePages(fixture(name))))
}

const pick = (index: Awaited<ReturnType<typeof indexOf>>, id: string) =>
  index.suggest(id).map(({ anchor, target, line, column, kind, isExact, isUnambiguous }) => ({ anchor, target, line, column, kind, isExact, isUnambiguous }))

describe('German fixture', () => {
  test('suggests the known links and avoids the traps', async () => {
    const index = await indexOf('de-site')
    const suggestions = pick(index, 'content/posts/kochen-im-winter.md')
    // Disclosure (line 7), heading (9), code block (13–15) and inline code (17), the already linked
    // Gaskocher post and the page's own title are all traps; the near-duplicate "Kartusche wechseln
    // bei Frost" must lose the phrase to the page whose focus keyword it is.
    expect(suggestions.slice(0, 2)).toEqual([
      { anchor: 'Windschutz', target: '/windschutz/', line: 18, column: 5, kind: 'keyword', isExact: true, isUnambiguous: true },
      { anchor: 'Kartusche wechseln', target: '/kartusche-sicher-wechseln/', line: 19, column: 33, kind: 'focus-keyword', isExact: true, isUnambiguous: true },
    ])
    const targets = suggestions.map((suggestion) => suggestion.target)
    expect(targets).not.toContain('/gaskocher-test/')
    expect(targets).not.toContain('/kochen-im-winter/')
    expect(suggestions.filter((suggestion) => [7, 9, 13, 14, 15, 17].includes(suggestion.line))).toEqual([])
  })

  test('anchor line and column point at the phrase in the file', async () => {
    const index = await indexOf('de-site')
    const text = await readFile(`${fixture('de-site')}content/posts/kochen-im-winter.md`, 'utf8')
    for (const suggestion of index.suggest('content/posts/kochen-im-winter.md')) {
      const line = text.split('\n')[suggestion.line - 1]!
      expect(line.slice(suggestion.column - 1, suggestion.column - 1 + suggestion.anchor.length)).toBe(suggestion.anchor)
    }
  })

  test('a compound finds its head word: "Reisegaskocher" → the Gaskocher post', async () => {
    const index = await indexOf('de-site')
    expect(pick(index, 'content/posts/reisekocher-tipps.md')[0]).toEqual({
      anchor: 'Reisegaskocher', target: '/gaskocher-test/', line: 7, column: 13, kind: 'focus-keyword', isExact: false, isUnambiguous: true,
    })
  })
})

describe('English fixture', () => {
  test('suggests the known links and avoids the traps', async () => {
    const index = await indexOf('en-site')
    // Heading, inline code, the disclosure paragraph and the existing burr-grinder link are traps;
    // "kettles" is a stemmed (not exact) match of the keyword "gooseneck kettle".
    expect(pick(index, 'content/posts/morning-routine.md')).toEqual([
      { anchor: 'descale an espresso machine', target: '/descale-espresso-machine/', line: 15, column: 19, kind: 'focus-keyword', isExact: true, isUnambiguous: true },
      { anchor: 'gooseneck kettles', target: '/pour-over-kettles/', line: 16, column: 4, kind: 'keyword', isExact: false, isUnambiguous: true },
    ])
  })
})

test('never more than maxSuggestions', async () => {
  const index = await indexOf('de-site')
  expect(index.suggest('content/posts/kochen-im-winter.md', { maxSuggestions: 1 })).toHaveLength(1)
  expect(index.suggest('content/posts/kochen-im-winter.md', { maxSuggestions: 0 })).toEqual([])
})

test('deterministic whatever order the pages come in', async () => {
  const documents = documentsFromPages(await loadFixturePages(fixture('de-site')))
  const forward = createLinkIndex(documents)
  const backward = createLinkIndex([...documents].reverse())
  for (const document of documents) {
    expect(backward.suggest(document.id)).toEqual(forward.suggest(document.id))
    expect(backward.related(document.id, 5)).toEqual(forward.related(document.id, 5))
  }
})

test('related posts: most similar first, never the page itself', async () => {
  const index = await indexOf('en-site')
  const related = index.related('content/posts/descale-moka-pot.md', 2)
  expect(related[0]).toEqual({ title: 'How to Descale an Espresso Machine', url: '/descale-espresso-machine/' })
  expect(related.map((post) => post.url)).not.toContain('/descale-moka-pot/')
})

test('an unknown page id is an error', async () => {
  const index = await indexOf('en-site')
  expect(() => index.suggest('nope.md')).toThrow(/No page with id "nope.md"/)
})

test('the lean related-posts index ranks exactly like the full index', async () => {
  for (const name of ['de-site', 'en-site']) {
    const documents = documentsFromPages(await loadFixturePages(fixture(name)))
    const full = createLinkIndex(documents)
    const lean = createRelatedIndex([...documents].reverse())
    for (const document of documents) expect(lean.related(document.id, 5)).toEqual(full.related(document.id, 5))
    expect(full.related(documents[0]!.id, 5).length).toBeGreaterThan(0)
  }
})

test('a page without a date is ranked with the mean date prior of the candidates, not as if written last week', () => {
  // Three targets that match the source equally (same title words, same body): a recent post, an old
  // post and an undated page. With "unknown date = no prior", the page beat both posts.
  const body = 'Solar panels on a balcony: what a small solar panel system delivers in winter.'
  const index = createLinkIndex([
    { id: 'recent', url: '/posts/recent/', title: 'Balcony solar panels', lang: 'en', date: '2024-05-01', body },
    { id: 'old', url: '/posts/old/', title: 'Balcony solar panels', lang: 'en', date: '2014-05-01', body },
    { id: 'page', url: '/balcony-solar/', title: 'Balcony solar panels', lang: 'en', kind: 'page', body },
    { id: 'source', url: '/posts/source/', title: 'Our first month', lang: 'en', date: '2024-06-01', body: 'We finally mounted balcony solar panels last week. The balcony solar panels paid off in June. Balcony solar panels need no permit.' },
    // Other topics, so that the solar words are rare on the site.
    ...['Sourdough bread at home', 'Repairing a bicycle chain', 'Growing tomatoes indoors', 'Knitting a winter scarf', 'Brewing cold coffee'].map((title, index) => ({
      id: `other-${index}`, url: `/posts/other-${index}/`, title, lang: 'en', date: `2023-0${index + 1}-01`, body: `${title}: notes from a long weekend.`,
    })),
  ])
  const order = index.suggest('source', { maxSuggestions: 5 }).map((suggestion) => suggestion.target)
  expect(order[0]).toBe('/posts/recent/')
  expect(order.indexOf('/balcony-solar/')).toBeGreaterThan(0)
  // An undated page ranks between the recent and the old post (the mean of their priors).
  const scores = new Map(index.suggest('source', { maxSuggestions: 5 }).map((suggestion) => [suggestion.target, suggestion.score]))
  expect(scores.get('/balcony-solar/')!).toBeLessThan(scores.get('/posts/recent/')!)
  expect(scores.get('/balcony-solar/')!).toBeGreaterThan(scores.get('/posts/old/')!)
})

// ruby-lang.org imported (17 languages, each post translated): 12,905 of 25,183 suggestions led to
// the same post in another language ("released" → the German translation). A page in another
// language with the very same date is taken for a translation: never suggested. Otherwise another
// language stays possible (a German blog links its English posts too).
test('the translation of a post (other language, same date) is never suggested; an older post in another language still is', () => {
  const index = createLinkIndex([
    { id: 'en', url: '/en/ruby-2-7-0-released/', title: 'Ruby 2.7.0 Released', lang: 'en', date: '2019-12-25', body: 'We are pleased to announce the release of Ruby 2.7.0. Pattern matching, compaction GC and a new REPL.' },
    { id: 'de', url: '/de/ruby-2-7-0-released/', title: 'Ruby 2.7.0 veröffentlicht', lang: 'de', date: '2019-12-25', body: 'Wir freuen uns, die Veröffentlichung von Ruby 2.7.0 bekannt zu geben. Pattern Matching, Compaction GC und eine neue REPL.' },
    { id: 'de-old', url: '/de/pattern-matching-preview/', title: 'Pattern Matching in Ruby 2.7.0', lang: 'de', date: '2019-06-01', body: 'Pattern Matching kommt mit Ruby 2.7.0: eine Vorschau auf Compaction GC und REPL.' },
    ...['Konferenz', 'Umfrage', 'Sicherheit', 'Mailingliste'].map((title, index) => ({ id: `x${index}`, url: `/de/x${index}/`, title, lang: 'de', date: '2019-01-01', body: `${title}: ein Beitrag.` })),
  ])
  const targets = index.suggest('de').map((suggestion) => suggestion.target)
  expect(targets).not.toContain('/en/ruby-2-7-0-released/')
  expect(targets).toContain('/de/pattern-matching-preview/')
  const fromEnglish = index.suggest('en').map((suggestion) => suggestion.target)
  expect(fromEnglish).not.toContain('/de/ruby-2-7-0-released/')
  expect(fromEnglish).toContain('/de/pattern-matching-preview/')
})
