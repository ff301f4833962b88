import { primaryLanguage, type Site } from '@nichepress/core'
import { affiliateFactsKey, type AffiliateFacts } from './affiliate-facts.js'
import type { AffiliateOptions } from './affiliate-options.js'
import { hasTextFor } from './create-disclosure.js'
import { affiliateDisclosureLanguage } from './diagnostics.js'

type Message = ReturnType<typeof affiliateDisclosureLanguage.create>

/**
 * A warning for each page that shows a disclosure or the sponsored label in a language with no text for
 * it (ours are de and en; `affiliate.disclosure.<code>` and `affiliate.sponsoredLabel.<code>` add one): it
 * falls back to the text language, never silently.
 */
export function disclosureLanguageMessages(site: Site, options: AffiliateOptions): Message[] {
  const messages: Message[] = []
  for (const page of site.contentPages) {
    const facts = page.rendered.facts[affiliateFactsKey] as AffiliateFacts | undefined
    if (!facts) continue
    const place = { file: page.relativePath, line: page.frontMatterLines?.['lang'] ?? 1, column: 1 }
    const code = primaryLanguage(page.lang)
    if (facts.sponsored && !hasTextFor(page.lang, options.sponsoredLabel)) {
      messages.push(affiliateDisclosureLanguage.create(place, [page.lang, 'the sponsored label', page.textLanguage, `affiliate.sponsoredLabel.${code}`]))
    }
    if (facts.disclosure !== 'none' && facts.links.length > 0 && !hasTextFor(page.lang, options.disclosure)) {
      messages.push(affiliateDisclosureLanguage.create(place, [page.lang, 'an affiliate disclosure', page.textLanguage, `affiliate.disclosure.${code}`]))
    }
  }
  return messages
}
