import { describe, expect, test } from 'vitest'
import { byId, sectionIds, textOf } from '../../test/tree-text.js'
import { legalConfigSchema, type LegalConfigInput } from './legal-config-schema.js'
import { renderImpressum } from './render-impressum.js'

// Art. 3 Abs. 1 lit. s Ziff. 1 UWG, the UID and the Swiss spelling, as a visitor reads them.

const zurich = { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' }
const person: LegalConfigInput = { updated: '2026-11-01', operator: { kind: 'person', name: 'Jana Beispiel', address: zurich }, contact: { email: 'hallo@kocherkompass.example' }, hosting: 'vercel' }
const gmbh: LegalConfigInput = {
  ...person,
  operator: { kind: 'entity', name: 'Kocherkompass', legalForm: 'GmbH', representatives: ['Jana Beispiel'], address: zurich },
  contact: { email: 'hallo@kocherkompass.example', phone: '+41 44 123 45 67' },
  uid: 'CHE-109.322.551',
  vatRegistered: true,
  register: { court: 'Handelsregisteramt des Kantons Zürich', number: 'CH-020.4.123.456-7' },
}
const render = (input: LegalConfigInput, lang: 'de' | 'en' = 'de') => renderImpressum(legalConfigSchema.parse(input), lang)
const section = (input: LegalConfigInput, id: string, lang: 'de' | 'en' = 'de') => textOf(byId(render(input, lang), id) ?? { type: 'root', children: [] })

describe('the Swiss Impressum', () => {
  test('a private blogger: identity, address and e-mail (Art. 3 Abs. 1 lit. s Ziff. 1 UWG); no German or Austrian duty', () => {
    const tree = render(person)
    expect(sectionIds(tree)).toEqual(['provider', 'contact'])
    expect(section(person, 'provider')).toBe('Angaben gemäss Art. 3 Abs. 1 lit. s UWGJana BeispielBahnhofstrasse 18001 ZürichSchweiz')
    expect(section(person, 'contact')).toBe('KontaktE-Mail: hallo@kocherkompass.example')
    expect(textOf(tree)).not.toMatch(/DDG|MStV|ECG|MedienG/)
  })

  test('Swiss Standard German writes "ss" for "ß", in the template text and the note', () => {
    const text = textOf(render({ ...gmbh, operator: { ...gmbh.operator!, address: { ...zurich, street: 'Seestraße 5' } } }))
    expect(text).not.toContain('ß')
    expect(text).toContain('Seestrasse 5')
    expect(text).toContain('Angaben gemäss')
  })

  test('a GmbH: legal form, signatories, UID, MWST number and Handelsregister entry', () => {
    expect(sectionIds(render(gmbh))).toEqual(['provider', 'contact', 'register'])
    expect(section(gmbh, 'provider')).toContain('SchweizRechtsform: GmbHVertretungsberechtigte Personen: Jana Beispiel')
    expect(section(gmbh, 'register')).toBe(
      'Handelsregister und UIDUnternehmens-Identifikationsnummer (UID): CHE-109.322.551MWST-Nummer: CHE-109.322.551 MWSTHandelsregisteramt: Handelsregisteramt des Kantons ZürichFirmennummer: CH-020.4.123.456-7',
    )
  })

  test('no MWST line without `vatRegistered`', () => {
    expect(section({ ...gmbh, vatRegistered: undefined, register: undefined }, 'register')).toBe('Handelsregister und UIDUnternehmens-Identifikationsnummer (UID): CHE-109.322.551')
  })

  test('English', () => {
    expect(section(gmbh, 'provider', 'en')).toMatch(/^Information according to Art\. 3\(1\)\(s\) of the Swiss Unfair Competition Act \(UWG\)Kocherkompass/)
    expect(section(gmbh, 'register', 'en')).toContain('Business identification number (UID): CHE-109.322.551VAT number (MWST): CHE-109.322.551 MWST')
  })
})

test('an AG states Aktienkapital, not the German Grundkapital', () => {
  expect(section({ ...gmbh, operator: { ...gmbh.operator!, name: 'Kocherkompass AG', legalForm: 'AG' }, capital: { amount: 'CHF 100 000', fullyPaidIn: true } }, 'provider')).toContain('Aktienkapital: CHF 100 000 (voll liberiert)')
})
