import { setConfigValue } from './config-source.js'

/** The operator's details for Impressum and privacy policy, as create-nichepress asks for them. */
export interface LegalDetails {
  /** Full name of the person running the site. */
  readonly name: string
  readonly street: string
  readonly postalCode: string
  readonly city: string
  /** ISO 3166-1 alpha-2 code, e.g. `DE`; decides whether an Impressum is required (§ 5 DDG). */
  readonly country: string
  readonly email: string
  /** A second quick channel besides e-mail; § 5 Abs. 1 Nr. 2 DDG wants one for German sites. */
  readonly phone?: string | undefined
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
  edited = setConfigValue(edited, 'legal', {
    updated,
    operator: { kind: 'person', name: details.name, address },
    contact: { email: details.email, phone: details.phone || undefined },
    responsibleForContent: { name: details.name, address },
    hosting,
  })
  return edited
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

