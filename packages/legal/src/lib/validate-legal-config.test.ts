import { describe, expect, test } from 'vitest'
import { legalConfigSchema, type LegalConfigInput } from './legal-config-schema.js'
import { legalFormInNameOf, legalScopeOf, legalWarnings, validateLegalConfig } from './validate-legal-config.js'

const address = { street: 'Am Reiherstieg 18', postalCode: '21107', city: 'Hamburg', country: 'DE' }
const person: LegalConfigInput = {
  updated: '2026-11-01',
  operator: { kind: 'person', name: 'Jana Beispiel', address },
  contact: { email: 'hallo@example.de', phone: '+49 40 66969 123' },
  responsibleForContent: { name: 'Jana Beispiel', address },
  hosting: 'netlify',
}
const gmbh: LegalConfigInput = {
  ...person,
  operator: { kind: 'entity', name: 'Kocherkompass GmbH', legalForm: 'GmbH', representatives: ['Jana Beispiel'], address },
  register: { court: 'Amtsgericht Hamburg', number: 'HRB 123456' },
}

function check(input: unknown, language: 'de' | 'en' = 'de') {
  const config = legalConfigSchema.parse(input)
  return validateLegalConfig(config, legalScopeOf(config, language), 'nichepress.config.ts').map((message) => ({
    ruleId: message.ruleId,
    reason: message.reason,
    file: message.file,
    fatal: message.fatal,
  }))
}

function without(input: LegalConfigInput, path: string): LegalConfigInput {
  const copy = structuredClone(input) as Record<string, unknown>
  const keys = path.split('.')
  const last = keys.pop() as string
  let target = copy
  for (const key of keys) target = target[key] as Record<string, unknown>
  delete target[last]
  return copy as LegalConfigInput
}

