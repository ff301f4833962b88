import type { Element } from 'hast'
import { h } from 'hastscript'
import { processedAttribute } from './create-disclosure.js'
import { markerSpokenText, type Lang } from './wording.js'

/**
 * The marker appended inside an affiliate link. A word marker such as "(Anzeige)" is read as is;
 * a symbol such as `*` is hidden from screen readers, which hear "(affiliate link)" instead.
 */
export function createMarker(marker: string, lang: Lang): Element {
  const properties = { className: ['np-affiliate-marker'], [processedAttribute]: 'marker' }
  if (/\p{L}/u.test(marker)) return h('span', properties, ` ${marker}`)
  const visible = marker === '' ? [] : [h('span', { ariaHidden: 'true' }, marker)]
  return h('span', properties, [...visible, h('span', { className: ['visually-hidden'] }, ` ${markerSpokenText[lang]}`)])
}
