import type { LocalizedText, ServiceProvider, StorageEntry, ThirdCountryTransfer } from '../service.js'

/** Provider entities and transfer bases several services share. */
export const googleIreland: ServiceProvider = { name: 'Google Ireland Limited', address: 'Gordon House, Barrow Street, Dublin 4, Ireland', country: 'IE' }
export const metaIreland: ServiceProvider = { name: 'Meta Platforms Ireland Limited', address: 'Merrion Road, Dublin 4, D04 X2K5, Ireland', country: 'IE' }
// X's European entity, shared by the X embed and the X Pixel.
export const xIreland: ServiceProvider = { name: 'Twitter International Unlimited Company', address: 'One Cumberland Place, Fenian Street, Dublin 2, D02 AX07, Ireland', country: 'IE' }
export const microsoftIreland: ServiceProvider = {
  name: 'Microsoft Ireland Operations Limited',
  address: 'One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521, Ireland',
  country: 'IE',
}

/** Art. 45 GDPR: the EU-US Data Privacy Framework adequacy decision of 10 July 2023. */
export const usDataPrivacyFramework: ThirdCountryTransfer = {
  countries: ['US'],
  basis: {
    de: 'Angemessenheitsbeschluss der EU-Kommission zum EU-US Data Privacy Framework (Art. 45 DSGVO); der Anbieter ist zertifiziert.',
    en: 'European Commission adequacy decision on the EU-US Data Privacy Framework (Art. 45 GDPR); the provider is certified.',
  },
}

/** Art. 46(2)(c) GDPR: the Commission's standard contractual clauses. */
export function standardContractualClauses(countries: string[]): ThirdCountryTransfer {
  return {
    countries,
    basis: {
      de: 'Standardvertragsklauseln der EU-Kommission (Art. 46 Abs. 2 lit. c DSGVO).',
      en: 'Standard contractual clauses of the European Commission (Art. 46(2)(c) GDPR).',
    },
  }
}

/** Lifetime texts by days, so entries stay one line each. */
export function days(count: number): { lifetime: LocalizedText; lifetimeDays: number } {
  const de = count % 365 === 0 ? `${count / 365} ${count === 365 ? 'Jahr' : 'Jahre'}` : count % 30 === 0 && count < 365 ? `${count / 30} ${count === 30 ? 'Monat' : 'Monate'}` : `${count} ${count === 1 ? 'Tag' : 'Tage'}`
  const en = count % 365 === 0 ? `${count / 365} ${count === 365 ? 'year' : 'years'}` : count % 30 === 0 && count < 365 ? `${count / 30} ${count === 30 ? 'month' : 'months'}` : `${count} ${count === 1 ? 'day' : 'days'}`
  return { lifetime: { de, en }, lifetimeDays: count }
}

export const session: { lifetime: LocalizedText } = { lifetime: { de: 'Sitzung', en: 'Session' } }
export const persistent: { lifetime: LocalizedText } = { lifetime: { de: 'Bis zur Löschung', en: 'Until deleted' } }
export const minutes30: { lifetime: LocalizedText; lifetimeDays: number } = { lifetime: { de: '30 Minuten', en: '30 minutes' }, lifetimeDays: 0 }

/** A cookie entry. */
export function cookie(name: string, lifetime: { lifetime: LocalizedText; lifetimeDays?: number }, purpose: LocalizedText, firstParty: boolean): StorageEntry {
  return { name, kind: 'cookie', ...lifetime, purpose, firstParty }
}

/** A storage entry (localStorage unless said otherwise). */
export function storage(name: string, purpose: LocalizedText, firstParty: boolean, kind: 'localStorage' | 'sessionStorage' = 'localStorage'): StorageEntry {
  return { name, kind, ...(kind === 'localStorage' ? persistent : session), purpose, firstParty }
}

export const distinguishVisitors: LocalizedText = { de: 'Unterscheidet Besucher für die Reichweitenmessung.', en: 'Tells visitors apart for audience measurement.' }
export const sessionState: LocalizedText = { de: 'Speichert den Stand der aktuellen Sitzung.', en: 'Keeps the state of the current session.' }
export const adTracking: LocalizedText = { de: 'Ordnet Werbeklicks und Conversions einem Browser zu.', en: 'Attributes ad clicks and conversions to a browser.' }
export const embedPreferences: LocalizedText = { de: 'Speichert Einstellungen und Wiedergabestatistiken des eingebetteten Inhalts.', en: 'Keeps settings and playback statistics of the embedded content.' }
/** The purpose of an embed: `what` in English, `was` in German. */
export function embedPurpose(what: string, was: string): LocalizedText {
  return { de: `Zeigt ${was} direkt auf dieser Seite an.`, en: `Shows ${what} right on this page.` }
}
export const botProtection: LocalizedText = { de: 'Schützt den Anbieter vor automatisierten Zugriffen.', en: 'Protects the provider against automated traffic.' }

/** The day the vendor documents behind the entries added on it were read. */
export const checkedOn2026_12_02 = { iso: '2026-12-02', de: '2. Dezember 2026' } as const

/**
 * The cookie-page row of a vendor that does not publish its cookies one by one (names, lifetimes): it
 * says so, with the page checked and when, instead of an invented name or lifetime — and instead of an
 * empty list, which the privacy policy would print as "stores nothing on your device".
 */
export function cookiesNotPublished(checkedUrl: string, checked: { iso: string; de: string } = checkedOn2026_12_02): StorageEntry {
  return {
    name: '*',
    kind: 'cookie',
    lifetime: {
      de: `vom Anbieter nicht veröffentlicht (geprüft: ${checkedUrl}, ${checked.de})`,
      en: `not published by the vendor (checked ${checkedUrl}, ${checked.iso})`,
    },
    purpose: {
      de: 'Cookies des Anbieters; Namen, Zwecke und Speicherdauer nennt der Anbieter nicht einzeln.',
      en: "The provider's cookies; the provider does not list their names, purposes and storage periods.",
    },
    firstParty: false,
  }
}

/** The day the vendor pages behind the entries added from the corpus's `consent.custom` list were read. */
export const checkedOn2026_12_03 = { iso: '2026-12-03', de: '3. Dezember 2026' } as const

/** What a script or style CDN does for a page. */
export const libraryDelivery: LocalizedText = {
  de: 'Liefert Programmbibliotheken (Skripte, Stylesheets), die diese Seite nutzt; dabei erhält der Anbieter Ihre IP-Adresse.',
  en: 'Delivers code libraries (scripts, stylesheets) this page uses; the provider receives your IP address.',
}
