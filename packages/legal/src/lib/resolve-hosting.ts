import type { LegalConfig } from './legal-config-schema.js'
import type { LocalizedText } from '@nichepress/consent'
import { findHostingProvider } from './hosting-providers.js'

/** The hosting facts the privacy policy prints, merged from the registry and `legal.hosting`. */
export interface ResolvedHosting {
  id: string
  name: string
  provider: { name: string; address: string; country: string }
  privacyPolicyUrl: string | undefined
  thirdCountryTransfer: { countries: readonly string[]; basis: LocalizedText } | undefined
}

/** The configured host, or undefined when `legal.hosting` is missing (validation reports that). */
export function resolveHosting(hosting: LegalConfig['hosting']): ResolvedHosting | undefined {
  if (hosting === undefined) return undefined
  if (typeof hosting === 'object') {
    return {
      id: hosting.id,
      name: hosting.name,
      provider: { name: hosting.name, address: hosting.address, country: hosting.country },
      privacyPolicyUrl: hosting.privacyPolicyUrl,
      thirdCountryTransfer: undefined,
    }
  }
  const entry = findHostingProvider(hosting)
  if (!entry?.provider) return undefined
  return { id: entry.id, name: entry.name, provider: entry.provider, privacyPolicyUrl: entry.privacyPolicyUrl, thirdCountryTransfer: entry.thirdCountryTransfer }
}
