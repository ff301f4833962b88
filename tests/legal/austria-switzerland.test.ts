import { buildSite, isNichepressError } from '@nichepress/core'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { htmlErrors } from '../helpers/html-validate.js'
import { makeSite, presetPath, removeSite } from '../helpers/site.js'
import { buildWithPreset } from './legal-sites.js'

// Real built sites of operators established in Austria and Switzerland, one per country, legal form
// and language: the Impressum, privacy policy and cookie page as a visitor reads them, each valid HTML.
// Austria: § 5 ECG, § 14 UGB, § 25 MedienG, § 165 Abs. 3 TKG 2021, GDPR with DSG. Switzerland:
// Art. 3 Abs. 1 lit. s UWG, Art. 19 DSG, Art. 45c FMG (sources in packages/legal/src/lib/jurisdictions.ts).

const wien = { street: 'Mariahilfer Straße 1', postalCode: '1060', city: 'Wien', country: 'AT' }
const graz = { street: 'Herrengasse 3', postalCode: '8010', city: 'Graz', country: 'AT' }
const zurich = { street: 'Seestrasse 5', postalCode: '8002', city: 'Zürich', country: 'CH' }
const post = [
  '---\ntitle: Hallo\ndate: 2026-10-01\ndescription: Ein Test.\n---\n',
  'Zum [Angebot](https://www.amazon.de/dp/B07ABCDEFG?tag=beispiel-21).\n',
  '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Video" width="560" height="315"></iframe>\n',
].join('\n')

function siteFiles(language: 'de' | 'en', legal: Record<string, unknown>): Record<string, string> {
  return { 'nichepress.config.json': JSON.stringify({ title: 'Testblog', url: 'https://blog.example', language, legal: { updated: '2026-01-15', hosting: 'netlify', ...legal } }), 'content/posts/hallo.md': post }
}

