import { buildSite, isNichepressError } from '@nichepress/core'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { htmlErrors } from '../helpers/html-validate.js'
import { makeSite, presetPath, removeSite } from '../helpers/site.js'
import { buildWithPreset } from './legal-sites.js'

// Real built sites, one per German legal form (and one per country nichepress does not cover): what
// the Impressum and the privacy policy state, read as a visitor reads the page (§ 5 DDG, Art. 21 GDPR).

const hamburg = { street: 'Musterweg 1', postalCode: '20095', city: 'Hamburg', country: 'DE' }
const base = {
  updated: '2026-11-01',
  contact: { email: 'kontakt@beispiel.example', contactFormUrl: '/kontakt/' },
  responsibleForContent: { name: 'Erika Mustermann', address: hamburg },
  hosting: 'netlify',
}
const post = { 'content/posts/hallo.md': '---\ntitle: Hallo\ndate: 2026-10-01\ndescription: Ein Test.\n---\n\nText.\n' }

function siteFiles(language: 'de' | 'en', legal: Record<string, unknown>): Record<string, string> {
  return { 'nichepress.config.json': JSON.stringify({ title: 'Testblog', url: 'https://blog.example', language, legal: { ...base, ...legal } }), ...post }
}

/** The visible text of the `<section id>` of a built page, `<br>` read as a line break. */
function sectionText(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`)
  if (start === -1) return ''
  const inner = html.slice(start, html.indexOf('</section>', start))
  return inner
    .replace(/<br>/g, '\n')
    .replace(/<\/(?:p|h2|dt|dd|li)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
}

interface FormCase {
  name: string
  language: 'de' | 'en'
  legal: Record<string, unknown>
  /** Lines the provider section must contain, in this order. */
  provider: string[]
  /** Text the provider section must not contain. */
  absent: RegExp
  /** Other sections of the Impressum and a line each must contain. */
  sections: Record<string, string>
}

const registered = { register: { court: 'Amtsgericht Hamburg', number: 'HRB 654321' } }
const entity = (name: string, legalForm: string, representatives: string[]) => ({ operator: { kind: 'entity', name, legalForm, representatives, address: hamburg } })

const cases: FormCase[] = [
  {
    name: 'Kleinunternehmer (§ 19 UStG): no VAT id, but a W-IdNr',
    language: 'de',
    legal: { operator: { name: 'Erika Mustermann', address: hamburg }, economicId: 'DE999999999-00001' },
    provider: ['Erika Mustermann', 'Musterweg 1', '20095 Hamburg', 'Deutschland'],
    absent: /Rechtsform|Vertreten|Inhaber|kapital/,
    sections: { tax: 'Wirtschafts-Identifikationsnummer gemäß § 139c Abgabenordnung: DE999999999-00001' },
  },
  {
    name: 'Freiberufler with a regulated profession (§ 5 Abs. 1 Nr. 5 DDG)',
    language: 'de',
    legal: {
      operator: { name: 'Erika Mustermann', address: hamburg },
      vatId: 'DE999999999',
      profession: {
        title: 'Steuerberaterin',
        chamber: 'Steuerberaterkammer Hamburg',
        country: 'Deutschland',
        rules: [
          { name: 'Steuerberatungsgesetz (StBerG)', url: 'https://www.gesetze-im-internet.de/stberg/' },
          { name: 'Berufsordnung der Steuerberater (BOStB)', url: 'https://www.bstbk.de/de/themen/berufsrecht' },
        ],
      },
    },
    provider: ['Erika Mustermann'],
    absent: /Rechtsform|Vertreten/,
    sections: { profession: 'Berufsrechtliche Regelungen:\nSteuerberatungsgesetz (StBerG)\nBerufsordnung der Steuerberater (BOStB)', tax: 'Umsatzsteuer-Identifikationsnummer gemäß § 27a Umsatzsteuergesetz: DE999999999' },
  },
  {
    name: 'e. K.: the owner, and the Handelsregister',
    language: 'de',
    legal: { ...entity('Mustermann Versand e. K.', 'e. K.', ['Erika Mustermann']), ...registered },
    provider: ['Mustermann Versand e. K.', 'Inhaber: Erika Mustermann'],
    absent: /Rechtsform|Vertreten/,
    sections: { register: 'Registernummer: HRB 654321' },
  },
  {
    name: 'GbR: every partner, no register',
    language: 'de',
    legal: {
      ...entity('Mustermann & Beispiel GbR', 'GbR', ['Erika Mustermann', 'Max Beispiel']),
      // § 18 Abs. 2 Satz 3 MStV: two responsible people, each for a part.
      responsibleForContent: [
        { name: 'Erika Mustermann', address: hamburg, part: 'Testberichte' },
        { name: 'Max Beispiel', address: hamburg, part: 'Ratgeber' },
      ],
    },
    provider: ['Mustermann & Beispiel GbR', 'Vertretungsberechtigte Gesellschafter: Erika Mustermann, Max Beispiel'],
    absent: /Registergericht/,
    sections: { 'responsible-for-content': 'Erika Mustermann (verantwortlich für Testberichte)\nMusterweg 1\n20095 Hamburg\nDeutschland\nMax Beispiel (verantwortlich für Ratgeber)' },
  },
  {
    name: 'GmbH & Co. KG: the general partner, through its managers',
    language: 'de',
    legal: { ...entity('Beispiel Medien GmbH & Co. KG', 'GmbH & Co. KG', ['Beispiel Verwaltungs GmbH (Amtsgericht Hamburg, HRB 111111), vertreten durch ihre Geschäftsführerin Erika Mustermann']), ...registered },
    provider: ['Vertreten durch die persönlich haftende Gesellschafterin: Beispiel Verwaltungs GmbH (Amtsgericht Hamburg, HRB 111111), vertreten durch ihre Geschäftsführerin Erika Mustermann'],
    absent: /Rechtsform/,
    sections: { register: 'Registergericht: Amtsgericht Hamburg' },
  },
  {
    name: 'UG (haftungsbeschränkt) stating its capital, not fully paid in',
    language: 'de',
    legal: { ...entity('Beispiel Medien UG (haftungsbeschränkt)', 'UG (haftungsbeschränkt)', ['Erika Mustermann']), ...registered, capital: { amount: '1.000 EUR', fullyPaidIn: false, outstanding: '500 EUR' } },
    provider: ['Vertreten durch die Geschäftsführung: Erika Mustermann', 'Stammkapital: 1.000 EUR; ausstehende Einlagen: 500 EUR'],
    absent: /Liquidation/,
    sections: { register: 'Registernummer: HRB 654321' },
  },
  {
    name: 'gGmbH',
    language: 'de',
    legal: { ...entity('Beispiel Bildung gGmbH', 'gGmbH', ['Erika Mustermann']), ...registered },
    provider: ['Beispiel Bildung gGmbH', 'Vertreten durch die Geschäftsführung: Erika Mustermann'],
    absent: /Rechtsform|kapital/,
    sections: { register: 'Registergericht: Amtsgericht Hamburg' },
  },
  {
    name: 'AG in Abwicklung, English site (§ 5 Abs. 1 Nr. 7 DDG)',
    language: 'en',
    legal: { ...entity('Beispiel Medien AG', 'AG', ['Erika Mustermann (Vorsitzende)', 'Max Beispiel']), ...registered, capital: { amount: '50.000 EUR', fullyPaidIn: true }, inLiquidation: true },
    provider: ['Represented by the management board: Erika Mustermann (Vorsitzende), Max Beispiel', 'Share capital (Grundkapital): 50.000 EUR (fully paid in)', 'The company is being wound up (Abwicklung).'],
    absent: /Legal form/,
    sections: { register: 'Register number: HRB 654321' },
  },
  {
    name: 'e. V.: the Vorstand (§ 26 BGB) and the Vereinsregister',
    language: 'de',
    legal: { ...entity('Förderverein Beispiel e. V.', 'e. V.', ['Erika Mustermann (1. Vorsitzende)', 'Max Beispiel (Kassenwart)']), register: { court: 'Amtsgericht Hamburg', number: 'VR 12345' } },
    provider: ['Vertretungsberechtigter Vorstand (§ 26 BGB): Erika Mustermann (1. Vorsitzende), Max Beispiel (Kassenwart)'],
    absent: /Rechtsform/,
    sections: { register: 'Registernummer: VR 12345' },
  },
  {
    name: 'Stiftung bürgerlichen Rechts: the Vorstand, the Stiftungsaufsicht, no register required',
    language: 'de',
    legal: {
      ...entity('Beispiel-Stiftung', 'rechtsfähige Stiftung bürgerlichen Rechts', ['Erika Mustermann']),
      supervisoryAuthority: { name: 'Behörde für Justiz und Verbraucherschutz Hamburg, Stiftungsaufsicht' },
    },
    provider: ['Rechtsform: rechtsfähige Stiftung bürgerlichen Rechts', 'Vertretungsberechtigter Vorstand (§ 26 BGB): Erika Mustermann'],
    absent: /Registergericht/,
    sections: { 'supervisory-authority': 'Behörde für Justiz und Verbraucherschutz Hamburg, Stiftungsaufsicht' },
  },
]

const paths = { de: { impressum: 'impressum/index.html', privacy: 'datenschutz/index.html' }, en: { impressum: 'legal-notice/index.html', privacy: 'privacy/index.html' } } as const

describe.each(cases)('$name', ({ language, legal, provider, absent, sections }) => {
  test('the built Impressum states what § 5 DDG asks of this form; the policy has Art. 21 on its own; valid HTML', async () => {
    const root = makeSite(siteFiles(language, legal))
    try {
      const documents = await buildWithPreset(root)
      const impressum = documents.get(paths[language].impressum) ?? ''
      const privacy = documents.get(paths[language].privacy) ?? ''
      const providerText = sectionText(impressum, 'provider')
      let from = 0
      for (const line of provider) {
        const at = providerText.indexOf(line, from)
        expect(at, `"${line}" in:\n${providerText}`).toBeGreaterThanOrEqual(from)
        from = at + line.length
      }
      expect(providerText).not.toMatch(absent)
      expect(impressum.includes('<section id="register"')).toBe('register' in legal)
      for (const [id, line] of Object.entries(sections)) expect(sectionText(impressum, id)).toContain(line)
      expect(sectionText(privacy, 'objection')).toContain(language === 'de' ? 'Art. 21 Abs. 1 DSGVO' : 'Art. 21(1) GDPR')
      for (const html of [impressum, privacy]) expect(await htmlErrors(html)).toEqual([])
    } finally {
      removeSite(root)
    }
  })
})

async function buildErrors(language: 'de' | 'en', legal: Record<string, unknown>) {
  const root = makeSite(siteFiles(language, legal))
  try {
    const error = await buildSite({ root, preset: presetPath, outDir: join(root, 'public'), cache: false }).catch((caught: unknown) => caught)
    expect(isNichepressError(error)).toBe(true)
    return isNichepressError(error) ? error.messages.map((message) => ({ ruleId: message.ruleId, reason: message.reason })) : []
  } finally {
    removeSite(root)
  }
}

test.each([
  { address: { street: '1 High Street', postalCode: 'SW1A 1AA', city: 'London', country: 'GB' }, law: /UK GDPR, the Data Protection Act 2018 and PECR/ },
  { address: { street: '12 Rue de Rivoli', postalCode: '75001', city: 'Paris', country: 'FR' }, law: /the GDPR together with that country's own e-commerce, media and cookie law/ },
])('an operator established in $address.country gets no German Impressum: the build stops naming its law', async ({ address, law }) => {
  for (const language of ['de', 'en'] as const) {
    const messages = await buildErrors(language, { operator: { name: 'Erika Mustermann', address } })
    expect(messages.map((message) => message.ruleId)).toEqual(['legal-jurisdiction-unsupported'])
    expect(messages[0]?.reason).toMatch(law)
  }
})

test('`country: "DE"` with an Austrian address of establishment stops the build (§ 5 Abs. 1 Nr. 1, § 3 DDG)', async () => {
  const messages = await buildErrors('de', { country: 'DE', operator: { name: 'Erika Mustermann', address: { street: 'Hauptstraße 1', postalCode: '1010', city: 'Wien', country: 'AT' } } })
  expect(messages.map((message) => message.ruleId)).toEqual(['legal-field-invalid'])
  expect(messages[0]?.reason).toContain('`legal.country` is DE and the address is in AT')
})

test('an UG written without "(haftungsbeschränkt)" stops the build (§ 5a Abs. 1 GmbHG)', async () => {
  const messages = await buildErrors('de', { ...entity('Beispiel Medien UG', 'UG', ['Erika Mustermann']), ...registered })
  expect(messages.map((message) => message.ruleId)).toEqual(['legal-field-invalid', 'legal-field-invalid'])
  expect(messages.map((message) => message.reason.match(/\(`([^`]+)`\)/)?.[1])).toEqual(['legal.operator.legalForm', 'legal.operator.name'])
})

