import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import type { LegalConfig } from './legal-config-schema.js'
import { isInEea } from './eea-countries.js'
import { addressLines, countryName, emailLink, externalLink, joinLines, section } from './hast-helpers.js'
import { legalPages } from './legal-page-urls.js'
import type { StorageEntry } from '@nichepress/consent'
import type { ResolvedHosting } from './resolve-hosting.js'
import type { Jurisdiction } from './jurisdictions.js'

// The sections of the privacy policy about the operator's own processing (Art. 13 GDPR), as hast.

type Lang = 'de' | 'en'

const headings = {
  de: { controller: 'Verantwortlicher', dpo: 'Datenschutzbeauftragter', hosting: 'Hosting und Server-Logfiles', contact: 'Kontakt per E-Mail', consent: 'Einwilligungsverwaltung' },
  en: { controller: 'Controller', dpo: 'Data protection officer', hosting: 'Hosting and server log files', contact: 'Contact by e-mail', consent: 'Consent management' },
} as const

/** Heading of an own section, for the table of contents. */
export function ownSectionHeading(id: keyof (typeof headings)['de'], lang: Lang): string {
  return headings[lang][id]
}

/** Art. 13(1)(a) GDPR: name and contact details of the controller. */
export function controllerSection(config: LegalConfig, lang: Lang): Element {
  const operator = config.operator
  const intro = lang === 'de' ? 'Verantwortlich für die Datenverarbeitung auf dieser Website ist:' : 'The controller responsible for processing data on this website is:'
  const lines: Array<string | ElementContent> = [operator?.name ?? '']
  if (operator?.kind === 'entity' && operator.representatives.length > 0) {
    lines.push(`${lang === 'de' ? 'vertreten durch' : 'represented by'} ${operator.representatives.join(', ')}`)
  }
  const contact: ElementContent[] = [h('span', lang === 'de' ? 'E-Mail: ' : 'E-mail: '), ...(config.contact?.email ? [emailLink(config.contact.email)] : [])]
  const children: ElementContent[] = [h('p', intro), h('p', joinLines([...lines, ...(operator?.address ? addressLines(operator.address, lang) : [])])), h('p', contact)]
  if (config.contact?.phone) children.push(h('p', `${lang === 'de' ? 'Telefon' : 'Phone'}: ${config.contact.phone}`))
  return section('controller', headings[lang].controller, children)
}

/** Art. 13(1)(b) GDPR: contact details of the data protection officer, where one is appointed. */
export function dataProtectionOfficerSection(officer: NonNullable<LegalConfig['dataProtectionOfficer']>, lang: Lang): Element {
  const intro = lang === 'de' ? 'Unseren Datenschutzbeauftragten erreichen Sie unter:' : 'You can reach our data protection officer at:'
  return section('data-protection-officer', headings[lang].dpo, [
    h('p', intro),
    h('p', joinLines([officer.name, ...(officer.address ? addressLines(officer.address, lang) : [])])),
    h('p', [lang === 'de' ? 'E-Mail: ' : 'E-mail: ', emailLink(officer.email)]),
  ])
}

