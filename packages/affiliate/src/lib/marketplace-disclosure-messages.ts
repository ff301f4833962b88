import type { Site } from '@nichepress/core'
import { affiliateFactsKey, type AffiliateFacts } from './affiliate-facts.js'
import type { AffiliateOptions } from './affiliate-options.js'
import { affiliateMarketplaceDisclosure } from './diagnostics.js'
import { parseWebUrl } from './find-affiliate-network.js'
import { networks } from './networks.js'

type Message = ReturnType<typeof affiliateMarketplaceDisclosure.create>

/**
 * A warning for each page and marketplace host it links whose agreement asks for a sentence the registry
 * does not have (amazon.pl, amazon.se…) and `affiliate.marketplaceDisclosure` does not set: the page
 * would otherwise show Amazon's sentence in its text language only, silently.
 */
export function marketplaceDisclosureMessages(site: Site, options: AffiliateOptions): Message[] {
  const messages: Message[] = []
  for (const page of site.contentPages) {
    const facts = page.rendered.facts[affiliateFactsKey] as AffiliateFacts | undefined
    if (!facts || facts.disclosure === 'none') continue
    const warned = new Set<string>()
    for (const link of facts.links) {
      const host = parseWebUrl(link.target ?? link.href)?.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '')
      if (host === undefined || warned.has(host) || options.marketplaceDisclosure[host] !== undefined) continue
      const network = networks.find((entry) => entry.marketplacesWithoutDisclosure?.includes(host))
      if (!network) continue
      warned.add(host)
      const own = network.disclosure?.[page.textLanguage]
      const shown = own ? `the ${page.textLanguage} sentence "${own}"` : 'the base disclosure'
      const place = { file: page.relativePath, line: link.line ?? 1, column: link.column ?? 1 }
      messages.push(affiliateMarketplaceDisclosure.create(place, [host, network.name, shown, `affiliate.marketplaceDisclosure["${host}"]`]))
    }
  }
  return messages
}
