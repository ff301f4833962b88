import type { VFileMessage } from 'vfile-message'
import type { LegalConfig } from './legal-config-schema.js'
import { legalFieldInvalid } from './legal-diagnostics.js'
import { isEstablishedIn, type LegalScope, type Requirement } from './legal-requirement.js'

// The Impressum duties of Austria and Switzerland, one row per field and paragraph (sources in
// jurisdictions.ts). The rows are merged with Germany's by path, so each missing field yields one
// message naming every paragraph that needs it.

const inAustria = isEstablishedIn('AT')
const inSwitzerland = isEstablishedIn('CH')
const isEntity = (config: LegalConfig) => config.operator?.kind === 'entity'

// Legal forms entered in the Firmenbuch (§ 2 FBG): companies, partnerships, the eingetragene
// Unternehmer (e.U.), cooperatives, savings banks and private foundations. A Verein is in the ZVR instead.
const firmenbuchForm = /(?:^|[\s(&,])(?:GmbH|GesmbH|Ges\.m\.b\.H\.|AG|FlexCo|FlexKapG|OG|KG|e\.\s?U\.|eGen|SE|Privatstiftung|Sparkasse)(?=$|[\s,.)&])|Gesellschaft mit beschränkter Haftung|Aktiengesellschaft|Flexible Kapitalgesellschaft|offene Gesellschaft|Kommanditgesellschaft|eingetragene[rs]? Unternehmer(?:in)?|Genossenschaft/i

/** Austria: § 5 Abs. 1 ECG, § 14 UGB, § 25 MedienG. */
export const austrianRequirements: readonly Requirement[] = [
  { path: 'legal.operator.name', what: 'the name or Firma of the operator (the Medieninhaber)', paragraph: '§ 5 Abs. 1 Z 1 ECG', applies: inAustria, isMissing: (c) => !c.operator?.name },
  { path: 'legal.operator.name', what: 'the name or Firma of the operator (the Medieninhaber)', paragraph: '§ 25 Abs. 2 MedienG', applies: inAustria, isMissing: (c) => !c.operator?.name },
  { path: 'legal.operator.address', what: 'the geographic address where the operator is established', paragraph: '§ 5 Abs. 1 Z 2 ECG', applies: inAustria, isMissing: (c) => !c.operator?.address },
  { path: 'legal.contact.email', what: 'an e-mail address', paragraph: '§ 5 Abs. 1 Z 3 ECG', applies: inAustria, isMissing: (c) => !c.contact?.email },
  {
    path: 'legal.contact.phone',
    // CJEU C-298/07 (deutsche internet versicherung) on Art. 5(1)(c) of Directive 2000/31/EC, which § 5 ECG implements.
    what: 'a second way of quick, direct contact besides e-mail (CJEU C-298/07): a phone number, or a contact form in `legal.contact.contactFormUrl`',
    paragraph: '§ 5 Abs. 1 Z 3 ECG',
    applies: inAustria,
    isMissing: (c) => !c.contact?.phone && !c.contact?.contactFormUrl,
  },
  { path: 'legal.operator.legalForm', what: "the entity's Rechtsform", paragraph: '§ 14 Abs. 1 UGB', applies: (c, s) => inAustria(c, s) && isEntity(c), isMissing: (c) => !c.operator?.legalForm },
  {
    path: 'legal.register',
    what: 'the Firmenbuchgericht (`court`) and the Firmenbuchnummer (`number`, e.g. "FN 123456 a") of a legal form entered in the Firmenbuch',
    paragraph: '§ 5 Abs. 1 Z 4 ECG and § 14 Abs. 1 UGB',
    applies: (c, s) => inAustria(c, s) && firmenbuchForm.test(c.operator?.legalForm ?? ''),
    isMissing: (c) => !c.register,
  },
  {
    // usp.gv.at: a company that mentions its capital also gives the contributions outstanding.
    path: 'legal.capital.outstanding',
    what: 'the total of the contributions still outstanding, because `legal.capital.fullyPaidIn` is false',
    paragraph: '§ 14 UGB',
    applies: (c, s) => inAustria(c, s) && c.capital?.fullyPaidIn === false,
    isMissing: (c) => !c.capital?.outstanding,
  },
  {
    path: 'legal.mediaDisclosure.businessPurpose',
    what: 'the Unternehmensgegenstand of the Medieninhaber for the Offenlegung (e.g. "Betrieb eines Blogs über Campingkocher")',
    paragraph: '§ 25 Abs. 2 and 5 MedienG',
    applies: inAustria,
    isMissing: (c) => !c.mediaDisclosure?.businessPurpose,
  },
  {
    path: 'legal.mediaDisclosure.editorialLine',
    what: 'the grundlegende Richtung (Blattlinie) of a website whose content can shape public opinion (or `editorial: false` for a "kleine Website" under § 25 Abs. 5 MedienG)',
    paragraph: '§ 25 Abs. 4 MedienG',
    applies: (c, s) => inAustria(c, s) && c.editorial,
    isMissing: (c) => !c.mediaDisclosure?.editorialLine,
  },
  {
    path: 'legal.operator.representatives',
    what: 'the Geschäftsführer or members of the Vorstand of an entity Medieninhaber (or `editorial: false` for a "kleine Website")',
    paragraph: '§ 25 Abs. 2 MedienG',
    applies: (c, s) => inAustria(c, s) && c.editorial && isEntity(c),
    isMissing: (c) => (c.operator?.representatives.length ?? 0) === 0,
  },
  {
    path: 'legal.mediaDisclosure.owners',
    what: 'everyone holding a share in the entity Medieninhaber, with kind and size of the share (or `editorial: false` for a "kleine Website")',
    paragraph: '§ 25 Abs. 2 MedienG',
    applies: (c, s) => inAustria(c, s) && c.editorial && isEntity(c),
    isMissing: (c) => !c.mediaDisclosure?.owners,
  },
]

