import { affiliatePlugin } from '@nichepress/affiliate'
import type { NichepressPlugin } from '@nichepress/core'
import { consentPlugin } from '@nichepress/consent'
import { importRedirectsPlugin } from '@nichepress/import'
import { legalPlugin } from '@nichepress/legal'
import { linksPlugin } from '@nichepress/links'
import { lintPlugin } from '@nichepress/lint'
import { seoPlugin } from '@nichepress/seo'

/**
 * The feature plugins on by default, in pipeline order: affiliate and consent rewrite content,
 * legal reads what they found, links reads the link graph, seo writes head and site files last
 * (it needs every redirect and finished document), lint audits the output. import-redirects
 * serves the old list, feed and category URLs an import wrote (nothing when there is no import).
 */
export function defaultPlugins(): NichepressPlugin[] {
  return [affiliatePlugin(), consentPlugin(), legalPlugin(), linksPlugin(), importRedirectsPlugin(), seoPlugin(), lintPlugin()]
}
