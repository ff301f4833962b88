import { createHash } from 'node:crypto'
import { impliedTextLanguage, stableStringify, withBasePath, type TextLanguage } from '@nichepress/core'
import type { ConsentOptions } from './consent-config-schema.js'
import { consentStorageName } from './registry.js'
import type { Service, ServiceCategory } from './service.js'
import { fillText, imprintPaths, isConsentLanguage, languagePacks, legalLanguageFor, privacyPolicyPaths, type ConsentTexts } from './texts.js'

const categoryOrder: ServiceCategory[] = ['necessary', 'statistics', 'marketing', 'external-media']

/** The revision: a hash of the services asked about, so adding or removing one asks again. */
export function consentRevision(used: readonly Service[]): string {
  const asked = used.filter((service) => service.needsConsent).map((service) => [service.id, service.category])
  return createHash('sha256').update(stableStringify(asked)).digest('hex').slice(0, 12)
}

/**
 * The banner's first sentence names only the categories the site uses ("Wir möchten Statistikdienste
 * nutzen."); a text the site set itself, or one in a language without built-in texts, is kept as it is.
 */
export function bannerText(used: readonly Service[], lang: string, texts: ConsentTexts): string {
  if (!isConsentLanguage(lang)) return texts.bannerText
  const pack = languagePacks[lang]
  const standard = pack.texts.bannerText
  if (texts.bannerText !== standard) return texts.bannerText
  const words = categoryOrder.flatMap((category) => (category !== 'necessary' && used.some((service) => service.needsConsent && service.category === category) ? [pack.categoryWords[category]] : []))
  if (words.length === 0) return standard
  const list = words.length === 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')}${pack.and}${words.at(-1) ?? ''}`
  return `${fillText(pack.bannerLead, { list })}${standard.slice(standard.indexOf('.') + 1)}`
}

/**
 * The JSON the runtime reads from `#np-consent-config`, for one language. `partLang` is the `lang` the
 * banner and dialog carry when the page is in another language than their texts; `legalLanguage` the
 * language the legal pages were made in (the site's text language; default: `lang`); `basePath` the
 * site's folder (`/blog`; default `''`): the runtime writes the legal links from this data, where
 * core's base path step does not reach.
 */
export function runtimeConfig(options: ConsentOptions, used: readonly Service[], lang: string, texts: ConsentTexts, page: { partLang?: string | undefined; legalLanguage?: TextLanguage; basePath?: string } = {}) {
  const legalLanguage = page.legalLanguage ?? impliedTextLanguage(lang) ?? 'en'
  const { categories, ...rest } = texts
  const strings = { ...rest, bannerText: bannerText(used, lang, texts) }
  return {
    revision: consentRevision(used),
    expiryMonths: options.expiryMonths,
    storage: options.storage,
    name: consentStorageName,
    privacyPolicyUrl: withBasePath(privacyPolicyPaths[legalLanguage], page.basePath ?? ''),
    imprintUrl: withBasePath(imprintPaths[legalLanguage], page.basePath ?? ''),
    texts: strings,
    ...(page.partLang ? { lang: page.partLang } : {}),
    ...(legalLanguageFor(lang, legalLanguage) ? { legalLang: legalLanguage } : {}),
    categories: categoryOrder.map((id) => ({ id, ...categories[id] })),
    services: used
      .filter((service) => service.needsConsent)
      .map((service) => ({
        id: service.id,
        name: service.name,
        category: service.category,
        provider: service.provider.name,
        cookies: service.cookies.filter((entry) => entry.firstParty && entry.kind === 'cookie').map((entry) => entry.name),
        storage: service.cookies.filter((entry) => entry.firstParty && entry.kind !== 'cookie').map((entry) => entry.name),
        ...(service.usesGoogleConsentMode ? { googleConsentMode: service.category === 'marketing' ? 'ads' : 'analytics' } : {}),
      })),
  }
}

/** A JSON data block; `<` is written as `\u003c` so no `</script>` can close it early. */
export function jsonDataBlock(id: string, value: unknown): string {
  return `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`
}
