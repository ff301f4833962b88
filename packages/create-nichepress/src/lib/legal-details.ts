import { setConfigValue } from './config-source.js'

/** The operator's details for Impressum and privacy policy, as create-nichepress asks for them. */
export interface LegalDetails {
  /** Full name of the person running the site. */
  readonly name: string
  readonly street: string
  readonly postalCode: string
  readonly city: string
  /** ISO 3166-1 alpha-2 code, e.g. `DE`; decides which law the legal pages follow (see `impressumLawOf`). */
  readonly country: string
  readonly email: string
  /** A second quick channel besides e-mail (Germany: § 5 Abs. 1 Nr. 2 DDG; Austria: § 5 Abs. 1 Z 3 ECG). */
  readonly phone?: string | undefined
  /**
   * Austria only: the Offenlegung of § 25 MedienG, the Unternehmensgegenstand and, for a website that
   * can shape public opinion, its Blattlinie; without one the site is a "kleine Website" (§ 25 Abs. 5).
   */
  readonly mediaDisclosure?: { readonly businessPurpose: string; readonly editorialLine?: string | undefined } | undefined
}

/** The paragraphs of a country's Impressum law that the questions cite. */
export interface ImpressumLaw {
  /** The Impressum as a whole ("§ 5 DDG"). */
  law: string
  /** Name and postal address. */
  address: string
  /** The e-mail address. */
  email: string
  /** A second quick channel besides e-mail, when the law asks for one. */
  secondChannel: string | undefined
}

// The operator's own country decides: an Austrian or Swiss operator told "§ 5 DDG" looks up a German
// statute that does not bind them. Paragraphs as @nichepress/legal validates them (jurisdictions.ts):
// § 5 Abs. 1 DDG; § 5 Abs. 1 Z 1–3 ECG (https://jusline.at/gesetz/ecg/paragraf/5) with CJEU C-298/07
// for the second channel; Art. 3 Abs. 1 lit. s Ziff. 1 UWG (https://www.fedlex.admin.ch/eli/cc/1988/223_223_223/de),
// which asks for the e-mail address and no second channel.
const impressumLaws: Record<'DE' | 'AT' | 'CH', ImpressumLaw> = {
  DE: { law: '§ 5 DDG', address: '§ 5 Abs. 1 Nr. 1 DDG', email: '§ 5 Abs. 1 Nr. 2 DDG', secondChannel: '§ 5 Abs. 1 Nr. 2 DDG' },
  AT: { law: '§ 5 ECG', address: '§ 5 Abs. 1 Z 1 and 2 ECG', email: '§ 5 Abs. 1 Z 3 ECG', secondChannel: '§ 5 Abs. 1 Z 3 ECG' },
  CH: { law: 'Art. 3 Abs. 1 lit. s UWG', address: 'Art. 3 Abs. 1 lit. s Ziff. 1 UWG', email: 'Art. 3 Abs. 1 lit. s Ziff. 1 UWG', secondChannel: undefined },
}

/** The Impressum law of an operator's country (`DE`, `AT`, `CH`), or undefined where nichepress's legal pages do not follow the country's law. */
export function impressumLawOf(country: string): ImpressumLaw | undefined {
  const code = country.toUpperCase()
  return code === 'DE' || code === 'AT' || code === 'CH' ? impressumLaws[code] : undefined
}

/**
 * Writes the `legal` section from `details`, keeping the starter's `hosting`, and puts the new name where
 * the starter named its example operator (publisher, authors). `updated` is the date of this answer.
 */
export function applyLegalDetails(source: string, details: LegalDetails, updated: string): string {
  const exampleName = /operator: \{[^}]*?name: '((?:[^'\\]|\\.)*)'/.exec(source)?.[1]
  const hosting = /^\s+hosting: '([a-z-]+)',?$/m.exec(source)?.[1] ?? 'netlify'
  let edited = exampleName ? source.split(`'${exampleName}'`).join(quote(details.name)) : source
  const address = { street: details.street, postalCode: details.postalCode, city: details.city, country: details.country.toUpperCase() }
  const country = address.country
  // The person responsible under § 18 Abs. 2 MStV is German law: the legal plugin refuses it for an
  // operator elsewhere. Austria's Offenlegung (§ 25 MedienG) takes its place there.
  const disclosure = country === 'AT' ? details.mediaDisclosure : undefined
  edited = setConfigValue(edited, 'legal', {
    updated,
    operator: { kind: 'person', name: details.name, address },
    contact: { email: details.email, phone: details.phone || undefined },
    responsibleForContent: country === 'DE' ? { name: details.name, address } : undefined,
    mediaDisclosure: disclosure ? { businessPurpose: disclosure.businessPurpose, editorialLine: disclosure.editorialLine || undefined } : undefined,
    editorial: disclosure && !disclosure.editorialLine ? false : undefined,
    hosting,
  })
  return edited
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

