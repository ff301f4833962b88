/** One affiliate link found on a page. */
export interface AffiliateLinkFact {
  /** The link as written (a `/go/<slug>/` link stays as it is). */
  href: string
  /** Network id from the registry or the config; `other` for a `/go/` target no network matches. */
  network: string
  /** Where the link starts in the Markdown source (1-based), when known. */
  line: number | undefined
  column: number | undefined
  /** For `/go/` links: the URL they redirect to. */
  target?: string
}

/**
 * What the affiliate plugin leaves on `file.data.facts.affiliate`, only for pages with affiliate
 * links or `sponsored: true`; read by lint, audit and the privacy policy through `site.facts('affiliate')`.
 */
export interface AffiliateFacts {
  links: AffiliateLinkFact[]
  sponsored: boolean
  /** Where the disclosure went: before the first link, at the top, into the template, or nowhere. */
  disclosure: 'inline' | 'top' | 'template' | 'none'
  /**
   * Links that look like affiliate links of a program nichepress does not know (medium confidence):
   * not disclosed; lint warns and names `affiliate.hosts` / `affiliate.ignore`. Absent when none.
   */
  suspects?: Array<{ href: string; reason: string; line: number | undefined; column: number | undefined }>
}

/** The facts key, the plugin's name. */
export const affiliateFactsKey = 'affiliate'
