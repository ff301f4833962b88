import type { Element } from 'hast'
import { h } from 'hastscript'
import { processedAttribute } from './create-disclosure.js'
import { sponsoredLabel, type Lang } from './wording.js'

/** The label at the top of a `sponsored: true` page: "Anzeige" / "Sponsored". */
export function createSponsoredLabel(lang: Lang): Element {
  // A <div>, not a <p>: core takes the first <p> as the page's excerpt.
  return h('div', { className: ['np-sponsored'], [processedAttribute]: 'sponsored' }, [h('span', { className: ['np-sponsored-label'] }, sponsoredLabel[lang])])
}
