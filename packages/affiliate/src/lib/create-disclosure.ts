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
  /** The links' targets, for sentences a marketplace requires in its own language (amazon.fr…). */
  urls?: readonly string[]
}): string[] {
  const base = options.override[options.lang] ?? (options.marker === '' ? defaultDisclosureWithoutMarker : defaultDisclosure)[options.lang]
  return [base.replaceAll('{marker}', options.marker), ...networkSentences(options.lang, options.networks, options.urls ?? [])]
}

/**
 * The sentences the networks' terms require, in the page's language, plus each marketplace's own
 * sentence when its program runs in another language (a German page linking amazon.fr also says the
 * French sentence amazon.fr's agreement asks for).
 */
export function networkSentences(lang: Lang, networks: readonly AffiliateNetwork[], urls: readonly string[]): string[] {
  const sentences: string[] = []
  const add = (sentence: string | undefined) => {
    if (sentence && !sentences.includes(sentence)) sentences.push(sentence)
  }
  const hosts = new Set(urls.flatMap((url) => hostOf(url) ?? []))
  for (const network of networks) {
    add(network.disclosure?.[lang])
    for (const [host, local] of Object.entries(network.marketplaceDisclosure ?? {})) {
      if (local.lang !== lang && hosts.has(host)) add(local.text)
    }
  }
  return sentences
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return undefined
  }
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
