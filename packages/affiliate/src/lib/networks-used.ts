import type { Site } from '@nichepress/core'
import type { AffiliateFacts } from './affiliate-facts.js'
import { affiliateFactsKey } from './affiliate-facts.js'
import type { AffiliateNetwork } from './affiliate-network.js'
import { affiliateOptionsSchema, customNetworksOf } from './affiliate-options.js'
import { networks } from './networks.js'

/** The networks whose links appear anywhere in the built site (built-in and custom), sorted by id. */
export function networksUsed(site: Site): AffiliateNetwork[] {
  const ids = new Set<string>()
  for (const { value } of site.facts<AffiliateFacts>(affiliateFactsKey)) for (const link of value.links) ids.add(link.network)
  const parsed = affiliateOptionsSchema.safeParse(site.config.sections[affiliateFactsKey] ?? {})
  const custom = parsed.success ? customNetworksOf(parsed.data) : []
  const byId = new Map<string, AffiliateNetwork>()
  for (const network of [...networks, ...custom]) byId.set(network.id, network)
  return [...ids]
    .flatMap((id) => byId.get(id) ?? [])
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
