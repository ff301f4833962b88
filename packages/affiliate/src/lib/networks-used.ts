import type { Site } from '@nichepress/core'
import { affiliateFactsKey, type AffiliateFacts } from './affiliate-facts.js'
import type { AffiliateNetwork } from './affiliate-network.js'
import { affiliateOptionsSchema, customNetworksOf, type AffiliateOptions } from './affiliate-options.js'
import { collectGoLinks } from './collect-go-links.js'
import { otherNetworkId } from './detect-affiliate-links.js'
import { findAffiliateNetwork } from './find-affiliate-network.js'
import { goSlugOf } from './go-links.js'
import { networks } from './networks.js'

/** The networks whose links appear anywhere in the built site (built-in and custom), sorted by id. */
export function networksUsed(site: Site): AffiliateNetwork[] {
  const options = optionsOf(site)
  const custom = customNetworksOf(options)
  const byId = networksByIdOf(site)
  // A /go/ link whose slug another page defines is only known site-wide: resolve it here.
  const goLinks = collectGoLinks(site, options).links
  const ids = new Set<string>()
  for (const { value } of site.facts<AffiliateFacts>(affiliateFactsKey)) {
    for (const link of value.links) {
      if (link.network !== otherNetworkId) ids.add(link.network)
      else {
        const target = link.target ?? goLinks.get(goSlugOf(link.href, site.config.url) ?? '')?.target
        const network = target === undefined ? undefined : findAffiliateNetwork(target, custom)
        if (network) ids.add(network.id)
      }
    }
  }
  return [...ids].flatMap((id) => byId.get(id) ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Built-in and custom networks by id (a custom network replaces a built-in one with its id). */
export function networksByIdOf(site: Site): Map<string, AffiliateNetwork> {
  return new Map([...networks, ...customNetworksOf(optionsOf(site))].map((network) => [network.id, network]))
}

function optionsOf(site: Site): AffiliateOptions {
  const parsed = affiliateOptionsSchema.safeParse(site.config.sections[affiliateFactsKey] ?? {})
  return parsed.success ? parsed.data : affiliateOptionsSchema.parse({})
}
