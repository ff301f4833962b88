import { partLanguage, primaryLanguage } from '@nichepress/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { type DisclosurePage, processedAttribute } from './create-disclosure.js'
import { markerSpokenText } from './wording.js'

/** `affiliate.marker`: one marker for every page, or one per language code (`{ de: '(Werbelink)', en: '(ad)' }`). */
export type MarkerOption = string | Readonly<Record<string, string>>

/** The default marker: a symbol, the same in every language. */
export const defaultMarker = '*'

/** A page's marker, with its language when known (a per-language marker); a single string's language is not known. */
export interface PageMarker {
  text: string
  lang?: string | undefined
}

/**
 * The marker for a page: the single marker, or from a per-language marker the one in the page's own
 * language, else the one in its text language, else `*`.
 */
export function markerFor(option: MarkerOption, page: DisclosurePage): PageMarker {
  if (typeof option === 'string') return { text: option }
  const primary = primaryLanguage(page.lang)
  const own = option[primary]
  if (own !== undefined) return { text: own, lang: primary }
  const text = option[page.textLanguage]
  return text === undefined ? { text: defaultMarker } : { text, lang: page.textLanguage }
}

/**
 * The marker appended inside an affiliate link. A word marker such as "(Anzeige)" is read as is (with
 * `lang` when it is known to differ from the page's); a symbol such as `*` is hidden from screen
 * readers, which hear "(affiliate link)" instead, marked with its language where the page's differs.
 */
export function createMarker(marker: PageMarker, page: DisclosurePage): Element {
  const properties = { className: ['np-affiliate-marker'], [processedAttribute]: 'marker' }
  if (/\p{L}/u.test(marker.text)) return h('span', { ...properties, lang: marker.lang === undefined ? undefined : partLanguage(marker.lang, page.lang) }, ` ${marker.text}`)
  const visible = marker.text === '' ? [] : [h('span', { ariaHidden: 'true' }, marker.text)]
  const spoken = h('span', { className: ['visually-hidden'], lang: partLanguage(page.textLanguage, page.lang) }, ` ${markerSpokenText[page.textLanguage]}`)
  return h('span', properties, [...visible, spoken])
}
