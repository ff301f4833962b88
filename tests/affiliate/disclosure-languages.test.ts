import { generateSite, type GeneratedSite } from '@nichepress/core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { auditDocuments } from '../../packages/lint/dist/index.js'
import { germanOperatorLegal, makeSite, presetPath, removeSite } from '../helpers/site.js'

// The audit's disclosure check in the languages our users write (packages/lint/src/lib/disclosure-words.ts,
// with each regulator's guidance): pages built by nichepress with the disclosure switched off
// (`affiliate: false`) and the author's own words, and plain HTML as another generator writes it.

const cases = [
  {
    lang: 'fr',
    link: 'https://www.amazon.fr/dp/B0C7K4VD2M?tag=campingfr-21',
    disclosed: 'Publicité : cet article contient des liens affiliés.',
    negated: 'Un blog sans publicité, écrit par passion.',
    plain: 'Le réchaud chauffe vite et pèse peu.',
  },
  {
    lang: 'es',
    link: 'https://www.amazon.es/dp/B0C7K4VD2M?tag=cocinaes-21',
    disclosed: 'Publicidad: este artículo contiene enlaces de afiliado.',
    negated: 'Un blog sin publicidad, escrito por pasión.',
    plain: 'El hornillo calienta rápido y pesa poco.',
  },
  {
    lang: 'it',
    link: 'https://www.amazon.it/dp/B0C7K4VD2M?tag=cucina0c-21',
    disclosed: 'Pubblicità: questo articolo contiene link affiliati.',
    negated: 'Un blog senza pubblicità, scritto per passione.',
    plain: 'Il fornello scalda in fretta e pesa poco.',
  },
  {
    lang: 'nl',
    link: 'https://www.amazon.nl/dp/B0C7K4VD2M?tag=kampeernl-21',
    disclosed: 'Advertentie: betaald partnerschap met de winkel.',
    negated: 'Dit is geen advertentie, gewoon mijn mening.',
    plain: 'De brander wordt snel heet en weegt weinig.',
  },
  {
    lang: 'pl',
    link: 'https://www.amazon.pl/dp/B0C7K4VD2M?tag=kempingpl-21',
    disclosed: '[REKLAMA] Wpis zawiera linki afiliacyjne: otrzymuję prowizję.',
    negated: 'Blog bez reklamy, pisany z pasji.',
    plain: 'Kuchenka szybko się nagrzewa i mało waży.',
  },
] as const

const kinds = ['disclosed', 'negated', 'plain'] as const

// Title and description stay neutral: other pages list them (related posts), and only the post's own text may disclose.
function post(name: string, lang: string, text: string, link: string): string {
  return `---\ntitle: ${name}\nlang: ${lang}\ndate: 2026-10-01\ndescription: A post about a camping stove.\naffiliate: false\n---\n\n${text}\n\nDas [Produkt](${link}).\n`
}

const legal = germanOperatorLegal

let root = ''
let built: GeneratedSite
beforeAll(async () => {
  const files: Record<string, string> = {
    'nichepress.config.json': JSON.stringify({
      title: 'Testblog', url: 'https://blog.example', description: 'A test blog.', language: 'en',
      publisher: { type: 'person', name: 'Pat', url: '/' }, legal,
      // `affiliate: false` leaves the links without disclosure and rel: the build warns instead of failing.
      lint: { rules: { 'affiliate-disclosure': 'warn', 'affiliate-link-rel': 'warn' } },
    }),
  }
  for (const item of cases) for (const kind of kinds) files[`content/posts/${item.lang}-${kind}.md`] = post(`${item.lang}-${kind}`, item.lang, item[kind], item.link)
  root = makeSite(files)
  built = await generateSite({ root, preset: presetPath, cache: false, threads: 1 }).catch((error: unknown) => {
    const messages = (error as { messages?: Array<{ ruleId?: unknown; reason?: unknown; file?: unknown }> }).messages ?? []
    throw new Error(messages.map((message) => `${String(message.file)} ${String(message.ruleId)}: ${String(message.reason)}`).join("\n") || String(error))
  })
}, 180_000)
afterAll(() => {
  if (root) removeSite(root)
})

