import type { VFileMessage } from 'vfile-message'
import type { LegalConfig } from './legal-config-schema.js'
import { legalFieldMissing, legalUpdatedMissing } from './legal-diagnostics.js'

/** What decides which legal duties apply to a site. */
export interface LegalScope {
  /** Country of establishment (ISO code), when known. */
  country: string | undefined
  /** § 5 DDG and § 18 MStV apply: the site must have an Impressum. */
  needsImpressum: boolean
  /** The plugin generates pages at all (on, and either German or configured). */
  hasLegalPages: boolean
}

interface Requirement {
  path: string
  what: string
  paragraph: string
  applies: (config: LegalConfig, scope: LegalScope) => boolean
  isMissing: (config: LegalConfig) => boolean
}

// Legal forms entered in a German register (Handels-, Vereins-, Partnerschafts-, Genossenschaftsregister).
const registeredLegalForm = /\b(?:GmbH|UG|AG|KG|OHG|eG|e\.\s?K\.|e\.\s?Kfm\.|e\.\s?Kfr\.|e\.\s?V\.|PartG|PartGmbB|SE|KGaA)(?:\b|$)/

const isEntity = (config: LegalConfig) => config.operator?.kind === 'entity'
const impressum = (_config: LegalConfig, scope: LegalScope) => scope.needsImpressum
const always = () => true

// The law's requirements as data: one row per field and paragraph. Rows with the same path are
// merged, so each missing field yields exactly one message naming every paragraph that needs it.
const requirements: readonly Requirement[] = [
  { path: 'legal.operator.name', what: 'the name of the operator', paragraph: '§ 5 Abs. 1 Nr. 1 DDG', applies: impressum, isMissing: (c) => !c.operator?.name },
  { path: 'legal.operator.name', what: 'the name of the operator', paragraph: 'Art. 13(1)(a) GDPR', applies: always, isMissing: (c) => !c.operator?.name },
  { path: 'legal.operator.address', what: "the operator's postal address", paragraph: '§ 5 Abs. 1 Nr. 1 DDG', applies: impressum, isMissing: (c) => !c.operator?.address },
  {
    path: 'legal.operator.legalForm',
    what: "the entity's legal form",
    paragraph: '§ 5 Abs. 1 Nr. 1 DDG',
    applies: (c, s) => s.needsImpressum && isEntity(c),
    isMissing: (c) => !c.operator?.legalForm,
  },
  {
    path: 'legal.operator.representatives',
    what: 'at least one person authorised to represent the entity',
    paragraph: '§ 5 Abs. 1 Nr. 1 DDG',
    applies: (c, s) => s.needsImpressum && isEntity(c),
    isMissing: (c) => (c.operator?.representatives.length ?? 0) === 0,
  },
  { path: 'legal.contact.email', what: 'an e-mail address', paragraph: '§ 5 Abs. 1 Nr. 2 DDG', applies: impressum, isMissing: (c) => !c.contact?.email },
  { path: 'legal.contact.email', what: 'an e-mail address', paragraph: 'Art. 13(1)(a) GDPR', applies: always, isMissing: (c) => !c.contact?.email },
  {
    path: 'legal.contact.phone',
    what: 'a second way of quick, direct contact besides e-mail: a phone number, or a contact form in `legal.contact.contactFormUrl`',
    paragraph: '§ 5 Abs. 1 Nr. 2 DDG',
    applies: impressum,
    isMissing: (c) => !c.contact?.phone && !c.contact?.contactFormUrl,
  },
  {
    path: 'legal.register',
    what: 'the register court and register number of a registered legal form',
    paragraph: '§ 5 Abs. 1 Nr. 4 DDG',
    applies: (c, s) => s.needsImpressum && isEntity(c) && registeredLegalForm.test(c.operator?.legalForm ?? ''),
    isMissing: (c) => !c.register,
  },
  {
    path: 'legal.responsibleForContent',
    what: 'the person responsible for journalistic-editorial content, with name and address (or `editorial: false`)',
    paragraph: '§ 18 Abs. 2 MStV',
    applies: (c, s) => s.needsImpressum && c.editorial,
    isMissing: (c) => !c.responsibleForContent,
  },
  {
    path: 'legal.responsibleForContent.address',
    what: 'the postal address of the person responsible for the content',
    paragraph: '§ 18 Abs. 2 MStV',
    applies: (c, s) => s.needsImpressum && c.editorial && c.responsibleForContent !== undefined,
    isMissing: (c) => !c.responsibleForContent?.address,
  },
  {
    path: 'legal.hosting',
    what: 'the hosting provider, which receives every request to the site',
    paragraph: 'Art. 13(1)(e) GDPR',
    applies: always,
    isMissing: (c) => c.hosting === undefined,
  },
]

/**
 * Which duties apply: the country is `legal.country`, else the operator's address country, else
 * `DE` for a German-language site. Only a site established in Germany needs an Impressum; a site
 * without any `legal` facts outside Germany gets no legal pages.
 */
export function legalScopeOf(config: LegalConfig, language: 'de' | 'en'): LegalScope {
  const country = config.country ?? config.operator?.address?.country ?? (language === 'de' ? 'DE' : undefined)
  const needsImpressum = config.enabled && country === 'DE'
  const isConfigured = config.operator !== undefined || config.contact !== undefined || config.updated !== undefined || config.hosting !== undefined
  return { country, needsImpressum, hasLegalPages: config.enabled && (needsImpressum || isConfigured) }
}

/** Checks the legal section against the law for this site; one message per missing field. */
export function validateLegalConfig(config: LegalConfig, scope: LegalScope, configFile: string): VFileMessage[] {
  if (!scope.hasLegalPages) return []
  const place = { file: configFile }
  const messages: VFileMessage[] = []
  const missing = new Map<string, { what: string; paragraphs: string[] }>()
  for (const requirement of requirements) {
    if (!requirement.applies(config, scope) || !requirement.isMissing(config)) continue
    const entry = missing.get(requirement.path) ?? { what: requirement.what, paragraphs: [] }
    entry.paragraphs.push(requirement.paragraph)
    missing.set(requirement.path, entry)
  }
  for (const [path, { what, paragraphs }] of missing) {
    messages.push(legalFieldMissing.create(place, [path, what, paragraphs.join(' and ')], { expected: what, actual: 'missing' }))
  }
  if (config.updated === undefined) messages.push(legalUpdatedMissing.create(place, [], { expected: 'a date YYYY-MM-DD', actual: 'missing' }))
  return messages
}