/** The host receives every request: log data, its purpose, basis, recipient and transfer. */
export function hostingSection(hosting: ResolvedHosting, lang: Lang, jurisdiction: Jurisdiction): Element {
  const { provider } = hosting
  const de = lang === 'de'
  const children: ElementContent[] = [
    h('p', [
      de ? `Diese Website wird bei ${hosting.name} gehostet. Anbieter ist ` : `This website is hosted by ${hosting.name}. The provider is `,
      `${provider.name}, ${provider.address}.`,
    ]),
    h(
      'p',
      de
        ? 'Bei jedem Aufruf einer Seite verarbeitet der Hoster automatisch Daten, die Ihr Browser übermittelt (Server-Logfiles): IP-Adresse, Datum und Uhrzeit des Abrufs, aufgerufene Adresse, Referrer-URL, Browsertyp und Betriebssystem (User-Agent), HTTP-Statuscode und übertragene Datenmenge.'
        : 'With every page request the host automatically processes data your browser sends (server log files): IP address, date and time of the request, the address requested, referrer URL, browser and operating system (user agent), HTTP status code and amount of data transferred.',
    ),
    factList([
      [de ? 'Zweck' : 'Purpose', de ? 'Auslieferung der Website, Stabilität und Sicherheit (Abwehr von Angriffen)' : 'delivering the website, stability and security (defending against attacks)'],
      [
        de ? 'Rechtsgrundlage' : 'Legal basis',
        de
          ? 'Art. 6 Abs. 1 lit. f DSGVO; unser berechtigtes Interesse ist eine sichere und zuverlässige Bereitstellung der Website. Der Hoster verarbeitet die Daten in unserem Auftrag (Art. 28 DSGVO).'
          : 'Art. 6(1)(f) GDPR; our legitimate interest is delivering the website securely and reliably. The host processes the data on our behalf (Art. 28 GDPR).',
      ],
      [de ? 'Empfänger' : 'Recipient', `${provider.name}, ${provider.address}`],
      [de ? 'Drittlandübermittlung' : 'Transfer to third countries', transferText(hosting.thirdCountryTransfer, provider.country, lang, jurisdiction)],
      [
        de ? 'Speicherdauer' : 'Storage period',
        de ? 'Der Hoster löscht die Logfiles nach der in seiner Datenschutzerklärung genannten Frist.' : 'The host deletes the log files after the period stated in its privacy policy.',
      ],
    ]),
  ]
  if (hosting.privacyPolicyUrl) children.push(h('p', [de ? 'Datenschutzerklärung des Hosters: ' : 'The host’s privacy policy: ', externalLink(hosting.privacyPolicyUrl)]))
  return section('hosting', headings[lang].hosting, children)
}

/** Contact by e-mail (or phone): what is processed, why, and how long. */
export function contactSection(lang: Lang): Element {
  const text =
    lang === 'de'
      ? 'Wenn Sie uns per E-Mail oder auf anderem Weg kontaktieren, verarbeiten wir Ihre Angaben (Name, E-Mail-Adresse, Inhalt der Nachricht) zur Bearbeitung Ihrer Anfrage. Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO, wenn Ihre Anfrage einen Vertrag betrifft, sonst Art. 6 Abs. 1 lit. f DSGVO (unser berechtigtes Interesse, Anfragen zu beantworten). Wir löschen die Daten, sobald die Anfrage erledigt ist, soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen.'
      : 'If you contact us by e-mail or otherwise, we process what you send (name, e-mail address, content of the message) to handle your request. The legal basis is Art. 6(1)(b) GDPR where your request concerns a contract, otherwise Art. 6(1)(f) GDPR (our legitimate interest in answering requests). We delete the data once the request is settled, unless statutory retention periods require otherwise.'
  return section('contact', headings[lang].contact, [h('p', text)])
}

/** The consent manager itself: what it stores, where, and on which basis. */
export function consentManagerSection(storage: StorageEntry, lang: Lang, jurisdiction: Jurisdiction): Element {
  const de = lang === 'de'
  const cookiesUrl = legalPages[lang].cookies.url
  return section('consent-manager', headings[lang].consent, [
    h(
      'p',
      de
        ? 'Diese Website fragt Ihre Einwilligung mit einem eigenen Einwilligungsdialog ab, der ohne externe Dienste auskommt. Einwilligungspflichtige Dienste werden erst geladen, nachdem Sie eingewilligt haben.'
        : 'This website asks for your consent with its own consent dialog, which uses no external service. Services that need consent load only after you have given it.',
    ),
    factList([
      [de ? 'Gespeicherte Daten' : 'Data stored', de ? 'Ihre Entscheidung (erlaubte Kategorien und Dienste) und ihr Zeitpunkt' : 'your decision (categories and services allowed) and when you made it'],
      [
        de ? 'Speicherort' : 'Where',
        de
          ? `${storageKindName(storage.kind, lang)} „${storage.name}“ auf Ihrem Endgerät; nichts davon wird an uns oder Dritte übertragen`
          : `${storageKindName(storage.kind, lang)} “${storage.name}” on your device; none of it is sent to us or anyone else`,
      ],
      [de ? 'Speicherdauer' : 'Storage period', storage.lifetime[lang]],
      [
        de ? 'Rechtsgrundlage' : 'Legal basis',
        de
          ? `${jurisdiction.deviceNecessary.de} (unbedingt erforderlich) und Art. 6 Abs. 1 lit. c DSGVO in Verbindung mit Art. 7 Abs. 1 DSGVO (Nachweis der Einwilligung)`
          : `${jurisdiction.deviceNecessary.en} (strictly necessary) and Art. 6(1)(c) GDPR in conjunction with Art. 7(1) GDPR (proof of consent)`,
      ],
    ]),
    h('p', [de ? 'Ihre Auswahl ändern oder widerrufen Sie jederzeit auf der Seite ' : 'You can change or withdraw your choice at any time on the page ', h('a', { href: cookiesUrl }, legalPages[lang].cookies.title), '.']),
  ])
}