describe('validateLegalConfig', () => {
  test('a complete private blogger and a complete GmbH pass', () => {
    expect(check(person)).toEqual([])
    expect(check(gmbh)).toEqual([])
  })

  test.each([
    { base: person, remove: 'operator.name', field: 'legal.operator.name', paragraph: '§ 5 Abs. 1 Nr. 1 DDG and Art. 13(1)(a) GDPR' },
    { base: person, remove: 'operator.address', field: 'legal.operator.address', paragraph: '§ 5 Abs. 1 Nr. 1 DDG' },
    { base: person, remove: 'contact.email', field: 'legal.contact.email', paragraph: '§ 5 Abs. 1 Nr. 2 DDG and Art. 13(1)(a) GDPR' },
    { base: person, remove: 'contact.phone', field: 'legal.contact.phone', paragraph: '§ 5 Abs. 1 Nr. 2 DDG' },
    { base: person, remove: 'responsibleForContent', field: 'legal.responsibleForContent', paragraph: '§ 18 Abs. 2 MStV' },
    { base: person, remove: 'responsibleForContent.address', field: 'legal.responsibleForContent.address', paragraph: '§ 18 Abs. 2 MStV' },
    { base: person, remove: 'hosting', field: 'legal.hosting', paragraph: 'Art. 13(1)(e) GDPR' },
    { base: gmbh, remove: 'operator.legalForm', field: 'legal.operator.legalForm', paragraph: '§ 5 Abs. 1 Nr. 1 DDG' },
    { base: gmbh, remove: 'operator.representatives', field: 'legal.operator.representatives', paragraph: '§ 5 Abs. 1 Nr. 1 DDG' },
    { base: gmbh, remove: 'register', field: 'legal.register', paragraph: '§ 5 Abs. 1 Nr. 4 DDG' },
  ])('missing $field → one error naming it and $paragraph', ({ base, remove, field, paragraph }) => {
    const messages = check(without(base, remove))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ ruleId: 'legal-field-missing', file: 'nichepress.config.ts', fatal: true })
    expect(messages[0]?.reason).toContain(`(\`${field}\`)`)
    expect(messages[0]?.reason.startsWith(`${paragraph} requires `)).toBe(true)
  })

  test('missing `updated` is its own catalogued error', () => {
    const messages = check(without(person, 'updated'))
    expect(messages.map((message) => message.ruleId)).toEqual(['legal-updated-missing'])
    expect(messages[0]?.reason).toContain('`legal.updated`')
  })

  test('a German site without any `legal` section fails naming the address and the e-mail', () => {
    const reasons = check({}).map((message) => message.reason)
    expect(reasons).toContain("§ 5 Abs. 1 Nr. 1 DDG requires the operator's postal address (`legal.operator.address`).")
    expect(reasons.some((reason) => reason.includes('(`legal.contact.email`)') && reason.startsWith('§ 5 Abs. 1 Nr. 2 DDG'))).toBe(true)
  })

  test('a phone number or a contact form satisfies the second contact channel', () => {
    expect(check({ ...without(person, 'contact.phone'), contact: { email: 'a@example.de', contactFormUrl: '/kontakt/' } })).toEqual([])
  })

  test('only what applies is required: no register for a person, no § 18 MStV with `editorial: false`', () => {
    expect(check({ ...gmbh, operator: { ...gmbh.operator, legalForm: 'Einzelunternehmen' }, register: undefined })).toEqual([])
    expect(check({ ...without(person, 'responsibleForContent'), editorial: false })).toEqual([])
  })

  test('an English site of a German operator still needs the Impressum fields', () => {
    // Without the address the country must be given: it decides whether § 5 DDG applies.
    expect(check({ ...without(person, 'operator.address'), country: 'DE' }, 'en').map((message) => message.reason)).toEqual([
      "§ 5 Abs. 1 Nr. 1 DDG requires the operator's postal address (`legal.operator.address`).",
    ])
    expect(legalScopeOf(legalConfigSchema.parse(person), 'en').needsImpressum).toBe(true)
  })

  test('an English site operated from the UK is a clear "jurisdiction not supported", never pages citing the EU GDPR', () => {
    const uk = { updated: '2026-11-01', country: 'GB', operator: { name: 'Jane Example' }, contact: { email: 'jane@example.co.uk' }, hosting: 'vercel' as const }
    expect(legalScopeOf(legalConfigSchema.parse(uk), 'en')).toMatchObject({ needsImpressum: false, hasLegalPages: true })
    const messages = check(uk, 'en')
    expect(messages.map((message) => message.ruleId)).toEqual(['legal-jurisdiction-unsupported'])
    expect(messages[0]?.reason).toMatch(/established in GB, where the UK GDPR, the Data Protection Act 2018 and PECR, with the ICO/)
    expect(messages[0]?.fatal).toBe(true)
    // The same from the operator's address alone.
    expect(check({ ...uk, country: undefined, operator: { name: 'Jane Example', address: { street: '1 High St', postalCode: 'SW1A 1AA', city: 'London', country: 'GB' } } }, 'en').map((message) => message.ruleId)).toEqual(['legal-jurisdiction-unsupported'])
  })

  test('a German-language site operated from Austria or Switzerland is held to the law there, never to § 5 DDG or § 18 MStV', () => {
    const austria = { ...person, responsibleForContent: undefined, operator: { kind: 'person' as const, name: 'Jana Beispiel', address: { street: 'Ringstraße 1', postalCode: '1010', city: 'Wien', country: 'AT' } } }
    expect(legalScopeOf(legalConfigSchema.parse(austria), 'de')).toMatchObject({ country: 'AT', needsImpressum: true })
    expect(check(austria, 'de').map((message) => message.reason)).toEqual([expect.stringMatching(/^§ 25 Abs\. 2 and 5 MedienG requires/), expect.stringMatching(/^§ 25 Abs\. 4 MedienG requires/)])
    expect(check({ ...person, responsibleForContent: undefined, country: 'CH' }, 'de')).toEqual([
      expect.objectContaining({ ruleId: 'legal-field-invalid', reason: expect.stringContaining('`legal.country` is CH and the address is in DE') }),
    ])
  })

  test('a site operated from France is "jurisdiction not supported", naming the DE, AT and CH laws the pages follow', () => {
    const [message] = check({ ...person, country: 'FR' }, 'de')
    expect(message?.ruleId).toBe('legal-jurisdiction-unsupported')
    expect(message?.reason).toContain("established in FR, where the GDPR together with that country's own e-commerce, media and cookie law")
    expect(message?.reason).toContain('Austria (ECG, UGB, MedienG, TKG 2021, GDPR and DSG) or Switzerland (UWG, DSG, FMG)')
  })

  test('an English site whose operator has no country is asked for it instead of guessing the law', () => {
    const messages = check({ updated: '2026-11-01', operator: { name: 'Jane Example' }, contact: { email: 'jane@example.org' }, hosting: 'vercel' }, 'en')
    expect(messages.map((message) => message.reason)).toEqual([expect.stringMatching(/^Art\. 3 GDPR requires the country the operator is established in .*\(`legal\.country`\)\.$/)])
  })

  test('an English site without `legal` and without a German operator gets no legal pages and no errors', () => {
    expect(check({}, 'en')).toEqual([])
    expect(legalScopeOf(legalConfigSchema.parse({}), 'en').hasLegalPages).toBe(false)
  })

  test.each([
    ['Kocherkompass GmbH', 'GmbH'],
    ['Van Kitchen gGmbH', 'gGmbH'],
    ['Kocherkompass UG (haftungsbeschränkt)', 'UG (haftungsbeschränkt)'],
    ['Kocher AG', 'AG'],
    ['Beispiel & Söhne KG', 'KG'],
    ['Beispiel OHG', 'OHG'],
    ['Beispiel & Partner GbR', 'GbR'],
    ['Jana Beispiel e.K.', 'e.K.'],
    ['Beispiel Rechtsanwälte PartG mbB', 'PartG'],
    ['Van Kitchen Ltd.', 'Ltd.'],
    ['Van Kitchen LLC', 'LLC'],
    ['Kocherkompass GmbH & Co. KG', 'GmbH & Co. KG'],
    ['Kocherkompass Gesellschaft mit beschränkter Haftung', 'Gesellschaft mit beschränkter Haftung'],
  ])('"%s" names the legal form %s: as a person it fails, naming the field and the paragraphs', (name, form) => {
    expect(legalFormInNameOf(name)).toBe(form)
    const messages = check({ ...person, operator: { ...person.operator, name } })
    expect(messages.map((message) => message.ruleId)).toEqual(['legal-operator-kind'])
    expect(messages[0]?.reason).toContain('`legal.operator.name`')
    expect(messages[0]?.reason).toContain('§ 5 Abs. 1 Nr. 1 DDG')
    expect(messages[0]?.reason).toContain('§ 5 Abs. 1 Nr. 4 DDG')
    expect(messages[0]?.fatal).toBe(true)
  })

  test.each(['Jana Beispiel', 'Agnes Kaufmann', 'Ole Seligmann', 'Kai Ugur', 'Lena Agathe Kg-Weber'])('"%s" is a person\'s name', (name) => {
    expect(legalFormInNameOf(name)).toBeUndefined()
    expect(check({ ...person, operator: { ...person.operator, name } })).toEqual([])
  })

  test('as an entity, a company needs representatives and, where registered, register court and number; a GbR no register', () => {
    const entity = (name: string, legalForm: string) => check({ ...person, operator: { kind: 'entity', name, legalForm, address } }).map((message) => message.reason.match(/\(`([^`]+)`\)/)?.[1])
    expect(entity('Van Kitchen Ltd.', 'Ltd.')).toEqual(['legal.operator.representatives', 'legal.register'])
    expect(entity('Kocherkompass UG (haftungsbeschränkt)', 'UG (haftungsbeschränkt)')).toEqual(['legal.operator.representatives', 'legal.register'])
    expect(entity('Beispiel & Partner GbR', 'GbR')).toEqual(['legal.operator.representatives'])
  })

  test('§ 18 Abs. 2 MStV: the person responsible for the content must reside in Germany', () => {
    const abroad = { ...person, responsibleForContent: { name: 'Jana Beispiel', address: { street: 'Ringstraße 1', postalCode: '1010', city: 'Wien', country: 'AT' } } }
    const messages = check(abroad)
    expect(messages.map((message) => message.ruleId)).toEqual(['legal-field-invalid'])
    expect(messages[0]?.reason).toBe('§ 18 Abs. 2 Satz 2 Nr. 1 MStV: the person responsible for journalistic-editorial content must have their permanent residence in Germany, not in AT (`legal.responsibleForContent.address`).')
    expect(check({ ...abroad, editorial: false })).toEqual([])
  })

  test('§ 5 Abs. 1 Nr. 1 DDG, § 3 DDG: `country: DE` with an address of establishment abroad is a contradiction, never a German Impressum', () => {
    for (const country of ['AT', 'CH']) {
      const messages = check({ ...person, country: 'DE', operator: { ...person.operator, address: { ...address, country } } })
      expect(messages.map((message) => message.ruleId)).toEqual(['legal-field-invalid'])
      expect(messages[0]?.reason).toMatch(new RegExp(`^§ 5 Abs\\. 1 Nr\\. 1 DDG: .*\`legal\\.country\` is DE and the address is in ${country}.*\\(\`legal\\.operator\\.address\\.country\`\\)\\.$`))
    }
    expect(check({ ...person, country: 'DE' })).toEqual([])
  })

  test.each([
    ['legal.operator.legalForm', { kind: 'entity' as const, name: 'Kocherkompass', legalForm: 'UG', representatives: ['Jana Beispiel'], address }],
    ['legal.operator.name', { kind: 'entity' as const, name: 'Kocherkompass UG', legalForm: 'UG (haftungsbeschränkt)', representatives: ['Jana Beispiel'], address }],
    ['legal.operator.legalForm', { kind: 'entity' as const, name: 'Kocherkompass', legalForm: 'Unternehmergesellschaft', representatives: ['Jana Beispiel'], address }],
  ])('§ 5a Abs. 1 GmbHG: an UG without "(haftungsbeschränkt)" in %s fails', (path, operator) => {
    const messages = check({ ...gmbh, operator })
    expect(messages.map((message) => message.ruleId)).toEqual(['legal-field-invalid'])
    expect(messages[0]?.reason).toMatch(/^§ 5a Abs\. 1 GmbHG: an Unternehmergesellschaft must be named/)
    expect(messages[0]?.reason).toContain(`(\`${path}\`)`)
  })

  test.each(['DE12345678', 'DE1234567890', 'ATU12345678'])('§ 27a UStG: the VAT id %s of a German operator fails', (vatId) => {
    const messages = check({ ...gmbh, vatId })
    expect(messages.map((message) => message.ruleId)).toEqual(['legal-field-invalid'])
    expect(messages[0]?.reason).toMatch(/^§ 27a Abs\. 1 UStG and § 5 Abs\. 1 Nr\. 6 DDG: a German Umsatzsteuer-Identifikationsnummer is "DE" followed by nine digits/)
    expect(check({ ...gmbh, vatId: 'DE123456789' })).toEqual([])
  })

  test('§ 5 Abs. 1 Nr. 1 DDG: capital not fully paid in needs the contributions outstanding', () => {
    const messages = check({ ...gmbh, capital: { amount: '25.000 EUR', fullyPaidIn: false } })
    expect(messages.map((message) => message.reason)).toEqual([
      '§ 5 Abs. 1 Nr. 1 DDG requires the total of the contributions still outstanding, because `legal.capital.fullyPaidIn` is false (`legal.capital.outstanding`).',
    ])
    expect(check({ ...gmbh, capital: { amount: '25.000 EUR', fullyPaidIn: false, outstanding: '12.500 EUR' } })).toEqual([])
    expect(check({ ...gmbh, capital: { amount: '25.000 EUR', fullyPaidIn: true } })).toEqual([])
  })

  test('§ 5 Abs. 1 Nr. 4 DDG: a registered merchant written as a person still needs the register', () => {
    const messages = check({ ...person, operator: { ...person.operator, legalForm: 'e. K.' } })
    expect(messages.map((message) => message.reason.match(/\(`([^`]+)`\)/)?.[1])).toEqual(['legal.register'])
  })

  test('§ 18 Abs. 2 Satz 3 MStV: several responsible people each need their part; each needs an address in Germany', () => {
    const two = [
      { name: 'Jana Beispiel', address, part: 'Testberichte' },
      { name: 'Tom Muster', address: { street: 'Ringstraße 1', postalCode: '1010', city: 'Wien', country: 'AT' } },
    ]
    expect(check({ ...person, responsibleForContent: two }).map((message) => message.reason)).toEqual([
      '§ 18 Abs. 2 Satz 2 Nr. 1 MStV: the person responsible for journalistic-editorial content must have their permanent residence in Germany, not in AT (`legal.responsibleForContent[1].address`).',
      '§ 18 Abs. 2 Satz 3 MStV requires the part of the site Tom Muster is responsible for, because several people are named (`legal.responsibleForContent[1].part`).',
    ])
    expect(check({ ...person, responsibleForContent: [two[0]!, { name: 'Tom Muster', address, part: 'Ratgeber' }] })).toEqual([])
    expect(check({ ...person, responsibleForContent: [{ name: 'Jana Beispiel', address }] })).toEqual([])
  })

  test('a future `legal.updated` is a warning, today or earlier is none', () => {
    const config = legalConfigSchema.parse({ ...person, updated: '2026-12-24' })
    const scope = legalScopeOf(config, 'de')
    const [warning, ...rest] = legalWarnings(config, scope, 'nichepress.config.ts', '2026-12-02')
    expect(rest).toEqual([])
    expect(warning?.ruleId).toBe('legal-updated-future')
    expect(warning?.fatal).toBe(false)
    expect(warning?.reason).toContain('2026-12-24')
    expect(legalWarnings(config, scope, 'nichepress.config.ts', '2026-12-24')).toEqual([])
  })

  test('`enabled: false` turns every check off', () => {
    expect(check({ enabled: false })).toEqual([])
  })

  test('several missing fields are all reported at once', () => {
    const messages = check({ updated: '2026-11-01', operator: { kind: 'entity', name: 'X GmbH', legalForm: 'GmbH' }, hosting: 'netlify', editorial: false })
    expect(messages.map((message) => message.reason.match(/\(`([^`]+)`\)/)?.[1])).toEqual([
      'legal.operator.address',
      'legal.operator.representatives',
      'legal.contact.email',
      'legal.contact.phone',
      'legal.register',
    ])
  })
})
