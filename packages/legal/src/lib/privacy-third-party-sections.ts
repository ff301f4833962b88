import type { AffiliateNetwork } from '@nichepress/affiliate'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { countryName, externalLink, section } from './hast-helpers.js'
import { isInEea } from './eea-countries.js'
import { affiliateSectionId, legalPages, serviceSectionId } from './legal-page-urls.js'
import { hostsOf, type Service } from '@nichepress/consent'
import { factList, storageKindName, transferText } from './privacy-own-sections.js'
import type { Jurisdiction } from './jurisdictions.js'

// One privacy-policy section per consent service and per affiliate network found in the built site.
// Everything printed comes from the registry entry: no code here names a service.

type Lang = 'de' | 'en'

const categoryNames = {
  de: { necessary: 'notwendig', statistics: 'Statistik', marketing: 'Marketing', 'external-media': 'externe Medien' },
  en: { necessary: 'necessary', statistics: 'statistics', marketing: 'marketing', 'external-media': 'external media' },
} as const

/** The section for one consent service, with the stable id `service-<id>`. */
export function serviceSection(service: Service, lang: Lang, jurisdiction: Jurisdiction): Element {
  const de = lang === 'de'
  const { provider } = service
  const storage: ElementContent[] =
    service.cookies.length === 0
      ? [de ? 'Der Dienst speichert nichts auf Ihrem Endgerät. Wie lange der Anbieter Daten speichert, nennt seine Datenschutzerklärung.' : 'The service stores nothing on your device. How long the provider keeps data is stated in its privacy policy.']
          .map((value) => ({ type: 'text', value }) as const)
      : [
          h(
            'ul',
            service.cookies.map((entry) => h('li', [h('code', entry.name), ` (${storageKindName(entry.kind, lang)}): ${entry.lifetime[lang]}`])),
          ),
        ]
  const facts: Array<readonly [string, string | ElementContent | ElementContent[]]> = [
    [de ? 'Kategorie' : 'Category', categoryNames[lang][service.category]],
    [de ? 'Zweck' : 'Purpose', service.purpose[lang]],
    [de ? 'Rechtsgrundlage' : 'Legal basis', legalBasisText(service, lang, jurisdiction)],
    [de ? 'Empfänger' : 'Recipient', `${provider.name}, ${provider.address}`],
    [de ? 'Server' : 'Servers', serviceHosts(service).join(', ')],
    [de ? 'Drittlandübermittlung' : 'Transfer to third countries', registryTransferText(service.thirdCountryTransfer, provider.country, 'request', lang, jurisdiction)],
    [de ? 'Speicherdauer' : 'Storage period', storage],
    [de ? 'Widerspruch und Widerruf' : 'Objection and withdrawal', optOut(service, lang)],
  ]
  return section(serviceSectionId(service.id), service.name, [
    factList(facts),
    h('p', [de ? 'Datenschutzerklärung des Anbieters: ' : 'The provider’s privacy policy: ', externalLink(service.privacyPolicyUrl)]),
  ])
}

// The hosts a visitor's browser contacts for the service: what it loads from and what it sends to.
function serviceHosts(service: Service): string[] {
  const hosts = [
    ...hostsOf(service),
    ...(service.connectHosts ?? []),
    ...(service.urlPatterns ?? []).map((pattern) => pattern.split('/')[0] ?? ''),
  ]
  return [...new Set(hosts.filter((host) => host !== ''))].sort()
}

/**
 * Hosts the operator declared as loading without consent (`consent.allow`): named as recipients of
 * the IP address and request data, on the basis of Art. 6(1)(f) GDPR, with the operator's reason.
 */
