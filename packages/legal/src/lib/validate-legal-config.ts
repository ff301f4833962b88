import type { Service } from '@nichepress/consent'
import type { VFileMessage } from 'vfile-message'
export type { LegalScope } from './legal-requirement.js'
import type { LegalConfig } from './legal-config-schema.js'
import { validateResponsiblePersons } from './validate-responsible-persons.js'
import { austrianRequirements, invalidForeignFields, swissRequirements } from './foreign-requirements.js'
import { findJurisdiction } from './jurisdictions.js'
import { isEstablishedIn, type LegalScope, type Requirement } from './legal-requirement.js'
import { legalFieldInvalid, legalFieldMissing, legalJurisdictionUnsupported, legalLanguageRegion, legalNewsletterImpressum, legalOperatorKind, legalUpdatedFuture, legalUpdatedMissing } from './legal-diagnostics.js'

// Legal forms entered in a register (Handels-, Vereins-, Partnerschafts-, Genossenschafts-,
// Gesellschaftsregister; Companies House and US state registers for Ltd and LLC).
const registeredLegalForm = /(?:^|[\s(&,])(?:g?GmbH|UG|AG|KG|OHG|eG|eGbR|e\.\s?K\.|e\.\s?Kfm\.|e\.\s?Kfr\.|e\.\s?V\.|PartG|PartGmbB|SE|KGaA|Ltd\.?|Limited|LLC|LLP|plc)(?=$|[\s,.)&])|Gesellschaft mit beschränkter Haftung|Unternehmergesellschaft|Aktiengesellschaft|Kommanditgesellschaft|offene Handelsgesellschaft|Partnerschaftsgesellschaft|eingetragene[rs]? (?:Kauf(?:mann|frau)|Verein|Genossenschaft)/i

// Legal forms that make a name a company's (or a registered merchant's), never a private person's;
// with the Austrian OG, e.U., FlexCo and GesmbH and the Swiss Sàrl/Sagl.
const legalFormInName = /(?:^|[\s(&,])(g?GmbH(?:\s*&\s*Co\.?\s*KG)?|UG\s*\(haftungsbeschränkt\)|UG|AG|KGaA|KG|OHG|GbR|eGbR|eG|e\.\s?K\.|e\.\s?Kfm\.|e\.\s?Kfr\.|e\.\s?V\.|PartG(?:mbB)?|SE|Ltd\.?|Limited|LLC|LLP|plc|Inc\.?|S\.à\s?r\.l\.|S\.A\.|B\.V\.|OG|e\.\s?U\.|FlexCo|GesmbH|Ges\.m\.b\.H\.|Sàrl|Sagl)(?=$|[\s,.)&])|(Gesellschaft mit beschränkter Haftung|Unternehmergesellschaft \(haftungsbeschränkt\)|Aktiengesellschaft|Kommanditgesellschaft|offene Handelsgesellschaft|Gesellschaft bürgerlichen Rechts|Partnerschaftsgesellschaft|eingetragene[rs]? (?:Kauf(?:mann|frau)|Verein|Genossenschaft))/

/** The legal form a name carries ("Kocherkompass GmbH" → "GmbH"), or undefined for a person's name. */
export function legalFormInNameOf(name: string): string | undefined {
  const match = legalFormInName.exec(name)
  return match ? (match[1] ?? match[2])?.trim() : undefined
}

