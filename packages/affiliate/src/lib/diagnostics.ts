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
