import type { Element } from 'hast'
import { h } from 'hastscript'
import { section } from './hast-helpers.js'
import { legalPages } from './legal-page-urls.js'

type Lang = 'de' | 'en'

const rights = {
  de: [
    ['Art. 15 DSGVO', 'Auskunft über Ihre von uns verarbeiteten Daten'],
    ['Art. 16 DSGVO', 'Berichtigung unrichtiger Daten'],
    ['Art. 17 DSGVO', 'Löschung Ihrer Daten'],
    ['Art. 18 DSGVO', 'Einschränkung der Verarbeitung'],
    ['Art. 20 DSGVO', 'Datenübertragbarkeit'],
    ['Art. 21 DSGVO', 'Widerspruch gegen Verarbeitungen auf Grundlage von Art. 6 Abs. 1 lit. e oder f DSGVO, aus Gründen, die sich aus Ihrer besonderen Situation ergeben'],
    ['Art. 77 DSGVO', 'Beschwerde bei einer Datenschutz-Aufsichtsbehörde, insbesondere in dem Mitgliedstaat Ihres Aufenthaltsorts, Ihres Arbeitsplatzes oder des mutmaßlichen Verstoßes'],
  ],
  en: [
    ['Art. 15 GDPR', 'access to the data we process about you'],
    ['Art. 16 GDPR', 'rectification of inaccurate data'],
    ['Art. 17 GDPR', 'erasure of your data'],
    ['Art. 18 GDPR', 'restriction of processing'],
    ['Art. 20 GDPR', 'data portability'],
    ['Art. 21 GDPR', 'objection to processing based on Art. 6(1)(e) or (f) GDPR, on grounds relating to your particular situation'],
    ['Art. 77 GDPR', 'lodging a complaint with a data protection supervisory authority, in particular in the member state of your residence, place of work or of the alleged infringement'],
  ],
} as const

/** Heading of the rights and withdrawal sections, for the table of contents. */
export const rightsHeadings = {
  de: { rights: 'Ihre Rechte', withdrawal: 'Widerruf Ihrer Einwilligung' },
  en: { rights: 'Your rights', withdrawal: 'Withdrawing your consent' },
} as const

/** The data subject's rights under Art. 15–21 and 77 GDPR. */
export function rightsSection(lang: Lang): Element {
  const intro = lang === 'de' ? 'Sie haben gegenüber uns das Recht auf:' : 'You have the right to:'
  const contact = lang === 'de' ? 'Für die Ausübung Ihrer Rechte genügt eine formlose Nachricht an die oben genannten Kontaktdaten.' : 'To exercise your rights, an informal message to the contact details above is enough.'
  return section('rights', rightsHeadings[lang].rights, [
    h('p', intro),
    h('ul', rights[lang].map(([article, right]) => h('li', [h('strong', `${article}: `), right]))),
    h('p', contact),
  ])
}

/** Art. 7(3) GDPR: withdrawal at any time, as easy as giving consent, with the settings button. */
export function withdrawalSection(lang: Lang): Element {
  const cookies = legalPages[lang].cookies
  const text =
    lang === 'de'
      ? 'Sie können eine erteilte Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO). Die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt davon unberührt. Der Widerruf ist so einfach wie die Einwilligung:'
      : 'You can withdraw consent you have given at any time, with effect for the future (Art. 7(3) GDPR). This does not affect the lawfulness of processing before the withdrawal. Withdrawing is as easy as consenting:'
  return section('withdrawal', rightsHeadings[lang].withdrawal, [
    h('p', text),
    h('p', [h('a', { href: cookies.url, dataConsentOpen: true, className: ['np-consent-open'] }, lang === 'de' ? 'Cookie-Einstellungen öffnen' : 'Open cookie settings')]),
  ])
}