/** Switzerland: Art. 3 Abs. 1 lit. s Ziff. 1 UWG and Art. 19 Abs. 2 lit. a DSG. */
export const swissRequirements: readonly Requirement[] = [
  { path: 'legal.operator.name', what: 'the name or Firma of the operator', paragraph: 'Art. 3 Abs. 1 lit. s Ziff. 1 UWG', applies: inSwitzerland, isMissing: (c) => !c.operator?.name },
  { path: 'legal.operator.address', what: "the operator's postal address", paragraph: 'Art. 3 Abs. 1 lit. s Ziff. 1 UWG', applies: inSwitzerland, isMissing: (c) => !c.operator?.address },
  // A contact form does not replace the e-mail address (HGer ZH HG170140, 11 March 2020).
  { path: 'legal.contact.email', what: 'an e-mail address (a contact form alone is not enough)', paragraph: 'Art. 3 Abs. 1 lit. s Ziff. 1 UWG', applies: inSwitzerland, isMissing: (c) => !c.contact?.email },
]

// Fields that carry one country's duty; set for another country they would print the wrong law.
const countryFields: ReadonlyArray<{ path: string; country: 'DE' | 'AT' | 'CH'; law: string; isSet: (config: LegalConfig) => boolean }> = [
  { path: 'legal.economicId', country: 'DE', law: 'the German Wirtschafts-Identifikationsnummer (§ 139c AO)', isSet: (c) => c.economicId !== undefined },
  { path: 'legal.responsibleForContent', country: 'DE', law: 'the person responsible under § 18 Abs. 2 MStV (German law)', isSet: (c) => c.responsibleForContent !== undefined },
  { path: 'legal.mediaDisclosure', country: 'AT', law: 'the Offenlegung of § 25 MedienG (Austrian law)', isSet: (c) => c.mediaDisclosure !== undefined },
  { path: 'legal.uid', country: 'CH', law: 'the Swiss Unternehmens-Identifikationsnummer (UIDG)', isSet: (c) => c.uid !== undefined },
  { path: 'legal.vatRegistered', country: 'CH', law: 'the Swiss MWST number (the UID with "MWST")', isSet: (c) => c.vatRegistered !== undefined },
]

