import type { Element, Root } from 'hast'
import { h } from 'hastscript'
import type { LegalConfig } from './legal-config-schema.js'
import { legalNote } from './legal-note.js'
import { legalPages, serviceSectionId } from './legal-page-urls.js'
import type { StorageEntry } from '@nichepress/consent'
import type { PolicyInputs } from './policy-inputs.js'
import { storageKindName } from './privacy-own-sections.js'
import { jurisdictionOf } from './jurisdiction-of.js'
import { localiseLegalTree } from './localise-legal-tree.js'

type Lang = 'de' | 'en'

const texts = {
  de: {
    intro:
      'Diese Tabelle nennt jedes Cookie und jeden Speichereintrag, den diese Website oder ein auf ihr eingebundener Dienst auf Ihrem Endgerät ablegen kann. Einträge von Diensten, die eine Einwilligung brauchen, entstehen erst nach Ihrer Einwilligung.',
    caption: 'Cookies und Speichereinträge',
    columns: ['Name', 'Dienst', 'Art', 'Zweck', 'Speicherdauer', 'Einwilligung'],
    yes: 'erforderlich',
    no: 'nicht erforderlich',
    consentManager: 'Einwilligungsverwaltung',
    open: 'Cookie-Einstellungen öffnen',
    settingsIntro: 'Ihre Auswahl können Sie jederzeit ändern oder widerrufen:',
    details: 'Einzelheiten zu jedem Dienst stehen in der ',
    thirdParty: 'Drittanbieter',
  },
  en: {
    intro:
      'This table lists every cookie and storage entry this website or a service embedded in it may place on your device. Entries of services that need consent are created only after you consent.',
    caption: 'Cookies and storage entries',
    columns: ['Name', 'Service', 'Kind', 'Purpose', 'Storage period', 'Consent'],
    yes: 'required',
    no: 'not required',
    consentManager: 'Consent management',
    open: 'Open cookie settings',
    settingsIntro: 'You can change or withdraw your choice at any time:',
    details: 'Details on each service are in the ',
    thirdParty: 'third party',
  },
} as const

// The law on storing and reading on the device, outside Germany (where the page has always cited
// it in the privacy policy only): § 165 Abs. 3 TKG 2021 asks for consent except for what is strictly
// necessary; Art. 45c lit. b FMG asks for information on purpose and the right to refuse.
const deviceLaw = {
  AT: {
    de: 'Rechtsgrundlage ist § 165 Abs. 3 TKG 2021: Was für den Betrieb dieser Website nicht unbedingt erforderlich ist, speichern oder lesen wir auf Ihrem Endgerät nur mit Ihrer Einwilligung.',
    en: 'The legal basis is § 165(3) of the Austrian Telecommunications Act 2021 (TKG 2021): we store or read anything not strictly necessary for this website on your device only with your consent.',
  },
  CH: {
    de: 'Nach Art. 45c lit. b FMG informieren wir Sie hier über jede Bearbeitung auf Ihrem Gerät und ihren Zweck: Sie können sie ablehnen, mit den Cookie-Einstellungen oder in Ihrem Browser.',
    en: 'Under Art. 45c(b) of the Swiss Telecommunications Act (FMG) this page informs you of each processing on your device and its purpose: you can refuse it, in the cookie settings or in your browser.',
  },
} as const

/**
 * The cookie page: the storage table for the consent decision and every service in `inputs`, and
 * the settings button (`data-consent-open`, which the consent runtime listens for).
 */
export function renderCookiePage(config: LegalConfig, inputs: PolicyInputs, lang: Lang): Root {
  const t = texts[lang]
  const privacy = legalPages[lang].privacy
  const rows: Element[] = [row(inputs.consentStorage, h('a', { href: `${privacy.url}#consent-manager` }, t.consentManager), false, lang)]
  for (const service of inputs.services) {
    for (const entry of service.cookies) rows.push(row(entry, h('a', { href: `${privacy.url}#${serviceSectionId(service.id)}` }, service.name), service.needsConsent, lang))
  }
  const jurisdiction = jurisdictionOf(config)
  const children: Element[] = [
    h('p', t.intro),
    ...(jurisdiction.country === 'DE' ? [] : [h('p', deviceLaw[jurisdiction.country][lang])]),
    h('p', [t.settingsIntro, ' ', h('a', { href: legalPages[lang].cookies.url, dataConsentOpen: true, className: ['np-consent-open'] }, t.open)]),
    h('div', { className: ['np-legal-table'] }, [
      h('table', [
        h('caption', t.caption),
        h('thead', [h('tr', t.columns.map((column) => h('th', { scope: 'col' }, column)))]),
        h('tbody', rows),
      ]),
    ]),
    h('p', [t.details, h('a', { href: privacy.url }, privacy.title), '.']),
  ]
  if (config.updated) children.push(legalNote({ ...config, updated: config.updated }, lang))
  return localiseLegalTree({ type: 'root', children }, jurisdiction, lang)
}

function row(entry: StorageEntry, service: Element, needsConsent: boolean, lang: Lang): Element {
  const t = texts[lang]
  const kind = `${storageKindName(entry.kind, lang)}${entry.firstParty ? '' : ` (${t.thirdParty})`}`
  return h('tr', [h('th', { scope: 'row' }, [h('code', entry.name)]), h('td', [service]), h('td', kind), h('td', entry.purpose[lang]), h('td', entry.lifetime[lang]), h('td', needsConsent ? t.yes : t.no)])
}
