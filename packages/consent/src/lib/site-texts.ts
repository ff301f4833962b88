import { primaryLanguage, type Site } from '@nichepress/core'
import { relative } from 'node:path'
import type { ConsentOptions } from './consent-config-schema.js'
import { consentTextLanguage } from './consent-diagnostics.js'
import { consentLanguages, defaultTexts, isConsentLanguage, type ConsentTexts } from './texts.js'

type TextOverrides = ConsentOptions['texts'][string]

function merged(base: ConsentTexts, given: TextOverrides): ConsentTexts {
  const { categories, ...strings } = given
  const defined = Object.fromEntries(Object.entries(strings).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
  const mergedCategories = Object.fromEntries(Object.entries(base.categories).map(([id, text]) => [id, { ...text, ...categories?.[id as keyof typeof base.categories] }])) as ConsentTexts['categories']
  return { ...base, ...defined, categories: mergedCategories }
}

/**
 * The consent texts of a site by language code: the built-in ones with `consent.texts.<code>` over
 * single keys, plus every language the config writes in full (the schema checked it is complete).
 */
export function siteTexts(options: Pick<ConsentOptions, 'texts'>): Map<string, ConsentTexts> {
  const texts = new Map<string, ConsentTexts>()
  for (const code of [...new Set([...consentLanguages, ...Object.keys(options.texts)])].sort()) {
    const given = options.texts[code] ?? {}
    // A language without built-in texts has every key (schema); English only types the merge.
    texts.set(code, merged(isConsentLanguage(code) ? defaultTexts[code] : defaultTexts.en, given))
  }
  return texts
}

/**
 * One warning per language a page is in that has no consent texts (the banner, dialog, placeholders
 * and settings link fall back to the page's text language): at the config file for the site's
 * language, else at the first such page's `lang` line.
 */
export function textLanguageMessages(site: Site, available: ReadonlySet<string>): Array<ReturnType<typeof consentTextLanguage.create>> {
  const fallbackOf = new Map<string, { file: string; line: number; lang: string; fallback: string }>()
  const siteCode = primaryLanguage(site.config.language)
  if (!available.has(siteCode)) fallbackOf.set(siteCode, { file: relative(site.config.root, site.config.configFile), line: 1, lang: site.config.language, fallback: site.config.textLanguage })
  for (const page of [...site.contentPages].sort((a, b) => a.relativePath.localeCompare(b.relativePath))) {
    const code = primaryLanguage(page.lang)
    if (available.has(code) || fallbackOf.has(code)) continue
    fallbackOf.set(code, { file: page.relativePath, line: page.frontMatterLines?.['lang'] ?? 1, lang: page.lang, fallback: page.textLanguage })
  }
  return [...fallbackOf.entries()].map(([code, where]) => consentTextLanguage.create({ file: where.file, line: where.line, column: 1 }, [where.lang, where.fallback, `consent.texts.${code}`]))
}
