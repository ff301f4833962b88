import { expect, test } from 'vitest'
import { createLinkIndex } from './link-index.js'
import type { LinkDocument } from './link-document.js'

// Anchors on real sentences from the corpora of tests/links/corpora and ../shared/corpora: each
// test fails if the anchor chooser loses what it shows.
function anchorFor(target: LinkDocument, source: string, lang: string, filler: readonly string[]): string | undefined {
  const index = createLinkIndex([
    target,
    ...filler.map((title, position) => ({ id: `filler-${position}`, url: `/filler-${position}/`, title, lang, date: '2012-01-01', body: `${title}.` })),
    { id: 'source', url: '/source/', title: 'Source', lang, date: '2020-01-01', body: source },
  ])
  return index.suggest('source').find((suggestion) => suggestion.target === target.url)?.anchor
}

const englishFiller = ['Compiler performance', 'Survey results', 'Cargo changes', 'Governance update', 'Release notes']
const germanFiller = ['Offene Daten in Berlin', 'Transparenz im Haushalt', 'Informationsfreiheit jetzt', 'Wahlprogramme im Vergleich']

// okfn-de-blog, 2013-04-04: the author linked "Apps and the City Hackdays"; the post is "Apps and the City Rückblick".
test('a name goes on over capitalised words: "Apps and the City Hackdays", not "Apps and the City"', () => {
  const target = { id: 'apps', url: '/apps-and-the-city/', title: 'Apps and the City Rückblick', lang: 'de', date: '2012-12-10', body: 'Über 100 Entwickler waren bei Apps and the City, elf Stunden lang, mit offenen Fahrplandaten.' }
  const source = 'Nachdem sich bereits im Dezember über 100 Entwickler während des gut elfstündigen Apps and the City Hackdays mit den offenen Transportdaten für Berlin beschäftigt hatten, folgt nun die Präsentation.'
  expect(anchorFor(target, source, 'de', germanFiller)).toBe('Apps and the City Hackdays')
})

// Rust blog, "Rust in 2017": "the [Impl Period] then saw almost all of these RFCs implemented"; the post is "impl Future for Rust".
test('"Impl Period" names "impl Future for Rust" as a whole; a word that only starts a sentence does not join', () => {
  const target = { id: 'impl', url: '/impl-future-for-rust/', title: 'impl Future for Rust', lang: 'en', date: '2017-09-18', body: 'The impl period is a push to implement the accepted RFCs before the end of the year.' }
  expect(anchorFor(target, 'The Ergonomics Initiative saw many RFCs; the Impl Period then saw almost all of them implemented.', 'en', englishFiller)).toBe('Impl Period')
  expect(anchorFor(target, 'Many RFCs were accepted. Luckily Impl Period work then saw almost all of them implemented.', 'en', englishFiller)).toBe('Impl Period')
})

// okfn-de-blog, 2013-11-12: "Open Knowledge Foundation" is one name, not "Open Knowledge" and a word.
test('a capitalised name is not cut: "Open Knowledge Foundation Deutschland"', () => {
  const target = { id: 'okf', url: '/open-knowledge-conference/', title: 'Open Knowledge Conference 2013', lang: 'de', date: '2013-10-01', body: 'Die Open Knowledge Conference fand in Genf statt.' }
  const source = 'Zum Treffen lädt die Open Knowledge Foundation Deutschland alle Interessierten ein.'
  expect(anchorFor(target, source, 'de', germanFiller)).toBe('Open Knowledge Foundation Deutschland')
})

// Rust blog, "Mozilla IRC Sunset and the Rust Channel": "Mozilla’s IRC network" — the owner's name ends at its possessive.
test('a name ends at a possessive: "Mozilla’s IRC network" links "Mozilla"', () => {
  const target = { id: 'mozilla', url: '/mozilla/', title: 'Mozilla and the Rust team', lang: 'en', date: '2019-02-22', body: 'Mozilla sponsors the work of the Rust team.' }
  expect(anchorFor(target, 'For years the project used Mozilla’s IRC network for its meetings.', 'en', englishFiller)).toBe('Mozilla')
})
