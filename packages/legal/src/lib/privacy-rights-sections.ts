import type { Element } from 'hast'
import { h } from 'hastscript'
import { externalLink, section } from './hast-helpers.js'
import type { Jurisdiction } from './jurisdictions.js'
import { legalPages } from './legal-page-urls.js'

type Lang = 'de' | 'en'

const rights = {
  de: [
    ['Art. 15 DSGVO', 'Auskunft über Ihre von uns verarbeiteten Daten'],
    ['Art. 16 DSGVO', 'Berichtigung unrichtiger Daten'],
    ['Art. 17 DSGVO', 'Löschung Ihrer Daten'],
    ['Art. 18 DSGVO', 'Einschränkung der Verarbeitung'],
    ['Art. 20 DSGVO', 'Datenübertragbarkeit'],
    ['Art. 21 DSGVO', 'Widerspruch gegen Verarbeitungen auf Grundlage von Art. 6 Abs. 1 lit. e oder f DSGVO (siehe „Widerspruchsrecht“)'],
    ['Art. 77 DSGVO', 'Beschwerde bei einer Datenschutz-Aufsichtsbehörde, insbesondere in dem Mitgliedstaat Ihres Aufenthaltsorts, Ihres Arbeitsplatzes oder des mutmaßlichen Verstoßes'],
  ],
  en: [
    ['Art. 15 GDPR', 'access to the data we process about you'],
    ['Art. 16 GDPR', 'rectification of inaccurate data'],
    ['Art. 17 GDPR', 'erasure of your data'],
    ['Art. 18 GDPR', 'restriction of processing'],
    ['Art. 20 GDPR', 'data portability'],
    ['Art. 21 GDPR', 'objection to processing based on Art. 6(1)(e) or (f) GDPR (see “Right to object”)'],
    ['Art. 77 GDPR', 'lodging a complaint with a data protection supervisory authority, in particular in the member state of your residence, place of work or of the alleged infringement'],
  ],
} as const

/** Heading of the rights and withdrawal sections, for the table of contents. */
export const rightsHeadings = {
  de: { rights: 'Ihre Rechte', withdrawal: 'Widerruf Ihrer Einwilligung', objection: 'Widerspruchsrecht' },
  en: { rights: 'Your rights', withdrawal: 'Withdrawing your consent', objection: 'Right to object' },
} as const

// The rights under the Swiss DSG (SR 235.1): access (Art. 25), handing over or transfer of data
// (Art. 28), and the claims of Art. 32 Abs. 2 (rectification, erasure, a ban on processing or disclosure).
const swissRights = {
  de: [
    ['Art. 25 DSG', 'Auskunft darüber, ob und welche Personendaten wir über Sie bearbeiten'],
    ['Art. 28 DSG', 'Herausgabe oder Übertragung Ihrer Personendaten'],
    ['Art. 32 DSG', 'Berichtigung unrichtiger Daten, Löschung oder Vernichtung, Verbot einer Bearbeitung oder Bekanntgabe an Dritte'],
  ],
  en: [
    ['Art. 25 DSG', 'access: whether and which personal data we process about you'],
    ['Art. 28 DSG', 'handing over or transfer of your personal data'],
    ['Art. 32 DSG', 'rectification of inaccurate data, erasure or destruction, a ban on processing or on disclosure to third parties'],
  ],
} as const

