import type { VFileMessage } from 'vfile-message'
import { legalLanguageMissing } from './legal-diagnostics.js'
import { legalPages, swissImpressumPages } from './legal-page-urls.js'
import type { LegalScope } from './legal-requirement.js'

/** What decides the language of a Swiss operator's pages: the site's `language` and whether `textLanguage` was chosen. */
export interface SiteLanguage {
  /** The site's `language` (BCP 47). */
  language: string
  /** True when `textLanguage` was not set and nichepress fell back to English. */
  textLanguageDefaulted: boolean
}

/**
 * French or Italian for a Swiss operator's site in that language (`fr-CH`, `it`…) whose
 * `textLanguage` was not chosen: its Impressum is written in the site's language. Undefined
 * otherwise (a chosen `textLanguage` decides every legal page).
 */
export function swissPageLanguage(scope: LegalScope, site: SiteLanguage): 'fr' | 'it' | undefined {
  if (scope.country !== 'CH' || !scope.needsImpressum || !site.textLanguageDefaulted) return undefined
  const primary = site.language.toLowerCase().split('-')[0]
  return primary === 'fr' || primary === 'it' ? primary : undefined
}

// The privacy policy and the cookie page have no French or Italian text yet: say so on every
// build, with the page that is in English and the ways out, rather than leave it to be found.
const languageNames = { fr: 'French', it: 'Italian' } as const
// LPD in both languages (https://www.fedlex.admin.ch/eli/cc/2022/491/fr and /it).
const lawNames = {
  fr: 'Art. 19 LPD (Loi fédérale sur la protection des données)',
  it: 'Art. 19 LPD (Legge federale sulla protezione dei dati)',
} as const

/** The warning for a Swiss French or Italian site: Impressum in its language, privacy policy and cookie page in English. */
export function swissLanguageWarnings(scope: LegalScope, site: SiteLanguage, configFile: string): VFileMessage[] {
  const lang = swissPageLanguage(scope, site)
  if (!lang || !scope.hasLegalPages) return []
  const english = [legalPages.en.privacy.url, legalPages.en.cookies.url].join(' and ')
  return [
    legalLanguageMissing.create({ file: configFile }, [site.language, languageNames[lang], swissImpressumPages[lang].title, swissImpressumPages[lang].url, english, lawNames[lang]], {
      expected: `a privacy policy in ${languageNames[lang]}`,
      actual: 'English',
    }),
  ]
}