function undisclosed(documents: ReadonlyMap<string, string>): string[] {
  return auditDocuments(documents).filter((message) => message.ruleId === 'affiliate-disclosure').map((message) => String(message.file)).sort()
}

describe('pages nichepress built with `affiliate: false` and the author\'s own words', () => {
  test('the audit of the output accepts each language\'s disclosure and reports the pages without one or with a denial', () => {
    const documents = new Map(built.files.filter((file) => file.path.endsWith('.html')).map((file) => [file.path, String(file.contents)]))
    for (const item of cases) expect(documents.get(`${item.lang}-disclosed/index.html`), item.lang).toContain(`<html lang="${item.lang}"`)
    expect(undisclosed(documents)).toEqual(cases.flatMap((item) => [`${item.lang}-negated/index.html`, `${item.lang}-plain/index.html`]).sort())
  })

  test('the build\'s own audit (lint plugin) reports the same pages', () => {
    const reported = built.messages.filter((message) => message.ruleId === 'affiliate-disclosure').map((message) => String(message.file))
    for (const item of cases) {
      expect(reported.some((file) => file.includes(`${item.lang}-disclosed`)), `${item.lang}-disclosed`).toBe(false)
      expect(reported.some((file) => file.includes(`${item.lang}-negated`)), `${item.lang}-negated`).toBe(true)
      expect(reported.some((file) => file.includes(`${item.lang}-plain`)), `${item.lang}-plain`).toBe(true)
    }
  })
})

function page(lang: string | undefined, text: string, link: string): string {
  return `<!DOCTYPE html>\n<html${lang ? ` lang="${lang}"` : ''}>\n<head>\n<meta charset="utf-8">\n<title>${text.slice(0, 30)}</title>\n<meta name="description" content="${text}">\n<link rel="canonical" href="https://other.example/p/">\n</head>\n<body>\n<main><p>${text}</p>\n<p><a href="${link}" rel="sponsored nofollow">Produkt</a></p></main>\n</body>\n</html>\n`
}

describe('plain HTML from another generator', () => {
  test.each(cases)('$lang: disclosed passes, a denial and no disclosure are reported', (item) => {
    const documents = new Map(kinds.map((kind) => [`${kind}.html`, page(item.lang, item[kind], item.link)]))
    expect(undisclosed(documents)).toEqual(['negated.html', 'plain.html'])
  })

  test('a page that does not say its language is read in every known language, and the finding says so', () => {
    const documents = new Map(cases.flatMap((item) => kinds.map((kind) => [`${item.lang}-${kind}.html`, page(undefined, item[kind], item.link)] as const)))
    const findings = auditDocuments(documents).filter((message) => message.ruleId === 'affiliate-disclosure')
    expect(findings.map((message) => String(message.file)).sort()).toEqual(cases.flatMap((item) => [`${item.lang}-negated.html`, `${item.lang}-plain.html`]).sort())
    expect(findings[0]?.reason).toContain('<html lang>')
  })

  test('a page in a language without disclosure words is reported loudly, naming its language and the ones looked for', () => {
    const findings = auditDocuments(new Map([['fi.html', page('fi', 'Kaupallinen yhteistyö: tämä artikkeli sisältää mainoslinkkejä.', 'https://www.amazon.de/dp/B0C7K4VD2M?tag=x-21')]]))
      .filter((message) => message.ruleId === 'affiliate-disclosure')
    expect(findings).toHaveLength(1)
    expect(findings[0]?.reason).toContain('"fi"')
    expect(findings[0]?.reason).toContain('de, en, es, fr, it, nl, pl, pt, sv')
  })
})
