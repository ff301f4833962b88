import type { Site } from '@nichepress/core'
import type { AffiliateFacts } from './affiliate-facts.js'
import type { AffiliateNetwork } from './affiliate-network.js'
import type { AffiliateOptions } from './affiliate-options.js'
import { collectGoLinks, type GoLink } from './collect-go-links.js'
import { otherNetworkId } from './detect-affiliate-links.js'
import { findAffiliateNetwork } from './find-affiliate-network.js'
import { goSlugOf } from './go-links.js'

// Every page asks for the site's /go/ links; collect them once per site model, not once per page.
const cache = new WeakMap<Site, ReadonlyMap<string, GoLink>>()

/** The site's `/go/` links (config and every page's front matter), collected once per site. */
export function siteGoLinks(site: Site, options: AffiliateOptions): ReadonlyMap<string, GoLink> {
  const known = cache.get(site)
  if (known) return known
  const links = collectGoLinks(site, options).links
  cache.set(site, links)
  return links
}

/**
 * A page's affiliate links with their networks resolved site-wide: a `/go/` slug another page or the
 * config defines is only known once every page is loaded. Each entry names the URL the link leads to.
 */
export function resolvePageLinks(
  facts: AffiliateFacts,
  site: Site,
  options: AffiliateOptions,
  byId: ReadonlyMap<string, AffiliateNetwork>,
  customNetworks: readonly AffiliateNetwork[],
): Array<{ network: AffiliateNetwork | undefined; url: string; resolvedLate: boolean }> {
  return facts.links.map((link) => {
    if (link.network !== otherNetworkId) return { network: byId.get(link.network), url: link.target ?? link.href, resolvedLate: false }
    const target = link.target ?? siteGoLinks(site, options).get(goSlugOf(link.href, site.config.url) ?? '')?.target
    if (target === undefined) return { network: undefined, url: link.href, resolvedLate: false }
    return { network: findAffiliateNetwork(target, customNetworks), url: target, resolvedLate: link.target === undefined }
  })
}
