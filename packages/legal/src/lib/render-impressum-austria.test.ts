import { describe, expect, test } from 'vitest'
import { byId, sectionIds, textOf } from '../../test/tree-text.js'
import { legalConfigSchema, type LegalConfigInput } from './legal-config-schema.js'
import { renderImpressum } from './render-impressum.js'

// § 5 Abs. 1 ECG, § 14 Abs. 1 UGB and the Offenlegung of § 25 MedienG, as a visitor reads them.

const wien = { street: 'Mariahilfer Straße 1', postalCode: '1060', city: 'Wien', country: 'AT' }
const person: LegalConfigInput = {
  updated: '2026-01-15',
  operator: { kind: 'person', name: 'Jana Beispiel', address: wien },
  contact: { email: 'hallo@kocherkompass.example', phone: '+43 1 2345678' },
  mediaDisclosure: { businessPurpose: 'Betrieb eines Blogs über Campingkocher', editorialLine: 'Unabhängige Tests von Campingkochern' },
  hosting: 'netlify',
}
const gmbh: LegalConfigInput = {
  ...person,
  operator: { kind: 'entity', name: 'Kocherkompass GmbH', legalForm: 'GmbH', representatives: ['Jana Beispiel', 'Tom Muster'], address: wien },
  register: { court: 'Handelsgericht Wien', number: 'FN 123456 a' },
  vatId: 'ATU12345678',
  supervisoryAuthority: { name: 'Magistratisches Bezirksamt für den 6. Bezirk', url: 'https://www.wien.gv.at/' },
  profession: { title: 'Ingenieurbüro (Beratende Ingenieure)', chamber: 'Wirtschaftskammer Wien', country: 'Österreich', rules: { name: 'Gewerbeordnung 1994', url: 'https://www.ris.bka.gv.at/' } },
  mediaDisclosure: { businessPurpose: 'Betrieb eines Blogs über Campingkocher', editorialLine: 'Unabhängige Tests', owners: [{ name: 'Jana Beispiel', share: '60 % (Gesellschafterin)' }, { name: 'Tom Muster', share: '40 % (Gesellschafter)' }] },
}
const render = (input: LegalConfigInput, lang: 'de' | 'en' = 'de') => renderImpressum(legalConfigSchema.parse(input), lang)
const section = (input: LegalConfigInput, id: string, lang: 'de' | 'en' = 'de') => textOf(byId(render(input, lang), id) ?? { type: 'root', children: [] })

describe('the Austrian Impressum', () => {
  test('a private blogger: § 5 ECG facts and the Offenlegung, nothing German', () => {
    const tree = render(person)
    expect(sectionIds(tree)).toEqual(['provider', 'contact', 'media-disclosure'])
    expect(section(person, 'provider')).toBe('Angaben gemäß § 5 ECG und § 14 UGBJana BeispielMariahilfer Straße 11060 WienÖsterreich')
    expect(section(person, 'contact')).toBe('KontaktTelefon: +43\u00a01\u00a02345678E-Mail: hallo@kocherkompass.example')
    // § 25 Abs. 2 and 4 MedienG: Medieninhaber, Unternehmensgegenstand, Wohnort, grundlegende Richtung.
    expect(section(person, 'media-disclosure')).toBe(
      'Offenlegung gemäß § 25 MedienGMedieninhaberJana BeispielUnternehmensgegenstandBetrieb eines Blogs über CampingkocherWohnortWienGrundlegende Richtung: Unabhängige Tests von Campingkochern',
    )
    expect(textOf(tree)).not.toMatch(/DDG|MStV|Verantwortlich für den Inhalt/)
  })

  test('Austrian German names the first month "Jänner" in the date of the facts', () => {
    expect(textOf(render(person))).toContain('Stand der Angaben: 15. Jänner 2026.')
    expect(textOf(render(person, 'en'))).toContain('Facts as of 15 January 2026.')
  })

  test('a GmbH: Rechtsform and Sitz (§ 14 UGB), Firmenbuch, UID-Nummer, authority, chamber, owners and management (§ 25 Abs. 2 MedienG)', () => {
    expect(sectionIds(render(gmbh))).toEqual(['provider', 'contact', 'register', 'tax', 'supervisory-authority', 'profession', 'media-disclosure'])
    expect(section(gmbh, 'provider')).toContain('ÖsterreichRechtsform: GmbHSitz: WienVertretungsbefugt: Jana Beispiel, Tom Muster')
    expect(section(gmbh, 'register')).toBe('FirmenbuchFirmenbuchnummer: FN 123456 aFirmenbuchgericht: Handelsgericht Wien')
    expect(section(gmbh, 'tax')).toBe('UmsatzsteuerUID-Nummer: ATU12345678')
    expect(section(gmbh, 'supervisory-authority')).toContain('Magistratisches Bezirksamt für den 6. Bezirk')
    expect(section(gmbh, 'profession')).toBe(
      'Kammer, Berufsbezeichnung und berufsrechtliche VorschriftenKammer/Berufsverband: Wirtschaftskammer WienBerufsbezeichnung: Ingenieurbüro (Beratende Ingenieure) (verliehen in Österreich)Gewerbe- und berufsrechtliche Vorschriften: Gewerbeordnung 1994',
    )
    const disclosure = section(gmbh, 'media-disclosure')
    expect(disclosure).toContain('MedieninhaberKocherkompass GmbHUnternehmensgegenstandBetrieb eines Blogs über CampingkocherSitzWienGeschäftsführung bzw. VorstandJana Beispiel, Tom Muster')
    expect(disclosure).toContain('Beteiligungen:Jana Beispiel: 60 % (Gesellschafterin)Tom Muster: 40 % (Gesellschafter)Grundlegende Richtung: Unabhängige Tests')
  })

  test('a "kleine Website" (§ 25 Abs. 5 MedienG, `editorial: false`): name, Unternehmensgegenstand and Sitz only', () => {
    const small = { ...gmbh, editorial: false }
    expect(section(small, 'media-disclosure')).toBe('Offenlegung gemäß § 25 MedienGMedieninhaberKocherkompass GmbHUnternehmensgegenstandBetrieb eines Blogs über CampingkocherSitzWien')
  })

  test('a company in liquidation says so', () => {
    expect(section({ ...gmbh, inLiquidation: true }, 'provider')).toContain('Die Gesellschaft befindet sich in Liquidation.')
  })

  test('English: the Austrian terms in brackets', () => {
    expect(section(gmbh, 'provider', 'en')).toMatch(/^Information according to § 5 of the Austrian E-Commerce Act \(ECG\) and § 14 of the Austrian Commercial Code \(UGB\)/)
    expect(section(gmbh, 'register', 'en')).toBe('Company register (Firmenbuch)Company register number (Firmenbuchnummer): FN 123456 aRegister court (Firmenbuchgericht): Handelsgericht Wien')
    expect(section(gmbh, 'tax', 'en')).toBe('VATVAT identification number (UID-Nummer): ATU12345678')
    expect(section(gmbh, 'media-disclosure', 'en')).toMatch(/^Disclosure according to § 25 of the Austrian Media Act \(MedienG\)Media owner \(Medieninhaber\)Kocherkompass GmbH/)
  })
})

test('§ 14 UGB: capital, when the site mentions it, with the contributions outstanding', () => {
  expect(section({ ...gmbh, capital: { amount: '35.000 EUR', fullyPaidIn: false, outstanding: '17.500 EUR' } }, 'provider')).toContain('Stammkapital: 35.000 EUR; ausstehende Einlagen: 17.500 EUR')
})
