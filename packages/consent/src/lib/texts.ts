import type { ServiceCategory } from './service.js'

/** Every visible text of the banner, the dialog and the placeholders; `{service}` is replaced. */
export interface ConsentTexts {
  bannerTitle: string
  bannerText: string
  acceptAll: string
  rejectAll: string
  settings: string
  dialogTitle: string
  dialogText: string
  save: string
  close: string
  gpcNote: string
  categories: Record<ServiceCategory, { label: string; description: string }>
  alwaysActive: string
  placeholderTitle: string
  placeholderText: string
  placeholderLoad: string
  placeholderAlways: string
  placeholderOpen: string
  privacyLink: string
  imprintLink: string
  /** The privacy-policy link's short label in the banner, where space is scarce on phones. */
  bannerPrivacyLink: string
  footerLink: string
}

/** German and English defaults; `consent.texts.de` / `.en` override single keys. */
export const defaultTexts: Record<'de' | 'en', ConsentTexts> = {
  de: {
    bannerTitle: 'Datenschutz-Einstellungen',
    bannerText:
      'Wir möchten Statistik- und Marketingdienste sowie externe Medien nutzen. Sie speichern Daten auf Ihrem Gerät und senden Daten an die Anbieter, teils in Drittländer wie die USA. Nur mit Ihrer Einwilligung, jederzeit widerrufbar unter „Cookie-Einstellungen“ am Seitenende.',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    settings: 'Einstellungen',
    dialogTitle: 'Cookie-Einstellungen',
    dialogText: 'Wählen Sie, welche Dienste Sie erlauben. Nichts ist vorausgewählt; Ihre Wahl können Sie jederzeit ändern.',
    save: 'Auswahl speichern',
    close: 'Schließen',
    gpcNote: 'Ihr Browser sendet das Signal „Global Privacy Control“: Marketing bleibt aus, solange Sie es hier nicht ausdrücklich einschalten.',
    categories: {
      necessary: { label: 'Notwendig', description: 'Speichert Ihre Entscheidung; dafür braucht es keine Einwilligung.' },
      statistics: { label: 'Statistik', description: 'Hilft uns zu verstehen, welche Inhalte gelesen werden.' },
      marketing: { label: 'Marketing', description: 'Misst Werbung und bildet Zielgruppen; Newsletter-Formulare.' },
      'external-media': { label: 'Externe Medien', description: 'Videos, Karten und Beiträge anderer Anbieter.' },
    },
    alwaysActive: 'Immer aktiv',
    placeholderTitle: 'Inhalt von {service}',
    placeholderText: 'Hier ist ein Inhalt von {service} ({provider}) eingebunden. Beim Laden überträgt Ihr Browser Daten, etwa Ihre IP-Adresse, an den Anbieter.',
    placeholderLoad: 'Inhalt von {service} laden',
    placeholderAlways: '{service} immer erlauben',
    placeholderOpen: 'Direkt bei {service} öffnen',
    privacyLink: 'Datenschutzerklärung',
    imprintLink: 'Impressum',
    bannerPrivacyLink: 'Datenschutz',
    footerLink: 'Cookie-Einstellungen',
  },
  en: {
    bannerTitle: 'Privacy settings',
    bannerText:
      'We would like to use statistics and marketing services and external media. They store data on your device and send data to their providers, some in third countries such as the USA. Only with your consent, which you can withdraw at any time under “Cookie settings” at the bottom of the page.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    settings: 'Settings',
    dialogTitle: 'Cookie settings',
    dialogText: 'Choose which services you allow. Nothing is preselected; you can change your choice at any time.',
    save: 'Save choice',
    close: 'Close',
    gpcNote: 'Your browser sends the Global Privacy Control signal: marketing stays off unless you switch it on here.',
    categories: {
      necessary: { label: 'Necessary', description: 'Stores your decision; this needs no consent.' },
      statistics: { label: 'Statistics', description: 'Helps us understand which content is read.' },
      marketing: { label: 'Marketing', description: 'Measures ads and builds audiences; newsletter forms.' },
      'external-media': { label: 'External media', description: 'Videos, maps and posts from other providers.' },
    },
    alwaysActive: 'Always on',
    placeholderTitle: 'Content from {service}',
    placeholderText: 'Content from {service} ({provider}) is embedded here. Loading it sends data such as your IP address to the provider.',
    placeholderLoad: 'Load content from {service}',
    placeholderAlways: 'Always allow {service}',
    placeholderOpen: 'Open at {service}',
    privacyLink: 'Privacy policy',
    imprintLink: 'Legal notice',
    bannerPrivacyLink: 'Privacy',
    footerLink: 'Cookie settings',
  },
}

/** The privacy-policy page by language (owned by @nichepress/legal; it anchors each service at `#service-<id>`). */
export const privacyPolicyPaths = { de: '/datenschutz/', en: '/privacy/' } as const

/** The Impressum / legal notice by language (owned by @nichepress/legal), linked from the banner's first layer. */
export const imprintPaths = { de: '/impressum/', en: '/legal-notice/' } as const

/** The cookie page (owned by @nichepress/legal), the footer link's target without JavaScript. */
export const cookiePagePath = '/cookies/'

/** Replaces `{name}` placeholders. */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}
