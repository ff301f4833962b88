import { networks } from '@nichepress/affiliate'
import { consentStorage, services } from '@nichepress/consent'
import { describe, expect, test } from 'vitest'
import { byId, decodeReferences, sectionIds, textOf } from '../../test/tree-text.js'
import { serializeLegalTree } from './hast-helpers.js'
import { legalConfigSchema, type LegalConfigInput } from './legal-config-schema.js'
import type { PolicyInputs } from './policy-inputs.js'
import { renderPrivacyPolicy } from './render-privacy-policy.js'

const address = { street: 'Am Reiherstieg 18', postalCode: '21107', city: 'Hamburg', country: 'DE' }
const person: LegalConfigInput = {
  updated: '2026-11-01',
  operator: { kind: 'person', name: 'Jana Beispiel', address },
  contact: { email: 'hallo@kocherkompass.example', phone: '+49 40 66969 123' },
  responsibleForContent: { name: 'Jana Beispiel', address },
  hosting: 'netlify',
}

const service = (id: string) => services.find((entry) => entry.id === id)!
const network = (id: string) => networks.find((entry) => entry.id === id)!
const none: PolicyInputs = { services: [], networks: [], consentStorage }
const render = (input: LegalConfigInput, inputs: PolicyInputs = none, lang: 'de' | 'en' = 'de') => renderPrivacyPolicy(legalConfigSchema.parse(input), inputs, lang)