/** The visible text of the `<section id>` of a built page, `<br>` and block ends read as line breaks. */
function sectionText(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`)
  if (start === -1) return ''
  return visibleText(html.slice(start, html.indexOf('</section>', start)))
}

function visibleText(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<\/(?:p|h2|dt|dd|li|caption|tr)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
}

function mainText(html: string): string {
  return visibleText(html.slice(html.indexOf('<main'), html.indexOf('</main>')))
}

interface CountryCase {
  name: string
  language: 'de' | 'en'
  legal: Record<string, unknown>
  /** Lines each section of the Impressum must contain, in this order. */
  impressum: Record<string, string[]>
  /** Lines of the privacy policy, by section. */
  privacy: Record<string, string[]>
  /** A line of the cookie page. */
  cookies: string
  /** Text no page of the site may contain. */
  absent: RegExp
}

const cases: CountryCase[] = [
  {
    name: 'Austria, private blogger (de): § 5 ECG, full Offenlegung, TKG 2021, Datenschutzbehörde',
    language: 'de',
    legal: {
      operator: { name: 'Erika Musterfrau', address: wien },
      contact: { email: 'kontakt@beispiel.example', phone: '+43 1 2345678' },
      mediaDisclosure: { businessPurpose: 'Betrieb eines Blogs über Campingkocher', editorialLine: 'Unabhängige Tests von Campingkochern' },
    },
    impressum: {
      provider: ['Angaben gemäß § 5 ECG und § 14 UGB', 'Erika Musterfrau', 'Mariahilfer Straße 1', '1060 Wien', 'Österreich'],
      contact: ['Telefon: +43\u00a01\u00a02345678', 'E-Mail: kontakt@beispiel.example'],
      'media-disclosure': ['Offenlegung gemäß § 25 MedienG', 'Medieninhaber', 'Erika Musterfrau', 'Unternehmensgegenstand', 'Betrieb eines Blogs über Campingkocher', 'Wohnort', 'Wien', 'Grundlegende Richtung: Unabhängige Tests von Campingkochern'],
    },
    privacy: {
      'service-youtube': ['für das Speichern und Auslesen auf Ihrem Endgerät § 165 Abs. 3 TKG 2021'],
      rights: ['Zuständige Aufsichtsbehörde (Art. 77 DSGVO und § 24 DSG): Österreichische Datenschutzbehörde, Barichgasse 40–42, 1030 Wien, https://www.dsb.gv.at/.'],
    },
    cookies: 'Rechtsgrundlage ist § 165 Abs. 3 TKG 2021',
    absent: /DDG|MStV|TDDDG|Januar|Swiss-U\.S\./,
  },
  {
    name: 'Austria, GmbH (en): § 14 UGB, Firmenbuch, UID-Nummer, owners',
    language: 'en',
    legal: {
      operator: { kind: 'entity', name: 'Beispiel Medien GmbH', legalForm: 'GmbH', representatives: ['Erika Musterfrau'], address: graz },
      contact: { email: 'kontakt@beispiel.example', contactFormUrl: '/kontakt/' },
      register: { court: 'Landesgericht für ZRS Graz', number: 'FN 123456 a' },
      vatId: 'ATU12345678',
      mediaDisclosure: { businessPurpose: 'Publishing reviews of camping stoves', editorialLine: 'Independent tests', owners: [{ name: 'Erika Musterfrau', share: '100 % (shareholder)' }] },
    },
    impressum: {
      provider: ['Beispiel Medien GmbH', 'Herrengasse 3', '8010 Graz', 'Austria', 'Legal form: GmbH', 'Registered office: Graz', 'Authorised to represent: Erika Musterfrau'],
      register: ['Company register number (Firmenbuchnummer): FN 123456 a', 'Register court (Firmenbuchgericht): Landesgericht für ZRS Graz'],
      tax: ['VAT identification number (UID-Nummer): ATU12345678'],
      'media-disclosure': ['Media owner (Medieninhaber)', 'Beispiel Medien GmbH', 'Management or board', 'Erika Musterfrau', 'Shareholdings:', 'Erika Musterfrau: 100 % (shareholder)', 'Editorial line (grundlegende Richtung): Independent tests'],
    },
    privacy: { rights: ['Austrian Data Protection Authority (Datenschutzbehörde)'] },
    cookies: '§ 165(3) of the Austrian Telecommunications Act 2021 (TKG 2021)',
    absent: /DDG|MStV|TDDDG/,
  },
  {
    name: 'Austria, e.U. with a "kleine Website" (de, § 25 Abs. 5 MedienG)',
    language: 'de',
    legal: {
      operator: { kind: 'entity', name: 'Erika Musterfrau e.U.', legalForm: 'e.U.', address: graz },
      contact: { email: 'kontakt@beispiel.example', phone: '+43 316 123456' },
      register: { court: 'Landesgericht für ZRS Graz', number: 'FN 654321 b' },
      editorial: false,
      mediaDisclosure: { businessPurpose: 'Handel mit Campingbedarf' },
    },
    impressum: {
      register: ['Firmenbuchnummer: FN 654321 b'],
      'media-disclosure': ['Medieninhaber', 'Erika Musterfrau e.U.', 'Unternehmensgegenstand', 'Handel mit Campingbedarf', 'Sitz', 'Graz'],
    },
    privacy: {},
    cookies: 'Rechtsgrundlage ist § 165 Abs. 3 TKG 2021',
    absent: /DDG|MStV|Grundlegende Richtung|Beteiligungen/,
  },
  {
    name: 'Switzerland, private blogger (de): UWG, DSG, FMG, EDÖB, no "ß"',
    language: 'de',
    legal: { operator: { name: 'Erika Muster', address: zurich }, contact: { email: 'kontakt@beispiel.example' } },
    impressum: {
      provider: ['Angaben gemäss Art. 3 Abs. 1 lit. s UWG', 'Erika Muster', 'Seestrasse 5', '8002 Zürich', 'Schweiz'],
      contact: ['E-Mail: kontakt@beispiel.example'],
    },
    privacy: {
      'applicable-law': [
        'Diese Datenschutzerklärung informiert nach Art. 19 des Bundesgesetzes über den Datenschutz (DSG)',
        'die USA seit 15. September 2024 für Unternehmen, die nach dem Swiss-U.S. Data Privacy Framework zertifiziert sind',
        'Die Standardvertragsklauseln der EU-Kommission sind eine solche Garantie: Der EDÖB hat sie am 27. August 2021 anerkannt, sofern sie an das Schweizer Recht angepasst werden (Art. 16 Abs. 2 lit. d DSG).',
      ],
      // Netlify and YouTube (Google) rely on the Data Privacy Framework: the Swiss one first (Anhang 1 DSV), then
      // Netlify's standard contractual clauses as the EDÖB recognised them, then the EU basis for the GDPR.
      hosting: [
        'Grundlage: Swiss-U.S. Data Privacy Framework: Die USA gewährleisten seit 15. September 2024 einen angemessenen Datenschutz für Unternehmen, die danach zertifiziert sind (Art. 16 Abs. 1 DSG, Anhang 1 DSV), soweit der Anbieter auch für die Schweiz zertifiziert ist (Liste: https://www.dataprivacyframework.gov/list); Standardvertragsklauseln der EU-Kommission (Durchführungsbeschluss (EU) 2021/914), die der EDÖB am 27. August 2021 anerkannt hat, sofern sie an das Schweizer Recht angepasst sind (Art. 16 Abs. 2 lit. d DSG); soweit die DSGVO anwendbar ist: Angemessenheitsbeschluss der EU-Kommission zum EU-US Data Privacy Framework (Art. 45 DSGVO)',
      ],
      'service-youtube': ['für das Speichern und Auslesen auf Ihrem Endgerät Art. 45c lit. b FMG', 'Grundlage: Swiss-U.S. Data Privacy Framework:', 'soweit die DSGVO anwendbar ist: Angemessenheitsbeschluss der EU-Kommission zum EU-US Data Privacy Framework (Art. 45 DSGVO); der Anbieter ist zertifiziert.'],
      rights: ['Art. 25 DSG: Auskunft', 'Zuständige Aufsichtsbehörde (Art. 49 DSG): Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB), Feldeggweg 1, 3003 Bern, https://www.edoeb.admin.ch/.'],
    },
    cookies: 'Nach Art. 45c lit. b FMG informieren wir Sie hier',
    absent: /ß|DDG|MStV|TDDDG|ECG|MedienG/,
  },
  {
    name: 'Switzerland, AG (en): UID and MWST number',
    language: 'en',
    legal: {
      operator: { kind: 'entity', name: 'Beispiel Medien AG', legalForm: 'AG', representatives: ['Erika Muster'], address: zurich },
      contact: { email: 'kontakt@beispiel.example', phone: '+41 44 123 45 67' },
      uid: 'CHE-109.322.551',
      vatRegistered: true,
    },
    impressum: {
      provider: ['Information according to Art. 3(1)(s) of the Swiss Unfair Competition Act (UWG)', 'Beispiel Medien AG', 'Switzerland', 'Authorised signatories: Erika Muster'],
      register: ['Business identification number (UID): CHE-109.322.551', 'VAT number (MWST): CHE-109.322.551 MWST'],
    },
    privacy: {
      'applicable-law': ['Disclosure abroad (Art. 19(4) DSG)', 'and since 15 September 2024 the US for companies certified under the Swiss-U.S. Data Privacy Framework', 'the FDPIC (EDÖB) recognised them on 27 August 2021, provided they are adapted to Swiss law (Art. 16(2)(d) DSG).'],
      hosting: [
        'Basis: the Swiss-U.S. Data Privacy Framework: since 15 September 2024 the US provides adequate data protection for companies certified under it (Art. 16(1) DSG, Annex 1 DSV), where the provider is certified for Switzerland as well (list: https://www.dataprivacyframework.gov/list); the European Commission’s standard contractual clauses (Implementing Decision (EU) 2021/914), which the FDPIC (EDÖB) recognised on 27 August 2021 provided they are adapted to Swiss law (Art. 16(2)(d) DSG); where the GDPR applies: the European Commission’s adequacy decision for the EU-US Data Privacy Framework (Art. 45 GDPR)',
      ],
      rights: ['Art. 28 DSG: handing over or transfer of your personal data'],
    },
    cookies: 'Under Art. 45c(b) of the Swiss Telecommunications Act (FMG)',
    absent: /DDG|MStV|TDDDG/,
  },
]

const paths = { de: { impressum: 'impressum/index.html', privacy: 'datenschutz/index.html' }, en: { impressum: 'legal-notice/index.html', privacy: 'privacy/index.html' } } as const

describe.each(cases)('$name', ({ language, legal, impressum, privacy, cookies, absent }) => {
  test('the built pages state the duties of that country, in its wording; valid HTML; linked from every page', async () => {
    const root = makeSite(siteFiles(language, legal))
    try {
      const documents = await buildWithPreset(root)
      const pages = { impressum: documents.get(paths[language].impressum) ?? '', privacy: documents.get(paths[language].privacy) ?? '', cookies: documents.get('cookies/index.html') ?? '' }
      for (const [id, lines] of Object.entries(impressum)) expectInOrder(sectionText(pages.impressum, id), lines)
      for (const [id, lines] of Object.entries(privacy)) expectInOrder(sectionText(pages.privacy, id), lines)
      expect(mainText(pages.cookies)).toContain(cookies)
      for (const html of Object.values(pages)) {
        // The theme's own "Aktualisiert am" line included: the page's language tag (de-AT) makes core say "Jänner".
        expect(mainText(html)).not.toMatch(absent)
        expect(await htmlErrors(html)).toEqual([])
      }
      expect(documents.get('hallo/index.html')).toContain(`href="/${paths[language].impressum.replace('index.html', '')}"`)
    } finally {
      removeSite(root)
    }
  })
})

function expectInOrder(text: string, lines: readonly string[]): void {
  let from = 0
  for (const line of lines) {
    const at = text.indexOf(line, from)
    expect(at, `"${line}" after position ${from} in:\n${text}`).toBeGreaterThanOrEqual(from)
    from = at + line.length
  }
}

async function buildErrors(language: 'de' | 'en', legal: Record<string, unknown>) {
  const root = makeSite(siteFiles(language, legal))
  try {
    const error = await buildSite({ root, preset: presetPath, outDir: join(root, 'public'), cache: false }).catch((caught: unknown) => caught)
    expect(isNichepressError(error)).toBe(true)
    return isNichepressError(error) ? error.messages.map((message) => ({ ruleId: message.ruleId, reason: message.reason, file: String(message.file) })) : []
  } finally {
    removeSite(root)
  }
}

test('an Austrian site without the Offenlegung facts stops the build, naming the fields, § 25 MedienG and the config file', async () => {
  const messages = await buildErrors('de', { operator: { name: 'Erika Musterfrau', address: wien }, contact: { email: 'kontakt@beispiel.example', phone: '+43 1 2345678' } })
  expect(messages.map((message) => message.reason)).toEqual([
    '§ 25 Abs. 2 and 5 MedienG requires the Unternehmensgegenstand of the Medieninhaber for the Offenlegung (e.g. "Betrieb eines Blogs über Campingkocher") (`legal.mediaDisclosure.businessPurpose`).',
    '§ 25 Abs. 4 MedienG requires the grundlegende Richtung (Blattlinie) of a website whose content can shape public opinion (or `editorial: false` for a "kleine Website" under § 25 Abs. 5 MedienG) (`legal.mediaDisclosure.editorialLine`).',
  ])
  expect(messages.every((message) => message.ruleId === 'legal-field-missing' && message.file.endsWith('nichepress.config.json'))).toBe(true)
})

test('a Swiss site with a contact form instead of an e-mail address stops the build (Art. 3 Abs. 1 lit. s Ziff. 1 UWG)', async () => {
  const messages = await buildErrors('de', { operator: { name: 'Erika Muster', address: zurich }, contact: { contactFormUrl: '/kontakt/' } })
  expect(messages).toEqual([
    expect.objectContaining({ ruleId: 'legal-field-missing', reason: 'Art. 3 Abs. 1 lit. s Ziff. 1 UWG and Art. 19 Abs. 2 lit. a DSG requires an e-mail address (a contact form alone is not enough) (`legal.contact.email`).' }),
  ])
})

test('an Austrian site with a Brevo sign-up form builds, with the § 24 MedienG newsletter warning naming the config file', async () => {
  const form = '<iframe src="https://abcd1234.sibforms.com/serve/MUIFAExample" title="Newsletter" width="540" height="305"></iframe>\n'
  const legal = { operator: { name: 'Erika Musterfrau', address: wien }, contact: { email: 'kontakt@beispiel.example', phone: '+43 1 2345678' }, mediaDisclosure: { businessPurpose: 'Blog', editorialLine: 'Tests' } }
  const root = makeSite({ ...siteFiles('de', legal), 'content/posts/newsletter.md': `---\ntitle: Newsletter\ndate: 2026-10-02\ndescription: Anmeldung.\n---\n\n${form}` })
  try {
    const result = await buildSite({ root, preset: presetPath, outDir: join(root, 'public'), cache: false })
    const warning = result.messages.find((message) => message.ruleId === 'legal-newsletter-impressum')
    expect(warning?.reason).toMatch(/^The site signs visitors up for a newsletter \(Brevo[^)]*\)\..*§ 24 Abs\. 3 MedienG/)
    expect(String(warning?.file)).toMatch(/nichepress\.config\.json$/)
  } finally {
    removeSite(root)
  }
})
