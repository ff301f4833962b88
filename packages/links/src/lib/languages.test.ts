import { expect, test } from 'vitest'
import { createLinkIndex } from './link-index.js'
import { foldWord, isFunctionWord } from './normalize-word.js'

// One small site per language: a target whose title is full of function words, and a source that
// names it in running text among more function words. The anchor must name the target, and neither
// start nor end with a function word of any supported language.
const sites = {
  de: { title: 'Die Bibliothek der Stadt und ihre Bücher', source: 'Gestern war ich in der Bibliothek der Stadt und habe dort die Bücher über Geschichte gelesen.' },
  en: { title: 'The library of the city and its books', source: 'Yesterday I went to the library of the city and read the books on history there.' },
  es: { title: 'La biblioteca de la ciudad y sus libros', source: 'Ayer fui a la biblioteca de la ciudad y leí los libros de historia.' },
  fr: { title: 'La bibliothèque de la ville et ses livres', source: "Hier je suis allé à la bibliothèque de la ville et j'ai lu les livres d'histoire." },
  pt: { title: 'A biblioteca da cidade e os seus livros', source: 'Ontem fui à biblioteca da cidade e li os livros de história.' },
  it: { title: 'La biblioteca della città e i suoi libri', source: 'Ieri sono andato alla biblioteca della città e ho letto i libri di storia.' },
  nl: { title: 'De bibliotheek van de stad en haar boeken', source: 'Gisteren ging ik naar de bibliotheek van de stad en las er de boeken over geschiedenis.' },
} as const

test.each(Object.entries(sites))('%s: the anchor names the target and has no function word at either end', (lang, site) => {
  const filler = { de: 'Ein Text über Wetter.', en: 'A text about weather.', es: 'Un texto sobre el tiempo.', fr: 'Un texte sur la météo.', pt: 'Um texto sobre o tempo.', it: 'Un testo sul tempo.', nl: 'Een tekst over het weer.' }[lang]!
  const index = createLinkIndex([
    { id: 'target', url: '/target/', title: site.title, lang, date: '2024-01-01', body: `${filler} ${site.title}.` },
    { id: 'other', url: '/other/', title: filler, lang, date: '2024-01-02', body: filler },
    { id: 'source', url: '/source/', title: 'Blog', lang, date: '2024-03-01', body: site.source },
  ])
  const suggestion = index.suggest('source').find((entry) => entry.target === '/target/')
  expect(suggestion).toBeDefined()
  const words = suggestion!.anchor.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '')
  expect(words.length).toBeGreaterThan(1)
  expect(isFunctionWord(foldWord(words[0]!, lang))).toBe(false)
  expect(isFunctionWord(foldWord(words.at(-1)!, lang))).toBe(false)
  expect(site.source).toContain(suggestion!.anchor)
})

test('versions and years are terms: "Rust 1.62" finds the 1.62.0 announcement, not 1.61.0', () => {
  const index = createLinkIndex([
    { id: 'a', url: '/rust-1.61.0/', title: 'Announcing Rust 1.61.0', lang: 'en', date: '2022-05-19', body: 'The Rust team is happy to announce a new version of Rust, 1.61.0.' },
    { id: 'b', url: '/rust-1.62.0/', title: 'Announcing Rust 1.62.0', lang: 'en', date: '2022-06-30', body: 'The Rust team is happy to announce a new version of Rust, 1.62.0.' },
    { id: 'c', url: '/cargo/', title: 'Cargo changes', lang: 'en', date: '2022-08-01', body: 'Since Rust 1.62 cargo add is stable, as the team announced.' },
    ...['Conference recap', 'Survey results', 'New team members', 'Governance update'].map((title, index) => ({ id: `x${index}`, url: `/x${index}/`, title, lang: 'en', date: '2022-01-01', body: `${title}: a post about the community in 2022.` })),
  ])
  const [first] = index.suggest('c')
  expect(first).toMatchObject({ target: '/rust-1.62.0/', anchor: 'Rust 1.62' })
})
