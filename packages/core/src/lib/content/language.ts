import { z } from 'zod'

/**
 * The language of nichepress's own texts (UI strings, legal pages, affiliate disclosure, dates; the
 * consent plugin's texts exist in more languages and follow the page where they can). A page's
 * content language (`lang`) can be any BCP 47 tag; this picks the texts.
 */
export type TextLanguage = 'de' | 'en'

/**
 * `EN-gb` → `en-GB`, `iw` → `he`; undefined for a tag that is not well-formed BCP 47 (`de_AT`) or whose
 * language is no ISO 639 code: BCP 47 reserves 4- to 8-letter language subtags and none is registered, so
 * `english` or `german` (well-formed to `Intl`) is a language name written where its code belongs.
 */
export function canonicalLanguageTag(value: string): string | undefined {
  if (value.trim() === '' || value !== value.trim()) return undefined
  let tag: string | undefined
  try {
    tag = Intl.getCanonicalLocales(value)[0]
  } catch {
    return undefined
  }
  return tag !== undefined && /^[a-z]{2,3}(?:-|$)/.test(tag) ? tag : undefined
}

/** A language tag's primary subtag, lower-cased: `de-AT` → `de`. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? ''
}

/**
 * The `lang` a part written in `part` needs inside an element in `around` (WCAG 2.2 SC 3.1.2, language
 * of parts): `part` itself, or undefined when both share their primary subtag (`de` in `de-AT` needs none).
 */
export function partLanguage(part: string, around: string): string | undefined {
  return primaryLanguage(part) === primaryLanguage(around) ? undefined : part
}

/** The text language a content language implies: its primary subtag when that is `de` or `en`. */
export function impliedTextLanguage(tag: string): TextLanguage | undefined {
  const primary = primaryLanguage(tag)
  return primary === 'de' || primary === 'en' ? primary : undefined
}

/** The message for a tag that is not BCP 47, with the nearest well-formed tag when there is one (`de_AT` → `de-AT`). */
function languageTagProblem(value: string): string {
  const repaired = canonicalLanguageTag(value.trim().replaceAll('_', '-'))
  // The caller appends "(got …)".
  return repaired ? `must be the BCP 47 language tag "${repaired}"` : 'must be a BCP 47 language tag like "de", "en-GB", "fr" or "ja"'
}

/** A BCP 47 language tag, validated and canonicalised (`EN-gb` → `en-GB`). */
export const languageTagSchema = z.string().transform((value, context) => {
  const tag = canonicalLanguageTag(value)
  if (tag !== undefined) return tag
  context.issues.push({ code: 'custom', message: languageTagProblem(value), input: value })
  return z.NEVER
})
