import { canonicalLanguageTag, impliedTextLanguage, type TextLanguage } from '@nichepress/core'

/**
 * A source's language value as a canonical BCP 47 tag: `de`, `pt-br` → `pt-BR`, and the locale form
 * WordPress, Jekyll and Hugo themes write (`de_DE` → `de-DE`). Undefined for anything else (`english`, `1`).
 */
export function importLanguageTag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return canonicalLanguageTag(trimmed) ?? canonicalLanguageTag(trimmed.replaceAll('_', '-'))
}

/**
 * The language of nichepress's own texts (link labels the import writes) for a page in `pageTag` on
 * a site in `siteTag`, by core's rule: the site's text language unless the page's primary subtag is de or en.
 */
export function importTextLanguage(pageTag: string | undefined, siteTag: string): TextLanguage {
  const site = impliedTextLanguage(siteTag) ?? 'en'
  return pageTag === undefined || pageTag === siteTag ? site : (impliedTextLanguage(pageTag) ?? site)
}
