import { definePlugin, NichepressError, type NichepressPlugin, type OutputPage, type Site, type TemplateContribution } from '@nichepress/core'
import { toHtml } from 'hast-util-to-html'
import { affiliateFactsKey, type AffiliateFacts } from './affiliate-facts.js'
import { affiliateOptionsSchema, customNetworksOf, type AffiliateOptions } from './affiliate-options.js'
import { collectGoLinks, goRedirects } from './collect-go-links.js'
import { createDisclosure, disclosureSentences, networkSentences, processedAttribute } from './create-disclosure.js'
import { markerFor } from './create-marker.js'
import { disclosureLanguageMessages } from './disclosure-language-messages.js'
import { marketplaceDisclosureMessages } from './marketplace-disclosure-messages.js'
import { goLinksToPages } from './go-links-to-pages.js'
import { networksByIdOf } from './networks-used.js'
import { resolvePageLinks } from './site-go-links.js'
import { rehypeAffiliate } from './rehype-affiliate.js'

const version = '0.1.0'

/**
 * The affiliate plugin: detection, `rel` and markers, the disclosure, the sponsored label and the
 * `/go/` redirects. Reads the `affiliate` section of nichepress.config (see README, Options).
 */
export function affiliatePlugin(): NichepressPlugin<AffiliateOptions> {
  return definePlugin<AffiliateOptions>({
    name: affiliateFactsKey,
    version,
    configKey: affiliateFactsKey,
    frontMatterKeys: ['affiliate', 'affiliateLinks', 'sponsored'],
    configSchema: affiliateOptionsSchema,
    setup: ({ options, config }) => {
      const customNetworks = customNetworksOf(options)
      return {
        // Off site-wide: links are left alone, but /go/ links keep working.
        rehypePlugins: options.enabled
          ? [[rehypeAffiliate, { marker: options.marker, position: options.position, disclosure: options.disclosure, sponsoredLabel: options.sponsoredLabel, marketplaceDisclosure: options.marketplaceDisclosure, networks: customNetworks, links: options.links, hosts: options.hosts, ignore: options.ignore, siteUrl: config.url }]]
          : [],
        // Checks the /go/ links once every page is known; `pages` is the hook whose errors core collects.
        pages: (site) => {
          const { messages } = collectGoLinks(site, options)
          if (messages.length > 0) throw new NichepressError(`${messages.length} affiliate link problem(s)`, messages)
          return []
        },
        redirects: (site) => goRedirects(collectGoLinks(site, options).links),
        // A /go/ link marked while rendering that turns out to lead to a page of the site.
        site: (site) => (options.enabled ? [...goLinksToPages(site, options), ...disclosureLanguageMessages(site, options), ...marketplaceDisclosureMessages(site, options)] : []),
        templateData: (page, site) => (options.enabled ? templateDisclosure(page, site, options) : {}),
      }
    },
  })
}

/**
 * The disclosure for `position: 'template'`, and for inline disclosures the network sentences only
 * known site-wide: a `/go/` link whose slug another page or the config defines leads to Amazon, so
 * Amazon's sentence must show although the page itself could not know it when it was rendered.
 */
function templateDisclosure(page: OutputPage, site: Site, options: AffiliateOptions): TemplateContribution {
  const facts = page.source?.rendered.facts[affiliateFactsKey] as AffiliateFacts | undefined
  if (!facts || facts.disclosure === 'none' || facts.links.length === 0) return {}
  const resolved = resolvePageLinks(facts, site, options, networksByIdOf(site), customNetworksOf(options))
  if (facts.disclosure === 'template') {
    const networks = [...new Set(resolved.flatMap((link) => link.network ?? []))]
    const sentences = disclosureSentences({ page, marker: markerFor(options.marker, page).text, override: options.disclosure, networks, urls: resolved.map((link) => link.url), marketplaceDisclosure: options.marketplaceDisclosure })
    // Built as hast and serialised by hast-util-to-html, so sentences from config are escaped.
    return { data: { disclosure: toHtml(createDisclosure(page, sentences)) } }
  }
  const early = resolved.filter((link) => !link.resolvedLate)
  const known = new Set(networkSentences(page.textLanguage, [...new Set(early.flatMap((link) => link.network ?? []))], early.map((link) => link.url), options.marketplaceDisclosure).map((sentence) => sentence.text))
  const missing = networkSentences(page.textLanguage, [...new Set(resolved.flatMap((link) => link.network ?? []))], resolved.map((link) => link.url), options.marketplaceDisclosure).filter((sentence) => !known.has(sentence.text))
  if (missing.length === 0) return {}
  const aside = createDisclosure(page, missing)
  aside.properties[processedAttribute] = 'network-disclosure'
  return { slots: { beforeContent: toHtml(aside) } }
}
