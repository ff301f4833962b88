import { describe, expect, test } from 'vitest'
import { byId, decodeReferences, sectionIds, textOf } from '../../test/tree-text.js'
import { serializeLegalTree } from './hast-helpers.js'
import { legalConfigSchema, type LegalConfigInput } from './legal-config-schema.js'
import { renderImpressum } from './render-impressum.js'

const address = { street: 'Am Reiherstieg 18', postalCode: '21107', city: 'Hamburg', country: 'DE' }
const person: LegalConfigInput = {
  updated: '2026-11-01',
  operator: { kind: 'person', name: 'Jana Beispiel', address },
  contact: { email: 'hallo@kocherkompass.example', phone: '+49 40 66969 123' },
  responsibleForContent: { name: 'Jana Beispiel', address },
  hosting: 'netlify',
}
const gmbh: LegalConfigInput = {
  ...person,
  operator: { kind: 'entity', name: 'Kocherkompass', legalForm: 'GmbH', representatives: ['Jana Beispiel', 'Tom Muster'], address },
  register: { court: 'Amtsgericht Hamburg', number: 'HRB 123456' },
  vatId: 'DE123456789',
  economicId: 'DE123456789-00001',
  supervisoryAuthority: { name: 'Bezirksamt Hamburg-Mitte', url: 'https://www.hamburg.de/mitte/' },
  profession: { title: 'Rechtsanwalt', chamber: 'Hanseatische Rechtsanwaltskammer', country: 'Deutschland', rules: { name: 'BRAO', url: 'https://www.brak.de/' } },
}

const render = (input: LegalConfigInput, lang: 'de' | 'en' = 'de') => renderImpressum(legalConfigSchema.parse(input), lang)