/** The data subject's rights: Art. 15–21 and 77 GDPR; in Switzerland first those of the DSG; the national authority where there is one. */
export function rightsSection(lang: Lang, jurisdiction: Jurisdiction): Element {
  const de = lang === 'de'
  const intro = de ? 'Sie haben gegenüber uns das Recht auf:' : 'You have the right to:'
  const contact = de ? 'Für die Ausübung Ihrer Rechte genügt eine formlose Nachricht an die oben genannten Kontaktdaten.' : 'To exercise your rights, an informal message to the contact details above is enough.'
  const list = (entries: ReadonlyArray<readonly [string, string]>) => h('ul', entries.map(([article, right]) => h('li', [h('strong', `${article}: `), right])))
  const children: Element[] =
    jurisdiction.country === 'CH'
      ? [h('p', intro), list(swissRights[lang]), h('p', de ? 'Soweit die DSGVO anwendbar ist, zusätzlich das Recht auf:' : 'Where the GDPR applies, also the right to:'), list(rights[lang])]
      : [h('p', intro), list(rights[lang])]
  children.push(h('p', contact))
  const authority = jurisdiction.authority
  if (authority) {
    children.push(
      h('p', [
        de ? `Zuständige Aufsichtsbehörde (${authority.basis.de}): ` : `Competent supervisory authority (${authority.basis.en}): `,
        `${authority.name[lang]}, ${authority.address}, `,
        externalLink(authority.url),
        '.',
      ]),
    )
  }
  return section('rights', rightsHeadings[lang].rights, children)
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

/**
 * Art. 21 GDPR: the right to object, in its own section because Art. 21(4) asks for it to be
 * presented "clearly and separately from any other information"; (1) for processing based on
 * legitimate interests, (2) and (3) for direct marketing.
 */
export function objectionSection(lang: Lang, jurisdiction: Jurisdiction): Element {
  const paragraphs =
    lang === 'de'
      ? [
          'Soweit wir Ihre Daten auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse) verarbeiten, wie oben bei der jeweiligen Verarbeitung angegeben, haben Sie das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit Widerspruch einzulegen (Art. 21 Abs. 1 DSGVO). Wir verarbeiten die Daten dann nicht mehr, es sei denn, wir können zwingende schutzwürdige Gründe für die Verarbeitung nachweisen, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen.',
          'Verarbeiten wir Ihre Daten, um Direktwerbung zu betreiben, können Sie dem jederzeit ohne Angabe von Gründen widersprechen; danach verarbeiten wir sie nicht mehr für diesen Zweck (Art. 21 Abs. 2 und 3 DSGVO).',
          'Für den Widerspruch genügt eine formlose Nachricht an die oben unter „Verantwortlicher“ genannten Kontaktdaten.',
        ]
      : [
          'Where we process your data on the basis of Art. 6(1)(f) GDPR (legitimate interests), as stated above for each processing, you have the right to object at any time on grounds relating to your particular situation (Art. 21(1) GDPR). We then no longer process the data unless we demonstrate compelling legitimate grounds for the processing which override your interests, rights and freedoms, or the processing serves the establishment, exercise or defence of legal claims.',
          'Where we process your data for direct marketing, you can object at any time without giving reasons; we then no longer process it for that purpose (Art. 21(2) and (3) GDPR).',
          'An informal message to the contact details under “Controller” above is enough to object.',
        ]
  return section('objection', rightsHeadings[lang].objection, [...swissObjection(lang, jurisdiction), ...paragraphs].map((text) => h('p', h('strong', text))))
}

// Art. 30 Abs. 2 lit. b DSG: processing against the person's express objection infringes their
// personality unless a justification of Art. 31 DSG applies; the GDPR paragraphs follow for where it applies.
function swissObjection(lang: Lang, jurisdiction: Jurisdiction): string[] {
  if (jurisdiction.country !== 'CH') return []
  return [
    lang === 'de'
      ? 'Sie können jeder Bearbeitung Ihrer Personendaten widersprechen; gegen Ihren ausdrücklichen Willen bearbeiten wir sie nur, wenn ein Rechtfertigungsgrund besteht (Art. 30 Abs. 2 lit. b und Art. 31 DSG). Soweit die DSGVO anwendbar ist, gilt zudem:'
      : 'You can object to any processing of your personal data; we process it against your express wish only where a justification applies (Art. 30(2)(b) and Art. 31 DSG). Where the GDPR applies, the following also holds:',
  ]
}