describe('renderPrivacyPolicy', () => {
  test('without services: controller, hosting, contact, consent manager, withdrawal, rights; nothing else', () => {
    expect(sectionIds(render(person))).toEqual(['controller', 'hosting', 'contact', 'consent-manager', 'withdrawal', 'objection', 'rights'])
  })

  test('one section per service and per affiliate network present, in registry order, and no others', () => {
    const tree = render(person, { services: [service('google-analytics'), service('youtube')], networks: [network('amazon')], consentStorage })
    const ids = sectionIds(tree)
    expect(ids).toEqual(['controller', 'hosting', 'contact', 'consent-manager', 'service-google-analytics', 'service-youtube', 'affiliate-amazon', 'withdrawal', 'objection', 'rights'])
    expect(ids).not.toContain('service-vimeo')
  })

  test('a service section states purpose, basis, recipient, transfer, storage, withdrawal from its registry entry', () => {
    const entry = service('google-analytics')
    const text = textOf(byId(render(person, { ...none, services: [entry] }), 'service-google-analytics')!)
    expect(text).toContain(entry.purpose.de)
    expect(text).toContain('Art. 6 Abs. 1 lit. a DSGVO')
    expect(text).toContain('§ 25 Abs. 1 TDDDG')
    expect(text).toContain(`${entry.provider.name}, ${entry.provider.address}`)
    expect(text).toContain(entry.thirdCountryTransfer!.basis.de)
    expect(text).not.toContain('..')
    for (const cookie of entry.cookies) expect(text).toContain(`${cookie.name} (`)
    expect(text).toContain('mit Wirkung für die Zukunft widerrufen')
    expect(text).toContain(entry.privacyPolicyUrl)
  })

  test('an EU service whose entry says "none" says so; a US affiliate network names the country; an EU network or service without a checked statement makes no claim', () => {
    const tree = render(person, { services: [service('plausible'), service('matomo'), service('brevo')], networks: [network('awin'), network('cj'), network('amazon')], consentStorage }, 'en')
    expect(textOf(byId(tree, 'service-plausible')!)).toContain('Transfer to third countriesNone (hosted in the EU, as the provider states).')
    expect(textOf(byId(tree, 'service-matomo')!)).toContain('Transfer to third countriesNone (self-hosted; the data is sent to no one).')
    // Art. 13(1)(f) GDPR: Brevo (Paris) names transfers outside the EEA in its own notice; the entry has none, so no "None".
    expect(textOf(byId(tree, 'service-brevo')!)).not.toContain('None')
    expect(textOf(byId(tree, 'service-brevo')!)).toContain('The provider is based in France. Whether it transfers data to group companies or service providers outside the EU or EEA')
    expect(textOf(byId(tree, 'affiliate-awin')!)).not.toContain('None; processing takes place in the EU or EEA.')
    expect(textOf(byId(tree, 'affiliate-awin')!)).toContain('The provider is based in Germany. Whether it transfers click data')
    // Amazon's registry entry said "None" before; its own notice names the US.
    expect(textOf(byId(tree, 'affiliate-amazon')!)).toContain('Yes, to these third countries: United States. Basis: the European Commission')
    expect(textOf(byId(tree, 'affiliate-cj')!)).toContain('The recipient is based in United States')
    expect(textOf(byId(tree, 'affiliate-cj')!)).toContain(network('cj').operator.name)
  })

  test('hosting: a US host names its transfer basis, a generic EU host its own details and no transfer', () => {
    expect(textOf(byId(render(person), 'hosting')!)).toContain('Netlify, Inc.')
    expect(textOf(byId(render(person), 'hosting')!)).toContain('Data Privacy Framework')
    const eu = render({ ...person, hosting: { id: 'eu-host', name: 'Hetzner Online GmbH', address: 'Industriestr. 25, 91710 Gunzenhausen', country: 'DE' } })
    const text = textOf(byId(eu, 'hosting')!)
    expect(text).toContain('Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen')
    expect(text).toContain('Keine; die Verarbeitung findet in der EU bzw. im EWR statt.')
  })

  test('the data protection officer appears only when configured', () => {
    expect(sectionIds(render(person))).not.toContain('data-protection-officer')
    const tree = render({ ...person, dataProtectionOfficer: { name: 'Dr. Daten Schutz', email: 'dsb@example.de' } })
    expect(sectionIds(tree)[1]).toBe('data-protection-officer')
    expect(textOf(byId(tree, 'data-protection-officer')!)).toContain('dsb@example.de')
  })

  test('rights under Art. 15–21 and 77 GDPR, withdrawal with the settings hook', () => {
    const tree = render(person)
    const rights = textOf(byId(tree, 'rights')!)
    for (const article of [15, 16, 17, 18, 20, 21, 77]) expect(rights).toContain(`Art. ${article} DSGVO`)
    expect(serializeLegalTree(tree)).toContain('<a href="/cookies/" data-consent-open class="np-consent-open">')
  })

  test('a newsletter form adds the newsletter itself: consent and its proof, the sender as processor, storage, unsubscribing', () => {
    expect(sectionIds(render(person, { ...none, services: [service('youtube')] }))).not.toContain('newsletter')
    const tree = render(person, { ...none, services: [service('brevo'), service('youtube')] })
    expect(sectionIds(tree)).toEqual(['controller', 'hosting', 'contact', 'consent-manager', 'service-brevo', 'service-youtube', 'newsletter', 'withdrawal', 'objection', 'rights'])
    const text = textOf(byId(tree, 'newsletter')!)
    expect(text).toContain('Art. 6 Abs. 1 lit. a DSGVO')
    expect(text).toContain('Double-Opt-in')
    expect(text).toContain('Art. 7 Abs. 1 DSGVO')
    expect(text).toContain(`${service('brevo').provider.name}, ${service('brevo').provider.address} (Brevo)`)
    expect(text).toContain('Art. 28 DSGVO')
    expect(text).toContain('Bis Sie den Newsletter abbestellen')
    expect(text).toContain('Art. 7 Abs. 3 DSGVO')
    expect(text).not.toContain('YouTube')
    expect(serializeLegalTree(tree)).toContain('<a href="#service-brevo">Brevo</a>')
    expect(textOf(byId(render(person, { ...none, services: [service('mailchimp')] }, 'en'), 'newsletter')!)).toContain('as processor on our behalf (Art. 28 GDPR)')
  })

  test('Art. 21(4) GDPR: the right to object is its own section, separate from the other rights', () => {
    const objection = textOf(byId(render(person), 'objection')!)
    expect(objection.startsWith('Widerspruchsrecht')).toBe(true)
    expect(objection).toContain('Art. 6 Abs. 1 lit. f DSGVO')
    expect(objection).toContain('Art. 21 Abs. 1 DSGVO')
    expect(objection).toContain('Art. 21 Abs. 2 und 3 DSGVO')
    expect(textOf(byId(render(person, none, 'en'), 'objection')!)).toContain('Art. 21(1) GDPR')
  })

  test('the consent manager section names the consent storage entry', () => {
    expect(textOf(byId(render(person), 'consent-manager')!)).toContain(`„${consentStorage.name}“`)
  })

  test('the table of contents links every section', () => {
    const html = serializeLegalTree(render(person, { services: [service('vimeo')], networks: [network('amazon')], consentStorage }))
    const toc = html.slice(0, html.indexOf('</nav>'))
    for (const id of ['controller', 'hosting', 'contact', 'consent-manager', 'service-vimeo', 'affiliate-amazon', 'withdrawal', 'objection', 'rights']) {
      expect(toc).toContain(`href="#${id}"`)
    }
  })

  test('controller contact is the obfuscated e-mail, and an English policy is in English', () => {
    const html = serializeLegalTree(render(person, none, 'en'))
    expect(html).not.toContain('hallo@kocherkompass')
    expect(decodeReferences(html)).toContain('href="mailto:hallo@kocherkompass.example"')
    expect(html).toContain('Your rights')
    expect(html).not.toContain('DSGVO')
  })
})