describe('renderImpressum', () => {
  test('a private blogger: provider, contact, § 18 MStV; no register, tax, authority or profession', () => {
    const tree = render(person)
    expect(sectionIds(tree)).toEqual(['provider', 'contact', 'responsible-for-content'])
    expect(textOf(byId(tree, 'provider')!)).toBe('Angaben gemäß § 5 DDGJana BeispielAm Reiherstieg 1821107 HamburgDeutschland')
    expect(textOf(byId(tree, 'contact')!)).toBe('KontaktTelefon: +49\u00a040\u00a066969\u00a0123E-Mail: hallo@kocherkompass.example')
    expect(textOf(byId(tree, 'responsible-for-content')!)).toContain('Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV')
  })

  test('an address is one line each for street, city and country', () => {
    expect(serializeLegalTree(render(person))).toContain('<p>Jana Beispiel<br>Am Reiherstieg 18<br>21107 Hamburg<br>Deutschland</p>')
  })

  test('a GmbH: legal form, representatives, register, VAT id, economic id, authority, profession', () => {
    const tree = render(gmbh)
    expect(sectionIds(tree)).toEqual(['provider', 'contact', 'register', 'tax', 'supervisory-authority', 'profession', 'responsible-for-content'])
    const provider = textOf(byId(tree, 'provider')!)
    expect(provider).toContain('Rechtsform: GmbH')
    expect(provider).toContain('Vertreten durch die Geschäftsführung: Jana Beispiel, Tom Muster')
    expect(textOf(byId(tree, 'register')!)).toContain('Registergericht: Amtsgericht HamburgRegisternummer: HRB 123456')
    expect(textOf(byId(tree, 'tax')!)).toContain('Umsatzsteuer-Identifikationsnummer gemäß § 27a Umsatzsteuergesetz: DE123456789')
    expect(textOf(byId(tree, 'tax')!)).toContain('Wirtschafts-Identifikationsnummer gemäß § 139c Abgabenordnung: DE123456789-00001')
    expect(textOf(byId(tree, 'profession')!)).toContain('Rechtsanwalt (verliehen in Deutschland)')
  })

  test.each([
    ['GmbH', 'de', 'Vertreten durch die Geschäftsführung: Jana Beispiel'],
    ['UG (haftungsbeschränkt)', 'de', 'Vertreten durch die Geschäftsführung: Jana Beispiel'],
    ['AG', 'de', 'Vertreten durch den Vorstand: Jana Beispiel'],
    ['AG', 'en', 'Represented by the management board: Jana Beispiel'],
    ['e. V.', 'de', 'Vertretungsberechtigter Vorstand (§ 26 BGB): Jana Beispiel'],
    ['e. K.', 'de', 'Inhaber: Jana Beispiel'],
    ['GbR', 'de', 'Vertretungsberechtigte Gesellschafter: Jana Beispiel'],
    ['OHG', 'en', 'Partners authorised to represent: Jana Beispiel'],
    ['GmbH & Co. KG', 'de', 'Vertreten durch die persönlich haftende Gesellschafterin: Jana Beispiel'],
    ['KG', 'de', 'Persönlich haftende Gesellschafter: Jana Beispiel'],
    ['rechtsfähige Stiftung bürgerlichen Rechts', 'de', 'Vertretungsberechtigter Vorstand (§ 26 BGB): Jana Beispiel'],
    ['Ltd.', 'en', 'Represented by: Jana Beispiel'],
  ] as const)('%s (%s): the people behind it are named as the form needs', (legalForm, lang, line) => {
    const tree = render({ ...gmbh, operator: { kind: 'entity', name: 'Kocherkompass', legalForm, representatives: ['Jana Beispiel'], address } }, lang)
    expect(textOf(byId(tree, 'provider')!)).toContain(line)
  })

  test('§ 5 Abs. 1 Nr. 1 and Nr. 7 DDG: capital as stated, and a company in liquidation says so', () => {
    const gmbhText = textOf(byId(render({ ...gmbh, capital: { amount: '25.000 EUR', fullyPaidIn: false, outstanding: '12.500 EUR' }, inLiquidation: true }), 'provider')!)
    expect(gmbhText).toContain('Stammkapital: 25.000 EUR; ausstehende Einlagen: 12.500 EUR')
    expect(gmbhText).toContain('Die Gesellschaft befindet sich in Liquidation.')
    const ag = { ...gmbh, operator: { kind: 'entity' as const, name: 'Kocher AG', legalForm: 'AG', representatives: ['Jana Beispiel'], address } }
    const agText = textOf(byId(render({ ...ag, capital: { amount: '50.000 EUR', fullyPaidIn: true }, inLiquidation: true }, 'en'), 'provider')!)
    expect(agText).toContain('Share capital (Grundkapital): 50.000 EUR (fully paid in)')
    expect(agText).toContain('The company is being wound up (Abwicklung).')
    expect(textOf(byId(render(gmbh), 'provider')!)).not.toMatch(/kapital|Liquidation/)
  })

  test('§ 5 Abs. 1 Nr. 5 lit. c DDG: several sets of professional rules are each named and linked', () => {
    const rules = [
      { name: 'Bundesrechtsanwaltsordnung (BRAO)', url: 'https://www.gesetze-im-internet.de/brao/' },
      { name: 'Berufsordnung für Rechtsanwälte (BORA)', url: 'https://www.brak.de/anwaltschaft/berufsrecht/' },
    ]
    const tree = render({ ...gmbh, profession: { title: 'Rechtsanwalt', chamber: 'Hanseatische Rechtsanwaltskammer', country: 'Deutschland', rules } })
    const html = serializeLegalTree(tree)
    expect(html).toContain('<li><a href="https://www.gesetze-im-internet.de/brao/" rel="noopener noreferrer">Bundesrechtsanwaltsordnung (BRAO)</a></li>')
    expect(html).toContain('<li><a href="https://www.brak.de/anwaltschaft/berufsrecht/" rel="noopener noreferrer">Berufsordnung für Rechtsanwälte (BORA)</a></li>')
    expect(textOf(byId(render(gmbh), 'profession')!)).toContain('Berufsrechtliche Regelungen: BRAO')
  })

  test('§ 18 Abs. 2 MStV: several responsible people, each with the part they answer for', () => {
    const tree = render({ ...person, responsibleForContent: [{ name: 'Jana Beispiel', address, part: 'Testberichte' }, { name: 'Tom Muster', address, part: 'Ratgeber' }] })
    const text = textOf(byId(tree, 'responsible-for-content')!)
    expect(text).toContain('Jana Beispiel (verantwortlich für Testberichte)Am Reiherstieg 18')
    expect(text).toContain('Tom Muster (verantwortlich für Ratgeber)Am Reiherstieg 18')
  })

  test('the legal form is not repeated when the name already carries it', () => {
    const tree = render({ ...gmbh, operator: { kind: 'entity', name: 'Kocherkompass GmbH', legalForm: 'GmbH', representatives: ['Jana Beispiel'], address } })
    expect(textOf(byId(tree, 'provider')!)).not.toContain('Rechtsform')
  })

  test('English texts for an English site', () => {
    const tree = render(gmbh, 'en')
    expect(textOf(byId(tree, 'provider')!)).toContain('Information according to § 5 DDG')
    expect(textOf(byId(tree, 'provider')!)).toContain('Germany')
    expect(textOf(byId(tree, 'tax')!)).toContain('VAT identification number according to § 27a of the German VAT Act (UStG): DE123456789')
  })

  test('the e-mail is a working mailto link written only as character references', () => {
    const html = serializeLegalTree(render(person))
    const contact = html.slice(html.indexOf('<section id="contact"'), html.indexOf('</section>', html.indexOf('<section id="contact"')))
    expect(contact).not.toContain('hallo@')
    expect(contact).not.toContain('mailto:')
    expect(decodeReferences(contact)).toContain('<a href="mailto:hallo@kocherkompass.example">hallo@kocherkompass.example</a>')
  })

  test('the honesty note shows the configured date, not the build clock', () => {
    const html = serializeLegalTree(render(person))
    expect(html).toContain('<aside class="np-legal-note">')
    expect(html).toContain('<time datetime="2026-11-01">1. November 2026</time>')
    expect(serializeLegalTree(render(person, 'en'))).toContain('not legal advice')
  })
})