export function allowedHostsSection(entries: ReadonlyArray<{ host: string; reason: string; recipient?: string | undefined }>, lang: Lang, jurisdiction: Jurisdiction): Element {
  const de = lang === 'de'
  return section('service-allowed-hosts', de ? 'Inhalte weiterer Server ohne Einwilligung' : 'Content from other servers without consent', [
    h(
      'p',
      de
        ? `Diese Seiten laden einzelne Inhalte (etwa Bilder) von den folgenden Servern, ohne vorher um Einwilligung zu bitten; dabei erhält der Betreiber des Servers Ihre IP-Adresse, den Zeitpunkt und die aufgerufene Adresse. Auf Ihrem Endgerät wird dafür nichts gespeichert (${jurisdiction.deviceNothingStored.de}). Rechtsgrundlage ist unser berechtigtes Interesse an der Darstellung der Inhalte (Art. 6 Abs. 1 lit. f DSGVO); Sie können widersprechen (Art. 21 DSGVO).`
        : `These pages load some content (such as images) from the following servers without asking for consent first; the server’s operator receives your IP address, the time and the address requested. Nothing is stored on your device for it (${jurisdiction.deviceNothingStored.en}). The legal basis is our legitimate interest in showing the content (Art. 6(1)(f) GDPR); you may object (Art. 21 GDPR).`,
    ),
    h(
      'ul',
      entries.map((entry) => h('li', [h('code', entry.host), entry.recipient ? ` (${entry.recipient})` : '', `: ${entry.reason}`])),
    ),
  ])
}

/** The section for one affiliate network, with the stable id `affiliate-<id>`. */
export function affiliateSection(network: AffiliateNetwork, lang: Lang, jurisdiction: Jurisdiction): Element {
  const de = lang === 'de'
  const { operator } = network
  const facts: Array<readonly [string, string | ElementContent | ElementContent[]]> = [
    [
      de ? 'Zweck' : 'Purpose',
      de
        ? `Diese Website enthält Affiliate-Links von ${network.name}. Wenn Sie einen solchen Link anklicken, erfährt ${operator.name}, dass Sie von dieser Website kommen (über einen Parameter in der Adresse und gegebenenfalls ein Cookie auf der Domain des Netzwerks oder Händlers), damit uns bei einem Kauf eine Provision zugeordnet werden kann. Auf dieser Website selbst wird dafür nichts gespeichert.`
        : `This website contains affiliate links of ${network.name}. When you click such a link, ${operator.name} learns that you came from this website (through a parameter in the address and possibly a cookie on the network’s or merchant’s domain), so that a purchase can earn us a commission. Nothing is stored on this website itself for this.`,
    ],
    [
      de ? 'Rechtsgrundlage' : 'Legal basis',
      de
        ? 'Art. 6 Abs. 1 lit. f DSGVO; unser berechtigtes Interesse ist die Finanzierung dieser Website durch Provisionen. Für Cookies auf seinen eigenen Seiten holt der Anbieter dort gegebenenfalls Ihre Einwilligung ein.'
        : 'Art. 6(1)(f) GDPR; our legitimate interest is financing this website through commissions. For cookies on its own pages the provider asks for your consent there where required.',
    ],
    [de ? 'Empfänger' : 'Recipient', `${operator.name}, ${operator.address}`],
    [de ? 'Drittlandübermittlung' : 'Transfer to third countries', registryTransferText(network.thirdCountryTransfer, network.operator.country, 'click', lang, jurisdiction)],
    [
      de ? 'Speicherdauer' : 'Storage period',
      de ? 'Wie lange das Netzwerk Klickdaten speichert, nennt seine Datenschutzerklärung.' : 'How long the network keeps click data is stated in its privacy policy.',
    ],
    [
      de ? 'Widerspruch' : 'Objection',
      de
        ? 'Sie können nach Art. 21 DSGVO widersprechen, Affiliate-Links nicht anklicken oder Cookies des Anbieters in Ihrem Browser löschen.'
        : 'You can object under Art. 21 GDPR, not click affiliate links, or delete the provider’s cookies in your browser.',
    ],
  ]
  return section(affiliateSectionId(network.id), `${de ? 'Affiliate-Links' : 'Affiliate links'}: ${network.name}`, [
    factList(facts),
    h('p', [de ? 'Datenschutzerklärung des Anbieters: ' : 'The provider’s privacy policy: ', externalLink(network.privacyPolicyUrl)]),
  ])
}

/**
 * A recipient's transfers as its registry entry states them (read from its own notice), else no claim:
 * a seat in the EU says nothing about transfers to group companies or service providers abroad (Brevo,
 * seated in Paris, names transfers outside the EEA in its own notice). Art. 13(1)(f) GDPR asks for the
 * transfer as it is, so an entry that says nothing gets no "None". An entry may say "none" on purpose
 * with an empty list of countries (a self-hosted tool).
 */
