import { defineDiagnostic } from '@nichepress/core'

/** Two places define the same `/go/` slug with different targets. */
export const affiliateLinkConflict = defineDiagnostic({
  id: 'affiliate-link-conflict',
  severity: 'error',
  source: 'affiliate',
  message: (path: string, first: string, second: string) => `The link ${path} is defined twice with different targets: in ${first} and in ${second}.`,
  hint: 'Give one of the links another slug, or point both at the same URL.',
})

/** A page's `affiliateLinks` front matter is not a map of slugs to web URLs. */
export const affiliateLinksInvalid = defineDiagnostic({
  id: 'affiliate-links-invalid',
  severity: 'error',
  source: 'affiliate',
  message: (problem: string) => `The front matter field \`affiliateLinks\` is invalid: ${problem}.`,
  hint: 'Write `affiliateLinks:` as a map of slugs (lower-case letters, digits, dashes) to http(s) URLs, e.g. `gaskocher: https://www.amazon.de/dp/B0…?tag=you-21`.',
})

/** A `/go/<slug>/` link marked as cloaked affiliate link leads to a page of the site, not to a redirect. */
export const affiliateGoLinkPage = defineDiagnostic({
  id: 'affiliate-go-link-page',
  severity: 'warning',
  source: 'affiliate',
  message: (path: string) =>
    `The link to ${path} went out as a cloaked affiliate link (rel="sponsored", marker, disclosure), but ${path} is a page of this site: no affiliate.links or affiliateLinks entry defines it.`,
  hint: 'If it is a page of your own, move it out of /go/ (its slug or permalink) so its links stay plain; if it is a cloaked affiliate link, define the slug in `affiliate.links`.',
})

/** A page shows a disclosure or sponsored label, but no text for it exists in its language: it is shown in the text language. */
export const affiliateDisclosureLanguage = defineDiagnostic({
  id: 'affiliate-disclosure-language',
  severity: 'warning',
  source: 'affiliate',
  message: (lang: string, what: string, textLanguage: string, key: string) =>
    `This page is in "${lang}" and shows ${what}, but there is no text for it in that language: it is shown in "${textLanguage}" (marked lang="${textLanguage}"). Set it with \`${key}\`.`,
  hint: 'Write the text in the page\'s language in the config, keyed by language code: `affiliate.disclosure` (e.g. `disclosure: { fr: \'Les liens marqués {marker} sont des liens affiliés…\' }`; `{marker}` stands for the link marker) or `affiliate.sponsoredLabel` (e.g. `sponsoredLabel: { fr: \'Publicité\' }`). If the page\'s `lang` is wrong, correct it instead.',
})

/** A page links an Amazon marketplace whose required sentence nichepress does not have, and the config sets none. */
export const affiliateMarketplaceDisclosure = defineDiagnostic({
  id: 'affiliate-marketplace-disclosure',
  severity: 'warning',
  source: 'affiliate',
  message: (host: string, network: string, shown: string, key: string) =>
    `This page links ${host}, whose ${network} agreement asks for its own identification sentence, and nichepress has none for ${host}: the disclosure shows only ${shown}. Set \`${key}\`.`,
  hint: 'Copy the sentence your marketplace\'s Associates Central gives (Operating Agreement, identifying yourself as an Associate) into the config, with its language: `affiliate.marketplaceDisclosure: { "amazon.pl": { lang: "pl", text: "…" } }`. nichepress does not write one it could not find on Amazon\'s own pages.',
})
