import { definePlugin, NichepressError, type NichepressPlugin, type OutputPage, type Site, type TemplateContribution } from '@nichepress/core'
import { toHtml } from 'hast-util-to-html'
import { affiliateFactsKey, type AffiliateFacts } from './affiliate-facts.js'
import { affiliateOptionsSchema, customNetworksOf, type AffiliateOptions } from './affiliate-options.js'
import { collectGoLinks, goRedirects } from './collect-go-links.js'
import { createDisclosure, disclosureSentences } from './create-disclosure.js'
import { networksByIdOf } from './networks-used.js'
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
    setup: ({ options }) => {
      const customNetworks = customNetworksOf(options)
      return {
        // Off site-wide: links are left alone, but /go/ links keep working.
        rehypePlugins: options.enabled
          ? [[rehypeAffiliate, { marker: options.marker, position: options.position, disclosure: options.disclosure, networks: customNetworks, links: options.links }]]
          : [],
        // Checks the /go/ links once every page is known; `pages` is the hook whose errors core collects.
        pages: (site) => {
          const { messages } = collectGoLinks(site, options)
          if (messages.length > 0) throw new NichepressError(`${messages.length} affiliate link problem(s)`, messages)
          return []
        },
        redirects: (site) => goRedirects(collectGoLinks(site, options).links),
        templateData: (page, site) => (options.enabled && options.position === 'template' ? templateDisclosure(page, site, options) : {}),
      }
    },
  })
}

function templateDisclosure(page: OutputPage, site: Site, options: AffiliateOptions): TemplateContribution {
  const facts = page.source?.rendered.facts[affiliateFactsKey] as AffiliateFacts | undefined
  if (facts?.disclosure !== 'template') return {}
  const byId = networksByIdOf(site)
  const networks = [...new Set(facts.links.map((link) => link.network))].flatMap((id) => byId.get(id) ?? [])
  const sentences = disclosureSentences({ lang: page.lang, marker: options.marker, override: options.disclosure, networks })
  // Built as hast and serialised by hast-util-to-html, so sentences from config are escaped.
  return { data: { disclosure: toHtml(createDisclosure(page.lang, sentences)) } }
}
