// How an Impressum words the people behind each German legal form, its capital and its winding-up.
// One entry per family of forms, checked in order; the first whose pattern matches the legal form wins.

interface LegalFormWording {
  /** Matches the legal form as written (`GmbH & Co. KG`, `e. V.`…). */
  pattern: RegExp
  /** Label before the representatives' names. */
  representatives: { de: string; en: string }
  /** Stammkapital (GmbH, UG) or Grundkapital (AG, KGaA, SE). */
  capital: { de: string; en: string }
  /** Abwicklung (AG, KGaA: §§ 264 ff. AktG) or Liquidation (GmbH: §§ 66 ff. GmbHG; partnerships). */
  windingUp: { de: string; en: string }
}

const stammkapital = { de: 'Stammkapital', en: 'Share capital (Stammkapital)' }
const grundkapital = { de: 'Grundkapital', en: 'Share capital (Grundkapital)' }
const liquidation = { de: 'Die Gesellschaft befindet sich in Liquidation.', en: 'The company is in liquidation.' }
const abwicklung = { de: 'Die Gesellschaft befindet sich in Abwicklung.', en: 'The company is being wound up (Abwicklung).' }

const wordings: readonly LegalFormWording[] = [
  // A KG whose general partner is a company: the company represents it, through its own managers.
  { pattern: /&\s*Co\.?\s*KG/i, representatives: { de: 'Vertreten durch die persönlich haftende Gesellschafterin', en: 'Represented by its general partner' }, capital: stammkapital, windingUp: liquidation },
  { pattern: /\bKGaA\b|Kommanditgesellschaft auf Aktien/i, representatives: { de: 'Vertreten durch die persönlich haftenden Gesellschafter', en: 'Represented by its general partners' }, capital: grundkapital, windingUp: abwicklung },
  { pattern: /\b(?:AG|SE)\b|Aktiengesellschaft/, representatives: { de: 'Vertreten durch den Vorstand', en: 'Represented by the management board' }, capital: grundkapital, windingUp: abwicklung },
  { pattern: /GmbH|\bUG\b|Gesellschaft mit beschränkter Haftung|Unternehmergesellschaft/i, representatives: { de: 'Vertreten durch die Geschäftsführung', en: 'Represented by the management' }, capital: stammkapital, windingUp: liquidation },
  // § 26 BGB: the Vorstand represents the Verein (and, by § 84 BGB, the Stiftung).
  { pattern: /e\.\s?V\.|eingetragener Verein|Stiftung/i, representatives: { de: 'Vertretungsberechtigter Vorstand (§ 26 BGB)', en: 'Board authorised to represent (§ 26 BGB)' }, capital: stammkapital, windingUp: liquidation },
  // A registered merchant is one natural person: the owner, not a representative.
  { pattern: /e\.\s?(?:K|Kfm|Kfr)\.|eingetragene[rs]? Kauf(?:mann|frau)/i, representatives: { de: 'Inhaber', en: 'Owner' }, capital: stammkapital, windingUp: liquidation },
  { pattern: /\bKG\b|Kommanditgesellschaft/, representatives: { de: 'Persönlich haftende Gesellschafter', en: 'General partners' }, capital: stammkapital, windingUp: liquidation },
  { pattern: /\b(?:e?GbR|OHG|PartG(?:mbB)?)\b|Gesellschaft bürgerlichen Rechts|offene Handelsgesellschaft|Partnerschaft/i, representatives: { de: 'Vertretungsberechtigte Gesellschafter', en: 'Partners authorised to represent' }, capital: stammkapital, windingUp: liquidation },
]

const fallback: LegalFormWording = { pattern: /$^/, representatives: { de: 'Vertreten durch', en: 'Represented by' }, capital: stammkapital, windingUp: liquidation }

/** The Impressum's wording for `legalForm`; a form nichepress does not know gets "Vertreten durch". */
export function legalFormWording(legalForm: string | undefined): LegalFormWording {
  return wordings.find((entry) => entry.pattern.test(legalForm ?? '')) ?? fallback
}