test('a typical niche blog (YouTube, Brevo form, Amazon links) gets the newsletter covered too, and valid HTML', async () => {
  const content = [
    '---\ntitle: Test\ndate: 2026-10-01\ndescription: Ein Test.\n---\n',
    'Zum [Angebot](https://www.amazon.de/dp/B07ABCDEFG?tag=beispiel-21).\n',
    '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Video" width="560" height="315"></iframe>\n',
    '<iframe src="https://abcd1234.sibforms.com/serve/MUIFAExample" title="Newsletter" width="540" height="305"></iframe>\n',
  ].join('\n')
  const root = makeSite({ ...siteFiles('de', { operator: { name: 'Erika Mustermann', address: hamburg } }), 'content/posts/test.md': content })
  try {
    const privacy = (await buildWithPreset(root)).get('datenschutz/index.html') ?? ''
    const ids = [...privacy.matchAll(/<section id="([^"]+)"/g)].map((match) => match[1])
    expect(ids).toEqual(['controller', 'hosting', 'contact', 'consent-manager', 'service-brevo', 'service-youtube', 'newsletter', 'affiliate-amazon', 'withdrawal', 'objection', 'rights'])
    const newsletter = sectionText(privacy, 'newsletter')
    expect(newsletter).toContain('Sendinblue SAS (Brevo)')
    expect(newsletter).toContain('Double-Opt-in')
    expect(newsletter).toContain('Bis Sie den Newsletter abbestellen')
    expect(sectionText(privacy, 'service-brevo')).not.toContain('Keine')
    expect(await htmlErrors(privacy)).toEqual([])
  } finally {
    removeSite(root)
  }
})
