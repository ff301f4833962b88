import { partLanguage, primaryLanguage } from '@nichepress/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import type { AffiliateNetwork } from './affiliate-network.js'
import { defaultDisclosure, defaultDisclosureWithoutMarker, disclosureLabel, type Lang } from './wording.js'

/** Marks nodes this plugin made, so a second run recognises them. */
export const processedAttribute = 'dataNpAffiliate'

/** One sentence of the disclosure and the language it is written in (a BCP 47 tag). */
export interface DisclosureSentence {
  text: string
  lang: string
}

/** Where the disclosure goes: the page's content language and the language of nichepress's texts on it. */
export interface DisclosurePage {
  /** The page's content language (`<html lang>`), e.g. `fr-CA`. */
  lang: string
  /** The language of nichepress's own texts on the page. */
  textLanguage: Lang
}

/**
 * The disclosure sentence for a page: `affiliate.disclosure` in the page's own language, else in its text
 * language, else ours in the text language. `lang` says which language it is in.
 */
export function baseDisclosure(page: DisclosurePage, marker: string, override: Readonly<Record<string, string>>): DisclosureSentence {
  const base = pageText(page, override, marker === '' ? defaultDisclosureWithoutMarker : defaultDisclosure)
  return { text: base.text.replaceAll('{marker}', marker), lang: base.lang }
}

/**
 * A text for a page from a per-language config entry (`affiliate.disclosure`, `affiliate.sponsoredLabel`):
 * the one in the page's own language, else the one in its text language, else ours in the text language.
 */
export function pageText(page: DisclosurePage, override: Readonly<Record<string, string>>, ours: Readonly<Record<Lang, string>>): DisclosureSentence {
  const primary = primaryLanguage(page.lang)
  const own = override[primary]
  if (own !== undefined) return { text: own, lang: primary }
  return { text: override[page.textLanguage] ?? ours[page.textLanguage], lang: page.textLanguage }
}

/** Whether a page's language has a text: ours (de, en) or one set in the per-language config entry. */
export function hasTextFor(lang: string, override: Readonly<Record<string, string>>): boolean {
  const primary = primaryLanguage(lang)
  return primary === 'de' || primary === 'en' || override[primary] !== undefined
}

/** What the disclosure says: the configured or default sentence, then each network's required one. */
export function disclosureSentences(options: {
  page: DisclosurePage
  marker: string
  override: Readonly<Record<string, string>>
  networks: readonly AffiliateNetwork[]
  /** The links' targets, for sentences a marketplace requires in its own language (amazon.fr…). */
  urls?: readonly string[]
  /** `affiliate.marketplaceDisclosure`: the author's sentences for marketplaces the registry lacks. */
  marketplaceDisclosure?: Readonly<Record<string, DisclosureSentence>>
}): DisclosureSentence[] {
  return [baseDisclosure(options.page, options.marker, options.override), ...networkSentences(options.page.textLanguage, options.networks, options.urls ?? [], options.marketplaceDisclosure)]
}

/**
 * The sentences the networks' terms require, in the page's text language, plus each marketplace's own
 * sentence when its program runs in another language (a German page linking amazon.fr also says the
 * French sentence amazon.fr's agreement asks for), and the author's sentences for marketplaces the
 * registry has none for (`affiliate.marketplaceDisclosure`).
 */
export function networkSentences(lang: Lang, networks: readonly AffiliateNetwork[], urls: readonly string[], marketplaceDisclosure: Readonly<Record<string, DisclosureSentence>> = {}): DisclosureSentence[] {
  const sentences: DisclosureSentence[] = []
  const add = (text: string | undefined, textLang: string) => {
    if (text && !sentences.some((sentence) => sentence.text === text)) sentences.push({ text, lang: textLang })
  }
  const hosts = new Set(urls.flatMap((url) => hostOf(url) ?? []))
  for (const network of networks) {
    add(network.disclosure?.[lang], lang)
    for (const [host, local] of Object.entries(network.marketplaceDisclosure ?? {})) {
      if (local.lang !== lang && hosts.has(host)) add(local.text, local.lang)
    }
  }
  // The author's sentence for a marketplace the registry has none for (amazon.pl…), as written.
  for (const [host, local] of Object.entries(marketplaceDisclosure)) if (hosts.has(host)) add(local.text, local.lang)
  return sentences
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return undefined
  }
}

/**
 * The disclosure block: `<aside class="np-disclosure" role="note">`, one `<div>` per sentence. Its label is
 * in the page's text language; the aside and each sentence in another language than what surrounds it
 * carry `lang` (WCAG 2.2 SC 3.1.2), so a screen reader reads Amazon's French sentence on a German page in French.
 */
export function createDisclosure(page: DisclosurePage, sentences: readonly DisclosureSentence[]): Element {
  const asideLang = partLanguage(page.textLanguage, page.lang)
  const around = asideLang ?? page.lang
  // <div>, not <p>: core takes the first <p> of a page as its excerpt, which must stay the author's text.
  return h(
    'aside',
    { className: ['np-disclosure'], role: 'note', ariaLabel: disclosureLabel[page.textLanguage], lang: asideLang, [processedAttribute]: 'disclosure' },
    sentences.map((sentence) => h('div', { lang: partLanguage(sentence.lang, around) }, sentence.text)),
  )
}
