import type { LegalConfig } from './legal-config-schema.js'
import { findJurisdiction, germany, type Jurisdiction } from './jurisdictions.js'

/**
 * The law a validated config's pages follow: `legal.country`, else the operator's address country,
 * else Germany (a German-language site without either; the validator has stopped every other case).
 */
export function jurisdictionOf(config: LegalConfig): Jurisdiction {
  return findJurisdiction(config.country ?? config.operator?.address?.country) ?? germany
}
