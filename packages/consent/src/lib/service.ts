/** The four consent categories; `necessary` never needs consent. */
export type ServiceCategory = 'necessary' | 'statistics' | 'marketing' | 'external-media'

/** A text in both site languages. */
export interface LocalizedText {
  de: string
  en: string
}

/** The legal entity that runs a service (the controller or processor named in the privacy policy). */
export interface ServiceProvider {
  name: string
  address: string
  /** ISO 3166-1 alpha-2 code of the provider's seat, e.g. `IE`. */
  country: string
}

/** One cookie or storage entry a service writes. */
export interface StorageEntry {
  /** Cookie or key name; `*` marks a variable part (`_ga_*`). */
  name: string
  kind: 'cookie' | 'localStorage' | 'sessionStorage'
  lifetime: LocalizedText
  /** Lifetime in days when fixed (omitted for session or persistent storage). */
  lifetimeDays?: number
  purpose: LocalizedText
  /** Set on the site's own domain (and so removable by the consent runtime on withdrawal). */
  firstParty: boolean
}

/** How personal data reaches a country without an EU adequacy decision, or one with. */
export interface ThirdCountryTransfer {
  /** ISO 3166-1 alpha-2 codes, e.g. `['US']`. */
  countries: string[]
  basis: LocalizedText
}

/**
 * One service of the registry: the single source of truth for blocking, the cookie page and the
 * privacy policy. Hosts match the host exactly or as a subdomain (`google.com` matches `www.google.com`).
 */
export interface Service {
  id: string
  name: string
  category: ServiceCategory
  provider: ServiceProvider
  purpose: LocalizedText
  /** Art. 6(1)(a) GDPR (`consent`) or Art. 6(1)(f) GDPR (`legitimate-interest`). */
  legalBasis: 'consent' | 'legitimate-interest'
  /** False for services that store nothing on the device and track nobody (§ 25(2) TDDDG). */
  needsConsent: boolean
  cookies: StorageEntry[]
  privacyPolicyUrl: string
  optOutUrl?: string
  thirdCountryTransfer?: ThirdCountryTransfer
  /** Hosts whose scripts belong to this service. */
  scriptHosts: string[]
  /** Hosts whose iframes belong to this service. */
  frameHosts: string[]
  /** Hosts of tracking pixels (`<img>`, `<noscript>` images) of this service. */
  pixelHosts: string[]
  /**
   * Optional finer patterns, matched against `host + pathname` as a prefix (`www.google.com/maps`),
   * for hosts shared by several services. A pattern match wins over a plain host match.
   */
  urlPatterns?: string[]
  /** Snippet text that marks an inline script as this service's (`fbq(`, `_paq`); the longest match wins. */
  inlineMarkers?: string[]
  /** Hosts the loaded service connects to (for the CSP `connect-src`). */
  connectHosts?: string[]
  /** Hosts of its stylesheets (CSP `style-src`). */
  styleHosts?: string[]
  /** Hosts of its web fonts (CSP `font-src`). */
  fontHosts?: string[]
  /** Hosts of its images (product images, avatars) besides pixels (CSP `img-src`). */
  imageHosts?: string[]
  /** Hosts of its audio and video files (CSP `media-src`). */
  mediaHosts?: string[]
  /** Hosts that receive its forms (CSP `form-action`); a form posts only when the visitor sends it. */
  formHosts?: string[]
  /**
   * An embed: its content is shown in a placeholder that names the provider, with a load button and
   * a plain link to the content (for a visitor without JavaScript).
   */
  embed?: boolean
  /** A newsletter sign-up: the privacy policy adds what happens to the address afterwards (Art. 13 GDPR). */
  newsletter?: boolean
  /** Whether Google Consent Mode v2 signals apply. */
  usesGoogleConsentMode?: boolean
}
