import { primaryLanguage } from '@nichepress/core'
import { de } from './consent-texts/de.js'
import { en } from './consent-texts/en.js'
import { es } from './consent-texts/es.js'
import { fr } from './consent-texts/fr.js'
import { it } from './consent-texts/it.js'
import { nl } from './consent-texts/nl.js'
import { pl } from './consent-texts/pl.js'
import { pt } from './consent-texts/pt.js'
import type { ServiceCategory } from './service.js'

/** Every visible text of the banner, the dialog and the placeholders; `{service}` is replaced. */
export interface ConsentTexts {
  bannerTitle: string
  bannerText: string
  acceptAll: string
  rejectAll: string
  settings: string
  dialogTitle: string
  dialogText: string
  save: string
  close: string
  gpcNote: string
  categories: Record<ServiceCategory, { label: string; description: string }>
  alwaysActive: string
  placeholderTitle: string
  placeholderText: string
  placeholderLoad: string
  placeholderAlways: string
  placeholderOpen: string
  privacyLink: string
  imprintLink: string
  /** The privacy-policy link's short label in the banner, where space is scarce on phones. */
  bannerPrivacyLink: string
  footerLink: string
}

/** One language's texts, and how the banner's first sentence names only the categories a site uses. */
export interface ConsentLanguagePack {
  texts: ConsentTexts
  /** The first sentence with `{list}` for the categories: "Wir möchten {list} nutzen." */
  bannerLead: string
  categoryWords: Record<Exclude<ServiceCategory, 'necessary'>, string>
  /** The word joining the last two categories, with its spaces. */
  and: string
}

/** The languages nichepress brings consent texts for (primary language subtags). */
export type ConsentLanguage = 'de' | 'en' | 'es' | 'fr' | 'it' | 'nl' | 'pl' | 'pt'

/** Built-in texts by language; sources and the rules they follow are named in each file of `consent-texts/`. */
export const languagePacks: Readonly<Record<ConsentLanguage, ConsentLanguagePack>> = { de, en, es, fr, it, nl, pl, pt }

/** The built-in languages, sorted. */
export const consentLanguages = Object.keys(languagePacks).sort() as ConsentLanguage[]

/** Built-in texts by language; `consent.texts.<code>` overrides single keys or adds a language. */
export const defaultTexts = Object.fromEntries(consentLanguages.map((code) => [code, languagePacks[code].texts])) as Readonly<Record<ConsentLanguage, ConsentTexts>>

/** Whether nichepress brings texts for `code` (a primary subtag). */
export function isConsentLanguage(code: string): code is ConsentLanguage {
  return Object.hasOwn(languagePacks, code)
}

/**
 * The language of a page's consent texts: the page's own language (its primary subtag) when there are
 * texts for it, built in or in `available`; else `fallback`, the page's text language (de or en).
 */
export function consentLanguageOf(pageLang: string, fallback: string, available: ReadonlySet<string> = new Set()): string {
  const code = primaryLanguage(pageLang)
  return isConsentLanguage(code) || available.has(code) ? code : fallback
}

/** The legal pages' language as a link's `hreflang`, where it differs from the consent texts' language. */
export function legalLanguageFor(textsLanguage: string, legalLanguage: string): string | undefined {
  return primaryLanguage(textsLanguage) === legalLanguage ? undefined : legalLanguage
}

/** The privacy-policy page by language (owned by @nichepress/legal; it anchors each service at `#service-<id>`). */
export const privacyPolicyPaths = { de: '/datenschutz/', en: '/privacy/' } as const

/** The Impressum / legal notice by language (owned by @nichepress/legal), linked from the banner's first layer. */
export const imprintPaths = { de: '/impressum/', en: '/legal-notice/' } as const

/** The cookie page (owned by @nichepress/legal), the footer link's target without JavaScript. */
export const cookiePagePath = '/cookies/'

/** Replaces `{name}` placeholders. */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}
