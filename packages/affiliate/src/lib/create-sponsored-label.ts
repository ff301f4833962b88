import { partLanguage } from '@nichepress/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { type DisclosurePage, processedAttribute } from './create-disclosure.js'
import { sponsoredLabel } from './wording.js'

/** The label at the top of a `sponsored: true` page: "Anzeige" / "Sponsored", with `lang` where the page's differs. */
export function createSponsoredLabel(page: DisclosurePage): Element {
  // A <div>, not a <p>: core takes the first <p> as the page's excerpt.
  return h('div', { className: ['np-sponsored'], lang: partLanguage(page.textLanguage, page.lang), [processedAttribute]: 'sponsored' }, [
    h('span', { className: ['np-sponsored-label'] }, sponsoredLabel[page.textLanguage]),
  ])
}
