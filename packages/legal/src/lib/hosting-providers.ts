import type { LocalizedText } from '@nichepress/consent'

/** The company that serves the site's files and so receives every request (a processor under Art. 28 GDPR). */
export interface HostingProvider {
  /** Permanent kebab-case id, the value of `legal.hosting`. */
  id: string
  name: string
  /** Who runs it; `undefined` for the generic EU host, whose details come from the config. */
  provider: { name: string; address: string; country: string } | undefined
  privacyPolicyUrl: string | undefined
  /** How request data reaches a country outside the EU/EEA, when it does. */
  thirdCountryTransfer?: { countries: readonly string[]; basis: LocalizedText }
}

// Providers in the US rely on the EU-US Data Privacy Framework adequacy decision of 10 July 2023
// (Art. 45 GDPR) where certified, and on standard contractual clauses (Art. 46(2)(c) GDPR) in their
// data processing agreements. Certification can lapse: the owner checks dataprivacyframework.gov.
const usTransfer = {
  countries: ['US'],
  basis: {
    de: 'Angemessenheitsbeschluss der EU-Kommission zum EU-US Data Privacy Framework (Art. 45 DSGVO), soweit der Anbieter zertifiziert ist, sowie Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO) im Auftragsverarbeitungsvertrag',
    en: 'the European Commission’s adequacy decision for the EU-US Data Privacy Framework (Art. 45 GDPR), where the provider is certified, and standard contractual clauses (Art. 46(2)(c) GDPR) in the data processing agreement',
  },
} as const satisfies HostingProvider['thirdCountryTransfer']

/** Netlify. */
export const netlify = {
  id: 'netlify',
  name: 'Netlify',
  provider: { name: 'Netlify, Inc.', address: '512 2nd Street, Suite 200, San Francisco, CA 94107, USA', country: 'US' },
  privacyPolicyUrl: 'https://www.netlify.com/privacy/',
  thirdCountryTransfer: usTransfer,
} as const satisfies HostingProvider

/** Vercel. */
export const vercel = {
  id: 'vercel',
  name: 'Vercel',
  provider: { name: 'Vercel Inc.', address: '440 N Barranca Avenue #4133, Covina, CA 91723, USA', country: 'US' },
  privacyPolicyUrl: 'https://vercel.com/legal/privacy-policy',
  thirdCountryTransfer: usTransfer,
} as const satisfies HostingProvider

/** GitHub Pages. */
export const githubPages = {
  id: 'github-pages',
  name: 'GitHub Pages',
  provider: { name: 'GitHub, Inc.', address: '88 Colin P. Kelly Jr. Street, San Francisco, CA 94107, USA', country: 'US' },
  privacyPolicyUrl: 'https://docs.github.com/site-policy/privacy-policies/github-general-privacy-statement',
  thirdCountryTransfer: usTransfer,
} as const satisfies HostingProvider

/** Cloudflare Pages. */
export const cloudflarePages = {
  id: 'cloudflare-pages',
  name: 'Cloudflare Pages',
  provider: { name: 'Cloudflare, Inc.', address: '101 Townsend Street, San Francisco, CA 94107, USA', country: 'US' },
  privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
  thirdCountryTransfer: usTransfer,
} as const satisfies HostingProvider

/** A host inside the EU/EEA; name, address and policy come from `legal.hosting`. */
export const euHost = {
  id: 'eu-host',
  name: 'EU host',
  provider: undefined,
  privacyPolicyUrl: undefined,
} as const satisfies HostingProvider

/** Every hosting provider nichepress knows, by id order. */
export const hostingProviders = [cloudflarePages, euHost, githubPages, netlify, vercel] as const satisfies readonly HostingProvider[]

/** Ids of the hosts `legal.hosting` may name directly (all but the generic EU host, which takes details). */
export const namedHostingIds = ['cloudflare-pages', 'github-pages', 'netlify', 'vercel'] as const

/** The registry entry for `id`, or undefined. */
export function findHostingProvider(id: string): HostingProvider | undefined {
  return hostingProviders.find((entry) => entry.id === id)
}
