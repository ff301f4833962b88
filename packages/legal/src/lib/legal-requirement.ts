import type { LegalConfig } from './legal-config-schema.js'

/** What decides which legal duties apply to a site. */
export interface LegalScope {
  /** Country of establishment (ISO code), when known. */
  country: string | undefined
  /** The site is established in a country whose Impressum law nichepress follows (DE, AT, CH). */
  needsImpressum: boolean
  /** The plugin generates pages at all (on, and either German or configured). */
  hasLegalPages: boolean
}

/** One duty as data: the field it needs, what that is, the paragraph, when it applies and when it is missing. */
export interface Requirement {
  path: string
  what: string
  paragraph: string
  applies: (config: LegalConfig, scope: LegalScope) => boolean
  isMissing: (config: LegalConfig) => boolean
}

/** True when the site is established in `country` and its legal pages are on. */
export function isEstablishedIn(country: 'DE' | 'AT' | 'CH'): (config: LegalConfig, scope: LegalScope) => boolean {
  return (_config, scope) => scope.needsImpressum && scope.country === country
}
