import type { Site } from '@nichepress/core'
import { affiliateFactsKey, type AffiliateFacts } from './affiliate-facts.js'
import type { AffiliateOptions } from './affiliate-options.js'
import { affiliateGoLinkPage } from './diagnostics.js'
import { goPathOf, goSlugOf } from './go-links.js'
import { siteGoLinks } from './site-go-links.js'

type Message = ReturnType<typeof affiliateGoLinkPage.create>

/**
 * `/go/<slug>/` links that lead to a page of the site instead of a redirect: a CMS's own /go/
 * section. A page is rendered before the site's slugs are known (another page may define one), so
 * such a link was marked as an affiliate link; once every slug and page is known this says so.
 */
export function goLinksToPages(site: Site, options: AffiliateOptions): Message[] {
  const defined = siteGoLinks(site, options)
  const pagePaths = new Set([...site.contentPages, ...site.pages].map((page) => page.url))
  const messages: Message[] = []
  for (const page of site.contentPages) {
    const facts = page.rendered.facts[affiliateFactsKey] as AffiliateFacts | undefined
    // `affiliate: false` leaves the page's links unmarked.
    if (!facts || facts.disclosure === 'none') continue
    for (const link of facts.links) {
      const slug = link.target === undefined ? goSlugOf(link.href, site.config.url) : undefined
      if (slug === undefined || defined.has(slug) || !pagePaths.has(goPathOf(slug))) continue
      messages.push(affiliateGoLinkPage.create({ file: page.relativePath, line: link.line ?? 1, column: link.column ?? 1 }, [goPathOf(slug)]))
    }
  }
  return messages
}
