import type { Element } from 'hast'
import { h } from 'hastscript'
import type { AffiliateNetwork } from './affiliate-network.js'
import { defaultDisclosure, defaultDisclosureWithoutMarker, disclosureLabel, type Lang } from './wording.js'

/** Marks nodes this plugin made, so a second run recognises them. */
export const processedAttribute = 'dataNpAffiliate'

/** What the disclosure says: the configured or default sentence, then each network's required one. */
export function disclosureSentences(options: {
  lang: Lang
  marker: string
  override: Partial<Record<Lang, string>>
  networks: readonly AffiliateNetwork[]
}): string[] {
  const base = options.override[options.lang] ?? (options.marker === '' ? defaultDisclosureWithoutMarker : defaultDisclosure)[options.lang]
  const sentences = [base.replaceAll('{marker}', options.marker)]
  for (const network of options.networks) {
    const required = network.disclosure?.[options.lang]
    if (required && !sentences.includes(required)) sentences.push(required)
  }
  return sentences
}

/** The disclosure block: `<aside class="np-disclosure" role="note">`, one `<div>` per sentence. */
export function createDisclosure(lang: Lang, sentences: readonly string[]): Element {
  // <div>, not <p>: core takes the first <p> of a page as its excerpt, which must stay the author's text.
  return h(
    'aside',
    { className: ['np-disclosure'], role: 'note', ariaLabel: disclosureLabel[lang], [processedAttribute]: 'disclosure' },
    sentences.map((sentence) => h('div', sentence)),
  )
}
