import { partLanguage } from '@nichepress/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { type DisclosurePage, pageText, processedAttribute } from './create-disclosure.js'
import { sponsoredLabel } from './wording.js'

/**
 * The label at the top of a `sponsored: true` page: "Anzeige" / "Sponsored", or `affiliate.sponsoredLabel`
 * in the page's language, with `lang` where its language differs from the page's.
 */
export function createSponsoredLabel(page: DisclosurePage, override: Readonly<Record<string, string>> = {}): Element {
  const label = pageText(page, override, sponsoredLabel)
  // A <div>, not a <p>: core takes the first <p> as the page's excerpt.
  return h('div', { className: ['np-sponsored'], lang: partLanguage(label.lang, page.lang), [processedAttribute]: 'sponsored' }, [
    h('span', { className: ['np-sponsored-label'] }, label.text),
  ])
}
