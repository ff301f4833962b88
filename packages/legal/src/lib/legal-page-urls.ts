/** The three legal pages. */
export type LegalPageKind = 'impressum' | 'privacy' | 'cookies'

/** URL and title of each legal page, by site language. Permanent: other pages and consent placeholders link here. */
export const legalPages = {
  de: {
    impressum: { url: '/impressum/', title: 'Impressum' },
    privacy: { url: '/datenschutz/', title: 'Datenschutzerklärung' },
    cookies: { url: '/cookies/', title: 'Cookie-Einstellungen' },
  },
  en: {
    impressum: { url: '/legal-notice/', title: 'Legal notice' },
    privacy: { url: '/privacy/', title: 'Privacy policy' },
    cookies: { url: '/cookies/', title: 'Cookie settings' },
  },
} as const satisfies Record<'de' | 'en', Record<LegalPageKind, { url: string; title: string }>>

/**
 * The Swiss Impressum in Switzerland's other official languages, for a site in French or Italian:
 * "Mentions légales" and "Note legali", as the Confederation's e-commerce guide names them
 * (https://www.e-commerce-guide.admin.ch/ecommerce/it/home/ausland/identitaet.html).
 */
export const swissImpressumPages = {
  fr: { url: '/mentions-legales/', title: 'Mentions légales' },
  it: { url: '/note-legali/', title: 'Note legali' },
} as const satisfies Record<'fr' | 'it', { url: string; title: string }>

/** The privacy-policy fragment id of a consent service (`#service-google-analytics`). */
export function serviceSectionId(serviceId: string): string {
  return `service-${serviceId}`
}

/** The privacy-policy fragment id of an affiliate network (`#affiliate-amazon`). */
export function affiliateSectionId(networkId: string): string {
  return `affiliate-${networkId}`
}