/** Fields of another country's law, and values that contradict the law of an operator established in Austria or Switzerland. */
export function invalidForeignFields(config: LegalConfig, scope: LegalScope, place: { file: string }): VFileMessage[] {
  const country = scope.country
  if (!scope.needsImpressum || country === undefined) return []
  const messages: VFileMessage[] = []
  const invalid = (path: string, problem: string, paragraph: string, expected: string, actual: string) =>
    messages.push(legalFieldInvalid.create(place, [path, problem, paragraph], { expected, actual }))
  for (const field of countryFields) {
    if (field.country === country || !field.isSet(config)) continue
    invalid(field.path, `${field.law} applies to an operator established in ${field.country}, not in ${country}; remove the field`, 'the law of the country of establishment', 'not set', 'set')
  }
  if (country !== 'AT' && country !== 'CH') return messages
  const addressCountry = config.operator?.address?.country
  if (config.country !== undefined && addressCountry !== undefined && addressCountry !== config.country) {
    const paragraph = country === 'AT' ? '§ 5 Abs. 1 Z 2 ECG' : 'Art. 3 Abs. 1 lit. s Ziff. 1 UWG'
    invalid('legal.operator.address.country', `the Impressum gives the address where the operator is established, but \`legal.country\` is ${country} and the address is in ${addressCountry}`, paragraph, country, addressCountry)
  }
  if (country === 'AT') invalidAustrianFields(config, invalid)
  else invalidSwissFields(config, invalid)
  return messages
}

type Report = (path: string, problem: string, paragraph: string, expected: string, actual: string) => void

function invalidAustrianFields(config: LegalConfig, invalid: Report): void {
  // § 28 Abs. 1 UStG 1994: the Austrian UID-Nummer is "ATU" and eight digits.
  if (config.vatId !== undefined && !/^ATU[0-9]{8}$/.test(config.vatId)) {
    invalid('legal.vatId', `an Austrian UID-Nummer is "ATU" followed by eight digits, not "${config.vatId}"`, '§ 28 Abs. 1 UStG 1994 and § 5 Abs. 1 Z 7 ECG', 'ATU and eight digits, e.g. ATU12345678', config.vatId)
  }
  // The Firmenbuchnummer is digits and a check letter (FN 123456 a).
  const number = config.register?.number
  if (number !== undefined && firmenbuchForm.test(config.operator?.legalForm ?? '') && !/^FN\s?[0-9]{1,6}\s?[a-z]$/i.test(number)) {
    invalid('legal.register.number', `a Firmenbuchnummer is "FN", digits and a check letter, not "${number}"`, '§ 5 Abs. 1 Z 4 ECG and § 14 Abs. 1 UGB', 'FN 123456 a', number)
  }
}

function invalidSwissFields(config: LegalConfig, invalid: Report): void {
  if (config.vatId !== undefined) {
    invalid('legal.vatId', 'a Swiss MWST number is the UID with "MWST"; set `legal.uid` and `legal.vatRegistered: true` instead', 'Art. 3 Abs. 1 lit. s Ziff. 1 UWG', 'legal.uid', config.vatId)
  }
  if (config.uid !== undefined && !hasValidUidCheckDigit(config.uid)) {
    invalid('legal.uid', `the check digit of "${config.uid}" is wrong, so it is not a UID the register issued (modulus 11)`, 'UIDG', 'a UID with a valid check digit', config.uid)
  }
  if (config.vatRegistered === true && config.uid === undefined) {
    invalid('legal.vatRegistered', 'the MWST number is the UID with "MWST", so `legal.uid` must be given', 'Art. 3 Abs. 1 lit. s Ziff. 1 UWG', 'legal.uid', 'missing')
  }
}

// Art. 5 UIDV and the BFS: the ninth digit checks the first eight with weights 5 4 3 2 7 6 5 4,
// modulus 11 (a remainder giving 10 is never issued).
// http://www.bfs.admin.ch/bfs/portal/de/index/themen/00/05/blank/03/02.html
function hasValidUidCheckDigit(uid: string): boolean {
  const digits = uid.replace(/[^0-9]/g, '').split('').map(Number)
  const weights = [5, 4, 3, 2, 7, 6, 5, 4]
  const sum = weights.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0)
  const check = 11 - (sum % 11)
  return check !== 10 && (check === 11 ? 0 : check) === digits[8]
}
