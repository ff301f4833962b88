import type { AffiliateNetwork } from '@nichepress/affiliate'
import { siteServices, type ConsentOptions, type Service } from '@nichepress/consent'

// The config sections as their plugins validated them; only the fields lint reads.
interface AffiliateSection {
  enabled?: boolean
  networks?: ReadonlyArray<Omit<AffiliateNetwork, 'patterns'> & { hosts: string[]; paths?: string[]; params?: string[] }>
  hosts?: readonly string[]
  ignore?: readonly string[]
}

/** What lint needs from the `affiliate` section besides custom networks. */
export interface AffiliateSettings {
  /** `affiliate.enabled` (default true). */
  enabled: boolean
  /** `affiliate.hosts`: hosts confirmed as affiliate programs. */
  hosts: readonly string[]
  /** `affiliate.ignore`: hosts or URL prefixes dismissed as no affiliate links. */
  ignore: readonly string[]
}

/** The `affiliate` section's switches lint reads, with the plugin's defaults. */
export function affiliateSettings(sections: Readonly<Record<string, unknown>>): AffiliateSettings {
  const affiliate = (sections['affiliate'] ?? {}) as AffiliateSection
  return { enabled: affiliate.enabled !== false, hosts: affiliate.hosts ?? [], ignore: affiliate.ignore ?? [] }
}
interface ConsentSection {
  enabled?: boolean
  custom?: readonly Service[]
  services?: ConsentOptions['services']
  allow?: ReadonlyArray<{ host: string }>
  unknownThirdParty?: 'error' | 'warn'
}

/** A site's own affiliate networks and consent services, from its validated config sections. */
export function siteRegistries(sections: Readonly<Record<string, unknown>>): {
  networks: AffiliateNetwork[]
  services: Service[]
  /** `consent.allow` hosts: declared third parties that may load without consent. */
  allowedHosts: string[]
  /** `consent.unknownThirdParty`: in `warn` mode an unknown host is the consent plugin's warning, not lint's error. */
  unknownThirdParty: 'error' | 'warn'
  /** `consent.enabled` (default true): false switches the blocking and the banner off. */
  consentEnabled: boolean
} {
  const affiliate = (sections['affiliate'] ?? {}) as AffiliateSection
  const consent = (sections['consent'] ?? {}) as ConsentSection
  const networks = (affiliate.networks ?? []).map(({ hosts, paths, params, ...rest }) => ({
    ...rest,
    patterns: [{ hosts, ...(paths ? { paths } : {}), ...(params ? { params } : {}) }],
  }))
  return {
    networks,
    // The site's own entries and its copies of registry ones (a self-hosted Matomo's host; a cookieless
    // measurement it runs without consent), as the consent plugin sees them.
    services: siteServices({ custom: consent.custom ?? [], services: consent.services ?? {} }),
    allowedHosts: (consent.allow ?? []).map((entry) => entry.host.replace(/^\*\./, '')),
    unknownThirdParty: consent.unknownThirdParty ?? 'error',
    consentEnabled: consent.enabled !== false,
  }
}