// Which law applies instead, for the message, by country of establishment.
const eu = new Set(['AT', 'BE', 'BG', 'CY', 'CZ', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'])
function lawOf(country: string): string {
  if (country === 'GB') return 'the UK GDPR, the Data Protection Act 2018 and PECR, with the ICO as the supervisory authority (the EU GDPR, its complaint route and its transfer rules do not)'
  if (eu.has(country) || ['IS', 'LI', 'NO'].includes(country)) return "the GDPR together with that country's own e-commerce, media and cookie law and its supervisory authority"
  return "that country's data-protection and media law"
}

const isEntity = (config: LegalConfig) => config.operator?.kind === 'entity'
const impressum = isEstablishedIn('DE')
const always = () => true
// The controller's identity in the privacy information: Art. 13(1)(a) GDPR, in Switzerland Art. 19 DSG.
const underGdpr = (_config: LegalConfig, scope: LegalScope) => scope.country !== 'CH'
const underSwissDsg = isEstablishedIn('CH')

// The law's requirements as data: one row per field and paragraph. Rows with the same path are
// merged, so each missing field yields exactly one message naming every paragraph that needs it.
const requirements: readonly Requirement[] = [
  { path: 'legal.operator.name', what: 'the name of the operator', paragraph: '§ 5 Abs. 1 Nr. 1 DDG', applies: impressum, isMissing: (c) => !c.operator?.name },
  ...austrianRequirements,
  ...swissRequirements,
  { path: 'legal.operator.name', what: 'the name of the operator', paragraph: 'Art. 13(1)(a) GDPR', applies: underGdpr, isMissing: (c) => !c.operator?.name },
  { path: 'legal.operator.name', what: 'the name of the operator', paragraph: 'Art. 19 Abs. 2 lit. a DSG', applies: underSwissDsg, isMissing: (c) => !c.operator?.name },
  { path: 'legal.operator.address', what: "the operator's postal address", paragraph: '§ 5 Abs. 1 Nr. 1 DDG', applies: impressum, isMissing: (c) => !c.operator?.address },
  {
    path: 'legal.operator.legalForm',
    what: "the entity's legal form",
    paragraph: '§ 5 Abs. 1 Nr. 1 DDG',
    applies: (c, s) => impressum(c, s) && isEntity(c),
    isMissing: (c) => !c.operator?.legalForm,
  },
  {
    path: 'legal.operator.representatives',
    what: 'at least one person authorised to represent the entity',
    paragraph: '§ 5 Abs. 1 Nr. 1 DDG',
    applies: (c, s) => impressum(c, s) && isEntity(c),
    isMissing: (c) => (c.operator?.representatives.length ?? 0) === 0,
  },
  {
    path: 'legal.country',
    what: 'the country the operator is established in (or the operator’s address), which decides the law the pages follow',
    paragraph: 'Art. 3 GDPR',
    applies: (_c, s) => s.country === undefined,
    isMissing: () => true,
  },
  { path: 'legal.contact.email', what: 'an e-mail address', paragraph: '§ 5 Abs. 1 Nr. 2 DDG', applies: impressum, isMissing: (c) => !c.contact?.email },
  { path: 'legal.contact.email', what: 'an e-mail address', paragraph: 'Art. 13(1)(a) GDPR', applies: underGdpr, isMissing: (c) => !c.contact?.email },
  { path: 'legal.contact.email', what: 'an e-mail address', paragraph: 'Art. 19 Abs. 2 lit. a DSG', applies: underSwissDsg, isMissing: (c) => !c.contact?.email },
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
    applies: (c, s) => impressum(c, s) && registeredLegalForm.test(c.operator?.legalForm ?? ''),
    isMissing: (c) => !c.register,
  },
  {
    path: 'legal.capital.outstanding',
    what: 'the total of the contributions still outstanding, because `legal.capital.fullyPaidIn` is false',
    paragraph: '§ 5 Abs. 1 Nr. 1 DDG',
    applies: (c, s) => impressum(c, s) && c.capital?.fullyPaidIn === false,
    isMissing: (c) => !c.capital?.outstanding,
  },
  {
    path: 'legal.responsibleForContent',
    what: 'the person responsible for journalistic-editorial content, with name and address (or `editorial: false`)',
    paragraph: '§ 18 Abs. 2 MStV',
    applies: (c, s) => impressum(c, s) && c.editorial,
    isMissing: (c) => !c.responsibleForContent,
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
 * `DE` for a German-language site. A site established in Germany, Austria or Switzerland gets an
 * Impressum under that country's law; a site without any `legal` facts elsewhere gets no legal pages.
 */
export function legalScopeOf(config: LegalConfig, language: 'de' | 'en'): LegalScope {
  const country = config.country ?? config.operator?.address?.country ?? (language === 'de' ? 'DE' : undefined)
  const needsImpressum = config.enabled && findJurisdiction(country) !== undefined
  const isConfigured = config.operator !== undefined || config.contact !== undefined || config.updated !== undefined || config.hosting !== undefined
  return { country, needsImpressum, hasLegalPages: config.enabled && (needsImpressum || isConfigured) }
}

/** Checks the legal section against the law for this site; one message per missing field. */
export function validateLegalConfig(config: LegalConfig, scope: LegalScope, configFile: string): VFileMessage[] {
  if (!scope.hasLegalPages) return []
  const place = { file: configFile }
  // Pages under the law of DE, AT or CH for an operator established elsewhere would cite the wrong law: stop.
  if (scope.country !== undefined && findJurisdiction(scope.country) === undefined) return [legalJurisdictionUnsupported.create(place, [scope.country, lawOf(scope.country)], { expected: 'an operator established in DE, AT or CH', actual: scope.country })]
  const messages: VFileMessage[] = []
  const name = config.operator?.name ?? ''
  const form = legalFormInNameOf(name)
  if (form !== undefined && config.operator?.kind !== 'entity') messages.push(legalOperatorKind.create(place, [name, form, companyDuties(scope.country)], { expected: "kind: 'entity'", actual: `kind: '${config.operator?.kind ?? 'person'}'` }))
  messages.push(...invalidFields(config, scope, place), ...invalidForeignFields(config, scope, place))
  if (impressum(config, scope) && config.editorial) messages.push(...validateResponsiblePersons(config.responsibleForContent, place))
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

// An UG must carry "(haftungsbeschränkt)" in its name and legal form; "UG" alone is not a legal form.
const bareUg = /(?:^|[\s(&,])(?:UG|Unternehmergesellschaft)(?!\s*\(haftungsbeschränkt\))(?=$|[\s,.)&])/

/** Values that are given but contradict the law they serve, each with its paragraph. */
function invalidFields(config: LegalConfig, scope: LegalScope, place: { file: string }): VFileMessage[] {
  const messages: VFileMessage[] = []
  const addressCountry = config.operator?.address?.country
  // § 5 Abs. 1 Nr. 1 DDG asks for the address "unter der sie niedergelassen sind", and § 3 DDG puts a
  // provider established in another EU state under that state's law: a German Impressum with a
  // foreign address of establishment is wrong either way.
  if (impressum(config, scope) && config.country !== undefined && addressCountry !== undefined && addressCountry !== config.country) {
    messages.push(
      legalFieldInvalid.create(
        place,
        [
          'legal.operator.address.country',
          `the Impressum gives the address where the operator is established, but \`legal.country\` is ${config.country} and the address is in ${addressCountry}; a provider established in ${addressCountry} follows that country's law (§ 3 DDG), which nichepress's pages do not cover`,
          '§ 5 Abs. 1 Nr. 1 DDG',
        ],
        { expected: config.country, actual: addressCountry },
      ),
    )
  }
  // § 27a Abs. 1 Satz 1 UStG: the Bundeszentralamt für Steuern issues "DE" and nine digits; a
  // German operator's Impressum (§ 5 Abs. 1 Nr. 6 DDG) cannot carry another country's number.
  if (impressum(config, scope) && config.vatId !== undefined && !/^DE[0-9]{9}$/.test(config.vatId)) {
    messages.push(
      legalFieldInvalid.create(
        place,
        ['legal.vatId', `a German Umsatzsteuer-Identifikationsnummer is "DE" followed by nine digits, not "${config.vatId}"`, '§ 27a Abs. 1 UStG and § 5 Abs. 1 Nr. 6 DDG'],
        { expected: 'DE and nine digits, e.g. DE123456789', actual: config.vatId },
      ),
    )
  }
  for (const [path, value] of [['legal.operator.legalForm', config.operator?.legalForm], ['legal.operator.name', config.operator?.name]] as const) {
    if (value === undefined || !bareUg.test(value)) continue
    messages.push(
      legalFieldInvalid.create(
        place,
        [path, `an Unternehmergesellschaft must be named "Unternehmergesellschaft (haftungsbeschränkt)" or "UG (haftungsbeschränkt)", not "${value}"`, '§ 5a Abs. 1 GmbHG'],
        { expected: 'UG (haftungsbeschränkt)', actual: value },
      ),
    )
  }
  return messages
}

// What a company's Impressum adds, by country, for the message when it is configured as a person.
function companyDuties(country: string | undefined): string {
  if (country === 'AT') return 'its Impressum must name the Rechtsform, the Firmenbuchnummer and the Firmenbuchgericht (§ 14 Abs. 1 UGB, § 5 Abs. 1 Z 4 ECG) and, for the Offenlegung, its Geschäftsführer and owners (§ 25 Abs. 2 MedienG).'
  if (country === 'CH') return 'its Impressum must give the Firma as registered (Art. 3 Abs. 1 lit. s Ziff. 1 UWG) and its UID where it has one.'
  return 'its Impressum must name the legal form and the people who represent it (§ 5 Abs. 1 Nr. 1 DDG), its register and register number where it is registered (§ 5 Abs. 1 Nr. 4 DDG) and its VAT id if it has one (§ 5 Abs. 1 Nr. 6 DDG).'
}

/**
 * Warnings that do not stop the build: a `legal.updated` date after `today` (YYYY-MM-DD); in
 * Austria, a newsletter sign-up among the `services` the site uses (§ 24 Abs. 3 MedienG).
 */
export function legalWarnings(config: LegalConfig, scope: LegalScope, configFile: string, today: string, services: readonly Service[] = [], siteLanguage = ''): VFileMessage[] {
  if (!scope.hasLegalPages) return []
  const place = { file: configFile }
  const messages: VFileMessage[] = []
  if (config.updated !== undefined && config.updated > today) messages.push(legalUpdatedFuture.create(place, [config.updated, today], { expected: `${today} or earlier`, actual: config.updated }))
  const newsletters = services.filter((service) => service.newsletter === true).map((service) => service.name)
  if (scope.needsImpressum && scope.country === 'AT' && newsletters.length > 0) {
    messages.push(legalNewsletterImpressum.create(place, [newsletters.join(', ')], { expected: 'an Impressum in every newsletter issue', actual: 'not written by nichepress' }))
  }
  // Austrian German names January "Jänner" (ICU's de-AT and core's formatDate); "de" or "de-DE" says "Januar".
  if (scope.country === 'AT' && /^de(?:-|$)/i.test(siteLanguage) && !/^de-(?:[a-z]{4}-)?AT\b/i.test(siteLanguage)) {
    messages.push(legalLanguageRegion.create(place, [siteLanguage], { expected: 'de-AT', actual: siteLanguage }))
  }
  return messages
}
