import type { AffiliateNetwork } from '@nichepress/affiliate'
import type { Service } from '@nichepress/consent'

// The config sections as their plugins validated them; only the fields lint reads.
interface AffiliateSection {
  networks?: ReadonlyArray<Omit<AffiliateNetwork, 'patterns'> & { hosts: string[]; paths?: string[]; params?: string[] }>
}
interface ConsentSection {
  custom?: readonly Service[]
}

/** A site's own affiliate networks and consent services, from its validated config sections. */
export function siteRegistries(sections: Readonly<Record<string, unknown>>): { networks: AffiliateNetwork[]; services: Service[] } {
  const affiliate = (sections['affiliate'] ?? {}) as AffiliateSection
  const consent = (sections['consent'] ?? {}) as ConsentSection
  const networks = (affiliate.networks ?? []).map(({ hosts, paths, params, ...rest }) => ({
    ...rest,
    patterns: [{ hosts, ...(paths ? { paths } : {}), ...(params ? { params } : {}) }],
  }))
  return { networks, services: [...(consent.custom ?? [])] }
}