describe('renderPrivacyPolicy for Austria and Switzerland', () => {
  const wien = { street: 'Mariahilfer Straße 1', postalCode: '1060', city: 'Wien', country: 'AT' }
  const zurich = { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' }
  const austrian: LegalConfigInput = { updated: '2026-11-01', operator: { kind: 'person', name: 'Jana Beispiel', address: wien }, contact: { email: 'a@b.example', phone: '+43 1 2345678' }, hosting: 'netlify' }
  const swiss: LegalConfigInput = { updated: '2026-11-01', operator: { kind: 'person', name: 'Jana Beispiel', address: zurich }, contact: { email: 'a@b.example' }, hosting: 'vercel' }
  const withServices: PolicyInputs = { services: [service('google-analytics'), service('google-fonts')], networks: [], consentStorage, allowedHosts: [{ host: 'img.example', reason: 'Bilder' }] }

  test.each(['de', 'en'] as const)('Austria (%s): § 165 Abs. 3 TKG 2021 for the device, the Datenschutzbehörde for complaints, never the German TDDDG', (lang) => {
    const tree = render(austrian, withServices, lang)
    const text = textOf(tree)
    expect(text).not.toContain('TDDDG')
    expect(textOf(byId(tree, 'service-google-analytics')!)).toContain(lang === 'de' ? 'Endgerät § 165 Abs. 3 TKG 2021' : 'device § 165(3) of the Austrian Telecommunications Act 2021 (TKG 2021)')
    expect(textOf(byId(tree, 'consent-manager')!)).toContain(lang === 'de' ? '§ 165 Abs. 3 TKG 2021 (unbedingt erforderlich)' : '§ 165(3) TKG 2021 (strictly necessary)')
    expect(textOf(byId(tree, 'service-allowed-hosts')!)).toContain(lang === 'de' ? 'nichts gespeichert (§ 165 Abs. 3 TKG 2021)' : 'Nothing is stored on your device for it (§ 165(3) TKG 2021)')
    expect(textOf(byId(tree, 'rights')!)).toContain(
      lang === 'de'
        ? 'Zuständige Aufsichtsbehörde (Art. 77 DSGVO und § 24 DSG): Österreichische Datenschutzbehörde, Barichgasse 40–42, 1030 Wien, https://www.dsb.gv.at/.'
        : 'Competent supervisory authority (Art. 77 GDPR and § 24 of the Austrian Data Protection Act (DSG)): Austrian Data Protection Authority (Datenschutzbehörde), Barichgasse 40–42, 1030 Wien, https://www.dsb.gv.at/.',
    )
    expect(sectionIds(tree)).not.toContain('applicable-law')
  })

  test.each(['de', 'en'] as const)('Switzerland (%s): the DSG first, the GDPR where Art. 3(2) reaches, Art. 45c FMG, data abroad, the EDÖB', (lang) => {
    const tree = render(swiss, withServices, lang)
    expect(sectionIds(tree).slice(0, 3)).toEqual(['controller', 'applicable-law', 'hosting'])
    const law = textOf(byId(tree, 'applicable-law')!)
    expect(law).toContain(lang === 'de' ? 'informiert nach Art. 19 des Bundesgesetzes über den Datenschutz (DSG), in Kraft seit 1. September 2023' : 'informs you under Art. 19 of the Swiss Federal Act on Data Protection (DSG), in force since 1 September 2023')
    expect(law).toContain(lang === 'de' ? 'nach ihrem Art. 3 Abs. 2 anwendbar' : 'applies under its Art. 3(2)')
    expect(law).toContain(lang === 'de' ? 'Bekanntgabe ins Ausland (Art. 19 Abs. 4 DSG)' : 'Disclosure abroad (Art. 19(4) DSG)')
    expect(law).toContain(lang === 'de' ? '(Art. 16 Abs. 2 DSG) oder die Ausnahme (Art. 17 DSG)' : '(Art. 16(2) DSG) or the exception (Art. 17 DSG)')
    expect(law).toContain(lang === 'de' ? 'Art. 45c lit. b des Fernmeldegesetzes (FMG)' : 'Art. 45c(b) of the Swiss Telecommunications Act (FMG)')
    const rights = textOf(byId(tree, 'rights')!)
    expect(rights).toMatch(/Art\. 25 DSG: .*Art\. 28 DSG: .*Art\. 32 DSG: .*Art\. 15 (DSGVO|GDPR)/)
    expect(rights).toContain('Feldeggweg 1, 3003 Bern, https://www.edoeb.admin.ch/.')
    expect(textOf(tree)).not.toContain('TDDDG')
  })

  test('Swiss Standard German: no "ß" anywhere in the policy, also in texts shared with Germany', () => {
    const text = textOf(render(swiss, withServices, 'de'))
    expect(text).not.toContain('ß')
    expect(text).toContain('mutmasslichen Verstosses')
    expect(textOf(render(person, withServices, 'de'))).toContain('mutmaßlichen Verstoßes')
  })

  test('a Swiss operator with a Swiss host discloses nothing abroad; a German one still reads its own line', () => {
    const swissHost = { id: 'eu-host' as const, name: 'Beispiel Hosting', address: 'Hardturmstrasse 1, 8005 Zürich', country: 'CH' }
    expect(textOf(byId(render({ ...swiss, hosting: swissHost }), 'hosting')!)).toContain('DrittlandübermittlungKeine; der Empfänger sitzt in der Schweiz.')
    expect(textOf(byId(render({ ...swiss, hosting: swissHost }, none, 'en'), 'hosting')!)).toContain('None; the recipient is based in Switzerland.')
    expect(textOf(byId(render({ ...person, hosting: swissHost }), 'hosting')!)).not.toContain('der Empfänger sitzt in der Schweiz')
  })

  test('Switzerland: the objection section opens with Art. 30 Abs. 2 lit. b DSG before the GDPR\'s Art. 21', () => {
    const objection = textOf(byId(render(swiss), 'objection')!)
    expect(objection).toMatch(/^Widerspruchsrecht.*\(Art\. 30 Abs\. 2 lit\. b und Art\. 31 DSG\)\. Soweit die DSGVO anwendbar ist, gilt zudem:.*Art\. 21 Abs\. 1 DSGVO/)
    expect(textOf(byId(render(austrian), 'objection')!)).not.toContain('Art. 30')
  })
})

// Swiss-U.S. Data Privacy Framework (Anhang 1 DSV since 15 September 2024): named for a Swiss operator
// where the registry says the US recipient relies on the Data Privacy Framework, and only there.
describe('a Swiss operator’s transfers to the US', () => {
  const zurich = { street: 'Seestrasse 5', postalCode: '8002', city: 'Zürich', country: 'CH' }
  const swiss: LegalConfigInput = { updated: '2026-11-01', operator: { kind: 'person', name: 'Erika Muster', address: zurich }, contact: { email: 'hallo@beispiel.example' }, hosting: 'netlify' }
  const transferLine = (input: LegalConfigInput, id: string, lang: 'de' | 'en' = 'de') =>
    textOf(byId(render(input, { ...none, services: [service(id)] }, lang), `service-${id}`)!)

  test.each(['google-analytics', 'youtube'])('%s (EU-US DPF in the registry) is named with the Swiss-U.S. DPF first, then the EU basis for the GDPR', (id) => {
    const text = transferLine(swiss, id)
    expect(text).toContain('Grundlage: Swiss-U.S. Data Privacy Framework: Die USA gewährleisten seit 15. September 2024 einen angemessenen Datenschutz')
    expect(text).toContain('(Art. 16 Abs. 1 DSG, Anhang 1 DSV), soweit der Anbieter auch für die Schweiz zertifiziert ist')
    expect(text).toContain('; soweit die DSGVO anwendbar ist: Angemessenheitsbeschluss der EU-Kommission zum EU-US Data Privacy Framework')
    expect(transferLine(swiss, id, 'en')).toContain('Basis: the Swiss-U.S. Data Privacy Framework: since 15 September 2024')
  })

  test('a US recipient on standard contractual clauses gets no Data Privacy Framework; a German operator never the Swiss one', () => {
    expect(transferLine(swiss, 'spotify')).not.toContain('Data Privacy Framework')
    expect(transferLine(person, 'google-analytics')).not.toContain('Swiss-U.S.')
    expect(transferLine(person, 'google-analytics')).toContain('Grundlage: Angemessenheitsbeschluss der EU-Kommission zum EU-US Data Privacy Framework')
  })
})

// A cookieless measurement a site runs without consent (`consent.services.<id>.withoutConsent`, a copy with
// `needsConsent: false`): the section says what the script reads and why no consent is asked, in the
// operator's law — the strict-necessity exemption in Germany and Austria, information and the right to
// refuse in Switzerland (Art. 45c lit. b FMG asks for no consent, so "strictly necessary" would be wrong there).
describe('a measurement run without consent', () => {
  const plausibleWithoutConsent = { ...service('plausible'), needsConsent: false, legalBasis: 'legitimate-interest' } as const
  const basisLine = (country: 'DE' | 'AT' | 'CH', lang: 'de' | 'en' = 'de') => {
    const input: LegalConfigInput = { ...person, operator: { kind: 'person', name: 'Erika Muster', address: { ...address, country } }, responsibleForContent: country === 'DE' ? person.responsibleForContent : undefined }
    return textOf(byId(render(input, { ...none, services: [plausibleWithoutConsent] }, lang), 'service-plausible')!)
  }
  test('Germany and Austria: the exemption for what is strictly necessary, by its paragraph', () => {
    expect(basisLine('DE')).toContain('liest dort die Adresse der Seite, die zuvor besuchte Seite und Eigenschaften Ihres Browsers aus')
    expect(basisLine('DE')).toContain('Wir holen dafür keine Einwilligung ein, weil wir diese Messung für unbedingt erforderlich halten (§ 25 Abs. 2 Nr. 2 TDDDG).')
    expect(basisLine('AT')).toContain('weil wir diese Messung für unbedingt erforderlich halten (§ 165 Abs. 3 TKG 2021).')
    expect(basisLine('DE', 'en')).toContain('We do not ask for consent for this, because we consider this measurement strictly necessary (§ 25(2) No. 2 TDDDG).')
  })
  test('Switzerland: information and the right to refuse (Art. 45c lit. b FMG), no claim of strict necessity', () => {
    const text = basisLine('CH')
    expect(text).toContain('Wir holen dafür keine Einwilligung ein, denn Art. 45c lit. b FMG verlangt dafür keine Einwilligung, sondern dass wir Sie wie hier über die Bearbeitung und ihren Zweck informieren und darauf hinweisen, dass Sie sie ablehnen können')
    expect(text).not.toContain('unbedingt erforderlich')
  })
})