/** The sentence about third-country transfers for a recipient in `country`, seen from the operator's jurisdiction. */
export function transferText(transfer: { countries: readonly string[]; basis: { de: string; en: string } } | undefined, country: string, lang: Lang, jurisdiction: Jurisdiction): string {
  if (transfer && transfer.countries.length > 0) {
    const names = transfer.countries.map((code) => countryName(code, lang)).join(', ')
    const registryBasis = transfer.basis[lang].replace(/\.+$/, '')
    // A Swiss operator discloses under the DSG: the Swiss-U.S. DPF comes first where the registry
    // names the (EU-U.S.) Data Privacy Framework for a US recipient, the EDÖB's recognition of the EU
    // standard contractual clauses where it names those; the EU basis follows for the GDPR.
    const usAdequacy = jurisdiction.usAdequacy && transfer.countries.includes('US') && /Data Privacy Framework/.test(transfer.basis.en) ? jurisdiction.usAdequacy.own[lang] : undefined
    const scc = jurisdiction.sccRecognition && /standard contractual clauses/i.test(transfer.basis.en) ? jurisdiction.sccRecognition[lang] : undefined
    const ownLaw = [usAdequacy, scc].filter((part): part is string => part !== undefined)
    const gdpr = jurisdiction.usAdequacy?.gdpr[lang]
    const basis = ownLaw.length > 0 && gdpr ? `${ownLaw.join('; ')}; ${gdpr}: ${registryBasis}` : registryBasis
    return lang === 'de' ? `Ja, in folgende Drittländer: ${names}. Grundlage: ${basis}.` : `Yes, to these third countries: ${names}. Basis: ${basis}.`
  }
  // A Swiss operator's Swiss host discloses nothing abroad (Art. 16 DSG).
  if (country === jurisdiction.country && jurisdiction.domesticRecipient) return jurisdiction.domesticRecipient[lang]
  if (!isInEea(country)) {
    const name = countryName(country, lang)
    return lang === 'de'
      ? `Der Empfänger sitzt in ${name}; die Garantien für die Übermittlung nennt seine Datenschutzerklärung.`
      : `The recipient is based in ${name}; its privacy policy names the safeguards for the transfer.`
  }
  return lang === 'de' ? 'Keine; die Verarbeitung findet in der EU bzw. im EWR statt.' : 'None; processing takes place in the EU or EEA.'
}

/** A definition list of labelled facts. */
export function factList(facts: ReadonlyArray<readonly [string, string | ElementContent | ElementContent[]]>): Element {
  return h(
    'dl',
    { className: ['np-legal-facts'] },
    facts.flatMap(([label, value]) => [h('dt', label), h('dd', Array.isArray(value) ? value : [value])]),
  )
}

/** `Cookie`, `localStorage`… in the page language. */
export function storageKindName(kind: StorageEntry['kind'], lang: Lang): string {
  if (kind === 'cookie') return 'Cookie'
  return lang === 'de' ? `${kind === 'localStorage' ? 'Local-Storage' : 'Session-Storage'}-Eintrag` : `${kind === 'localStorage' ? 'local storage' : 'session storage'} entry`
}
