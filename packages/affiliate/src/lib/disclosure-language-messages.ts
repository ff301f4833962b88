import { primaryLanguage, type Site } from '@nichepress/core'
import { affiliateFactsKey, type AffiliateFacts } from './affiliate-facts.js'
import type { AffiliateOptions } from './affiliate-options.js'
import { hasDisclosureText } from './create-disclosure.js'
import { affiliateDisclosureLanguage } from './diagnostics.js'

type Message = ReturnType<typeof affiliateDisclosureLanguage.create>

/**
 * One warning per page that shows a disclosure in a language with no disclosure text (ours are de and en;
 * `affiliate.disclosure.<code>` adds one): its disclosure falls back to the text language, never silently.
 */
export function disclosureLanguageMessages(site: Site, options: AffiliateOptions): Message[] {
  const messages: Message[] = []
  for (const page of site.contentPages) {
    const facts = page.rendered.facts[affiliateFactsKey] as AffiliateFacts | undefined
    if (!facts || facts.disclosure === 'none' || facts.links.length === 0 || hasDisclosureText(page.lang, options.disclosure)) continue
    const line = page.frontMatterLines?.['lang'] ?? 1
    messages.push(affiliateDisclosureLanguage.create({ file: page.relativePath, line, column: 1 }, [page.lang, page.textLanguage, `affiliate.disclosure.${primaryLanguage(page.lang)}`]))
  }
  return messages
}