function registryTransferText(transfer: { countries: readonly string[]; basis: { de: string; en: string } } | undefined, country: string, kind: 'click' | 'request', lang: Lang, jurisdiction: Jurisdiction): string {
  if (transfer && transfer.countries.length === 0) {
    const basis = transfer.basis[lang].replace(/\.+$/, '')
    return lang === 'de' ? `Keine (${basis}).` : `None (${basis}).`
  }
  if (transfer || !isInEea(country)) return transferText(transfer, country, lang, jurisdiction)
  const name = countryName(country, lang)
  const data = { click: { de: 'Klickdaten', en: 'click data' }, request: { de: 'Daten', en: 'data' } }[kind]
  return lang === 'de'
    ? `Der Anbieter sitzt in ${name}. Ob er ${data.de} an Konzerngesellschaften oder Dienstleister außerhalb der EU bzw. des EWR übermittelt und auf welcher Grundlage, nennt seine Datenschutzerklärung.`
    : `The provider is based in ${name}. Whether it transfers ${data.en} to group companies or service providers outside the EU or EEA, and on which basis, is stated in its privacy policy.`
}

function legalBasisText(service: Service, lang: Lang, jurisdiction: Jurisdiction): string {
  if (service.legalBasis === 'consent') {
    return lang === 'de'
      ? `Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO; für das Speichern und Auslesen auf Ihrem Endgerät ${jurisdiction.deviceConsent.de}). Der Dienst wird erst nach Ihrer Einwilligung geladen.`
      : `your consent (Art. 6(1)(a) GDPR; for storing and reading on your device ${jurisdiction.deviceConsent.en}). The service loads only after you consent.`
  }
  const device = service.needsConsent ? deviceConsentText(jurisdiction, lang) : service.category === 'statistics' ? measurementWithoutConsentText(jurisdiction, lang) : ''
  return lang === 'de' ? `Art. 6 Abs. 1 lit. f DSGVO; unser berechtigtes Interesse liegt im genannten Zweck.${device}` : `Art. 6(1)(f) GDPR; our legitimate interest is the purpose stated.${device}`
}

function deviceConsentText(jurisdiction: Jurisdiction, lang: Lang): string {
  return lang === 'de' ? ` Für das Speichern und Auslesen auf Ihrem Endgerät holen wir Ihre Einwilligung ein (${jurisdiction.deviceConsent.de}).` : ` For storing and reading on your device we ask for your consent (${jurisdiction.deviceConsent.en}).`
}

// A cookieless measurement the site runs without consent (`consent.services.<id>.withoutConsent`): the
// script stores nothing but reads the page address and browser properties on the device (access under
// § 25(1) TDDDG, EDPB Guidelines 2/2023); the site relies on the exemption for what is strictly necessary,
// and says so rather than leave the access unnamed.
function measurementWithoutConsentText(jurisdiction: Jurisdiction, lang: Lang): string {
  return lang === 'de'
    ? ` Der Dienst speichert nichts auf Ihrem Endgerät; sein Skript liest dort die Adresse der Seite, die zuvor besuchte Seite und Eigenschaften Ihres Browsers aus und sendet sie mit Ihrer IP-Adresse an den Anbieter. Wir holen dafür keine Einwilligung ein, ${jurisdiction.measurementWithoutConsent.de}.`
    : ` The service stores nothing on your device; its script reads the page address, the page you came from and properties of your browser there and sends them with your IP address to the provider. We do not ask for consent for this, ${jurisdiction.measurementWithoutConsent.en}.`
}

function optOut(service: Service, lang: Lang): ElementContent[] {
  const de = lang === 'de'
  const cookies = legalPages[lang].cookies
  const parts: ElementContent[] = service.needsConsent
    ? [
        { type: 'text', value: de ? 'Sie können Ihre Einwilligung jederzeit in den ' : 'You can withdraw your consent at any time in the ' },
        h('a', { href: cookies.url }, cookies.title),
        { type: 'text', value: de ? ' mit Wirkung für die Zukunft widerrufen.' : ', with effect for the future.' },
      ]
    : [{ type: 'text', value: de ? 'Sie können der Verarbeitung nach Art. 21 DSGVO widersprechen.' : 'You can object to the processing under Art. 21 GDPR.' }]
  if (service.optOutUrl) parts.push({ type: 'text', value: de ? ' Widerspruch beim Anbieter: ' : ' Opt out with the provider: ' }, externalLink(service.optOutUrl))
  return parts
}
