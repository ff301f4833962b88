import type { AffiliateNetwork } from '@nichepress/affiliate'
import type { Service, StorageEntry } from '@nichepress/consent'

/** Everything the generated pages say about third parties, found in the built site. */
export interface PolicyInputs {
  /** Services configured or found in content, sorted by id (consent's `servicesUsed`). */
  services: readonly Service[]
  /** Affiliate networks whose links appear in the site, sorted by id (affiliate's `networksUsed`). */
  networks: readonly AffiliateNetwork[]
  /** Where the consent runtime keeps the visitor's decision (consent's `consentStorage`). */
  consentStorage: StorageEntry
  /** Hosts `consent.allow` lets load without consent, with who runs them and why (consent's `allowedHostsUsed`). */
  allowedHosts?: ReadonlyArray<{ host: string; reason: string; recipient?: string | undefined }>
}
