import { describe, expect, test } from 'vitest'
import { legalConfigSchema, type LegalConfigInput } from './legal-config-schema.js'
import { services } from '@nichepress/consent'
import { legalScopeOf, legalWarnings, validateLegalConfig } from './validate-legal-config.js'

// Austria (§ 5 ECG, § 14 UGB, § 25 MedienG) and Switzerland (Art. 3 Abs. 1 lit. s UWG, Art. 19 DSG):
// a complete config passes, and each duty, left out, fails naming its field and paragraph.

const wien = { street: 'Mariahilfer Straße 1', postalCode: '1060', city: 'Wien', country: 'AT' }
const zurich = { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' }
const austrianPerson: LegalConfigInput = {
  updated: '2026-11-01',
  operator: { kind: 'person', name: 'Jana Beispiel', address: wien },
  contact: { email: 'hallo@kocherkompass.example', phone: '+43 1 2345678' },
  mediaDisclosure: { businessPurpose: 'Betrieb eines Blogs über Campingkocher', editorialLine: 'Unabhängige Tests von Campingkochern' },
  hosting: 'netlify',
}
const austrianGmbh: LegalConfigInput = {
  ...austrianPerson,
  operator: { kind: 'entity', name: 'Kocherkompass GmbH', legalForm: 'GmbH', representatives: ['Jana Beispiel'], address: wien },
  register: { court: 'Handelsgericht Wien', number: 'FN 123456 a' },
  vatId: 'ATU12345678',
  mediaDisclosure: { businessPurpose: 'Betrieb eines Blogs über Campingkocher', editorialLine: 'Unabhängige Tests', owners: [{ name: 'Jana Beispiel', share: '100 %' }] },
}
const swissPerson: LegalConfigInput = {
  updated: '2026-11-01',
  operator: { kind: 'person', name: 'Jana Beispiel', address: zurich },
  contact: { email: 'hallo@kocherkompass.example' },
  hosting: 'vercel',
}
const swissAg: LegalConfigInput = { ...swissPerson, operator: { kind: 'entity', name: 'Kocherkompass AG', legalForm: 'AG', representatives: ['Jana Beispiel'], address: zurich }, uid: 'CHE-109.322.551', vatRegistered: true }

function check(input: unknown, language: 'de' | 'en' = 'de') {
  const config = legalConfigSchema.parse(input)
  return validateLegalConfig(config, legalScopeOf(config, language), 'nichepress.config.ts').map((message) => ({ ruleId: message.ruleId, reason: message.reason, file: message.file }))
}

function without(input: LegalConfigInput, path: string): LegalConfigInput {
  const copy = structuredClone(input) as Record<string, unknown>
  const keys = path.split('.')
  const last = keys.pop() ?? ''
  const parent = keys.reduce<Record<string, unknown>>((object, key) => object[key] as Record<string, unknown>, copy)
  delete parent[last]
  return copy as LegalConfigInput
}

describe('a complete config passes', () => {
  test.each([
    ['Austrian person', austrianPerson],
    ['Austrian GmbH', austrianGmbh],
    ['Austrian "kleine Website" (§ 25 Abs. 5 MedienG): no Blattlinie, no owners', { ...austrianGmbh, editorial: false, mediaDisclosure: { businessPurpose: 'Präsentation des Unternehmens' } }],
    ['Swiss person, e-mail only', swissPerson],
    ['Swiss AG with UID and MWST', swissAg],
  ])('%s', (_name, input) => {
    for (const language of ['de', 'en'] as const) expect(check(input, language)).toEqual([])
    expect(legalScopeOf(legalConfigSchema.parse(input), 'en')).toMatchObject({ needsImpressum: true, hasLegalPages: true })
  })
})

describe('each duty, left out, names its field and paragraph', () => {
  test.each([
    ['operator.name', austrianPerson, '§ 5 Abs. 1 Z 1 ECG and § 25 Abs. 2 MedienG and Art. 13(1)(a) GDPR requires the name or Firma of the operator (the Medieninhaber) (`legal.operator.name`).'],
    ['operator.address', austrianPerson, '§ 5 Abs. 1 Z 2 ECG requires the geographic address where the operator is established (`legal.operator.address`).'],
    ['contact.email', austrianPerson, '§ 5 Abs. 1 Z 3 ECG and Art. 13(1)(a) GDPR requires an e-mail address (`legal.contact.email`).'],
    ['contact.phone', austrianPerson, /^§ 5 Abs\. 1 Z 3 ECG requires a second way of quick, direct contact besides e-mail \(CJEU C-298\/07\)/],
    ['mediaDisclosure.businessPurpose', austrianPerson, /^§ 25 Abs\. 2 and 5 MedienG requires the Unternehmensgegenstand .*`legal\.mediaDisclosure\.businessPurpose`/],
    ['capital.outstanding', { ...austrianGmbh, capital: { amount: '35.000 EUR', fullyPaidIn: false, outstanding: '1 EUR' } }, '§ 14 UGB requires the total of the contributions still outstanding, because `legal.capital.fullyPaidIn` is false (`legal.capital.outstanding`).'],
    ['mediaDisclosure.editorialLine', austrianPerson, /^§ 25 Abs\. 4 MedienG requires the grundlegende Richtung \(Blattlinie\)/],
    ['operator.legalForm', austrianGmbh, "§ 14 Abs. 1 UGB requires the entity's Rechtsform (`legal.operator.legalForm`)."],
    ['register', austrianGmbh, /^§ 5 Abs\. 1 Z 4 ECG and § 14 Abs\. 1 UGB requires the Firmenbuchgericht .*\(`legal\.register`\)\.$/],
    ['operator.representatives', austrianGmbh, /^§ 25 Abs\. 2 MedienG requires the Geschäftsführer or members of the Vorstand/],
    ['mediaDisclosure.owners', austrianGmbh, /^§ 25 Abs\. 2 MedienG requires everyone holding a share in the entity Medieninhaber/],
    ['operator.name', swissPerson, 'Art. 3 Abs. 1 lit. s Ziff. 1 UWG and Art. 19 Abs. 2 lit. a DSG requires the name or Firma of the operator (`legal.operator.name`).'],
    ['operator.address', swissPerson, "Art. 3 Abs. 1 lit. s Ziff. 1 UWG requires the operator's postal address (`legal.operator.address`)."],
    ['contact.email', swissPerson, 'Art. 3 Abs. 1 lit. s Ziff. 1 UWG and Art. 19 Abs. 2 lit. a DSG requires an e-mail address (a contact form alone is not enough) (`legal.contact.email`).'],
  ] as const)('without %s', (path, input, reason) => {
    // `legal.country` stands in for the address's country when the address itself is left out.
    const messages = check({ ...without(input, path), country: input.operator?.address?.country })
    expect(messages.map((message) => message.ruleId)).toEqual(['legal-field-missing'])
    expect(messages[0]?.file).toBe('nichepress.config.ts')
    if (typeof reason === 'string') expect(messages[0]?.reason).toBe(reason)
    else expect(messages[0]?.reason).toMatch(reason)
  })

  test('§ 5 Abs. 1 Z 4 ECG: a Verein (ZVR, not Firmenbuch) and an Austrian person need no Firmenbuch entry', () => {
    expect(check({ ...austrianGmbh, operator: { kind: 'entity', name: 'Kocherfreunde', legalForm: 'Verein', representatives: ['Jana Beispiel'], address: wien }, register: undefined })).toEqual([])
    expect(check({ ...austrianGmbh, operator: { kind: 'entity', name: 'Kocherkompass e.U.', legalForm: 'e.U.', representatives: ['Jana Beispiel'], address: wien }, register: undefined }).map((message) => message.reason)).toEqual([
      expect.stringMatching(/^§ 5 Abs\. 1 Z 4 ECG and § 14 Abs\. 1 UGB requires the Firmenbuchgericht/),
    ])
  })

  test('a Swiss contact form does not replace the e-mail address, and no second channel is asked for', () => {
    expect(check({ ...swissPerson, contact: { contactFormUrl: '/kontakt/' } }).map((message) => message.reason)).toEqual([expect.stringContaining('a contact form alone is not enough')])
  })

  test('German duties never reach an Austrian or Swiss site: no § 5 DDG, § 18 MStV or legal.register for a Swiss AG', () => {
    const reasons = [...check({ ...without(austrianPerson, 'operator.address'), country: 'AT' }), ...check({ ...swissAg, uid: undefined, vatRegistered: undefined })].map((message) => message.reason)
    expect(reasons).toHaveLength(1)
    expect(reasons.join('\n')).not.toMatch(/DDG|MStV|GDPR requires the country/)
  })
})

describe('values that contradict the law', () => {
  test.each([
    ['legal.vatId', { ...austrianGmbh, vatId: 'DE123456789' }, /^§ 28 Abs\. 1 UStG 1994 and § 5 Abs\. 1 Z 7 ECG: an Austrian UID-Nummer is "ATU" followed by eight digits/],
    ['legal.register.number', { ...austrianGmbh, register: { court: 'Handelsgericht Wien', number: 'HRB 123456' } }, /^§ 5 Abs\. 1 Z 4 ECG and § 14 Abs\. 1 UGB: a Firmenbuchnummer is "FN", digits and a check letter/],
    ['legal.economicId', { ...austrianPerson, economicId: 'DE123456789-00001' }, /German Wirtschafts-Identifikationsnummer .* applies to an operator established in DE, not in AT/],
    ['legal.responsibleForContent', { ...austrianPerson, responsibleForContent: { name: 'Jana Beispiel', address: wien } }, /§ 18 Abs\. 2 MStV \(German law\) applies to an operator established in DE, not in AT/],
    ['legal.operator.address.country', { ...austrianPerson, country: 'AT', operator: { kind: 'person', name: 'Jana Beispiel', address: zurich } }, /^§ 5 Abs\. 1 Z 2 ECG: .*`legal\.country` is AT and the address is in CH/],
    ['legal.uid', { ...swissPerson, uid: 'CHE-109.322.552' }, /^UIDG: the check digit of "CHE-109\.322\.552" is wrong/],
    ['legal.vatId', { ...swissPerson, vatId: 'CHE123456789' }, /a Swiss MWST number is the UID with "MWST"/],
    ['legal.vatRegistered', { ...swissPerson, vatRegistered: true }, /so `legal\.uid` must be given/],
    ['legal.mediaDisclosure', { ...swissPerson, mediaDisclosure: { businessPurpose: 'Blog' } }, /§ 25 MedienG \(Austrian law\) applies to an operator established in AT, not in CH/],
  ] as const)('%s', (path, input, reason) => {
    const messages = check(input)
    expect(messages.map((message) => message.ruleId)).toEqual(['legal-field-invalid'])
    expect(messages[0]?.reason).toMatch(reason)
    expect(messages[0]?.reason).toContain(`(\`${path}\`)`)
  })

  test('a German site cannot carry the Swiss UID or the Austrian Offenlegung', () => {
    const german = { updated: '2026-11-01', operator: { name: 'Jana Beispiel', address: { street: 'Am Reiherstieg 18', postalCode: '21107', city: 'Hamburg', country: 'DE' } }, contact: { email: 'a@b.example', phone: '+49 40 1234567' }, editorial: false, hosting: 'netlify' }
    expect(check(german)).toEqual([])
    expect(check({ ...german, uid: 'CHE-109.322.551', mediaDisclosure: { businessPurpose: 'Blog' } }).map((message) => message.reason.match(/\(`([^`]+)`\)\.$/)?.[1])).toEqual(['legal.mediaDisclosure', 'legal.uid'])
  })

  test.each(['Kocherkompass OG', 'Kocherkompass FlexCo', 'Jana Beispiel e.U.', 'Kocherkompass GesmbH'])('the Austrian form in "%s" makes the operator an entity', (name) => {
    expect(check({ ...austrianPerson, operator: { kind: 'person', name, address: wien } }).map((message) => message.ruleId)).toEqual(['legal-operator-kind'])
  })

  test('a company under `kind: person` is told the duties of its own country', () => {
    const [austrian] = check({ ...austrianPerson, operator: { kind: 'person', name: 'Kocherkompass GmbH', address: wien } })
    expect(austrian?.ruleId).toBe('legal-operator-kind')
    expect(austrian?.reason).toContain('§ 14 Abs. 1 UGB')
    expect(austrian?.reason).not.toContain('DDG')
  })
})

test('§ 24 Abs. 3 MedienG: an Austrian site with a newsletter sign-up is warned that every issue needs its own Impressum', () => {
  const brevo = services.find((service) => service.id === 'brevo')!
  const youtube = services.find((service) => service.id === 'youtube')!
  const warnings = (input: LegalConfigInput, used = [brevo, youtube]) => {
    const config = legalConfigSchema.parse(input)
    return legalWarnings(config, legalScopeOf(config, 'de'), 'nichepress.config.ts', '2026-12-03', used)
  }
  const [warning, ...rest] = warnings(austrianPerson)
  expect(rest).toEqual([])
  expect(warning?.ruleId).toBe('legal-newsletter-impressum')
  expect(warning?.fatal).toBe(false)
  expect(warning?.reason).toContain(`newsletter (${brevo.name})`)
  expect(warning?.reason).toContain('§ 24 Abs. 3 MedienG')
  expect(warnings(austrianPerson, [youtube])).toEqual([])
  expect(warnings(swissPerson)).toEqual([])
})
