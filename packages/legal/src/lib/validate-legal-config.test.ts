import { describe, expect, test } from 'vitest'
import { legalConfigSchema, type LegalConfigInput } from './legal-config-schema.js'
import { legalScopeOf, validateLegalConfig } from './validate-legal-config.js'

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

  test('outside Germany: no Impressum duties, but the privacy policy still needs controller, e-mail and host', () => {
    const uk = { updated: '2026-11-01', country: 'GB', operator: { name: 'Jane Example' }, contact: { email: 'jane@example.co.uk' }, hosting: 'vercel' as const }
    expect(check(uk, 'en')).toEqual([])
    expect(legalScopeOf(legalConfigSchema.parse(uk), 'en')).toMatchObject({ needsImpressum: false, hasLegalPages: true })
    expect(check({ ...uk, contact: {} }, 'en').map((message) => message.reason)).toEqual(['Art. 13(1)(a) GDPR requires an e-mail address (`legal.contact.email`).'])
  })

  test('an English site without `legal` and without a German operator gets no legal pages and no errors', () => {
    expect(check({}, 'en')).toEqual([])
    expect(legalScopeOf(legalConfigSchema.parse({}), 'en').hasLegalPages).toBe(false)
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
