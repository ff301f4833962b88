import { partLanguage } from '@nichepress/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { type DisclosurePage, processedAttribute } from './create-disclosure.js'
import { markerSpokenText } from './wording.js'

/**
 * The marker appended inside an affiliate link. A word marker such as "(Anzeige)" is read as is;
 * a symbol such as `*` is hidden from screen readers, which hear "(affiliate link)" instead, marked
 * with its language where the page's differs.
 */
export function createMarker(marker: string, page: DisclosurePage): Element {
  const properties = { className: ['np-affiliate-marker'], [processedAttribute]: 'marker' }
  if (/\p{L}/u.test(marker)) return h('span', properties, ` ${marker}`)
  const visible = marker === '' ? [] : [h('span', { ariaHidden: 'true' }, marker)]
  const spoken = h('span', { className: ['visually-hidden'], lang: partLanguage(page.textLanguage, page.lang) }, ` ${markerSpokenText[page.textLanguage]}`)
  return h('span', properties, [...visible, spoken])
}
