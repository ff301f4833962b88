import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import type { LegalConfig } from './legal-config-schema.js'
import { emailLink, externalLink, joinLines, section } from './hast-helpers.js'

/** Labels of the contact section. */
export interface ContactLabels {
  contact: string
  phone: string
  email: string
  contactForm: string
}

/** The contact section's labels, the same in every country's Impressum (French and Italian: Switzerland's). */
export const contactLabels: Record<'de' | 'en' | 'fr' | 'it', ContactLabels> = {
  de: { contact: 'Kontakt', phone: 'Telefon', email: 'E-Mail', contactForm: 'Kontaktformular' },
  en: { contact: 'Contact', phone: 'Phone', email: 'E-mail', contactForm: 'Contact form' },
  fr: { contact: 'Contact', phone: 'Téléphone', email: 'E-mail', contactForm: 'Formulaire de contact' },
  it: { contact: 'Contatto', phone: 'Telefono', email: 'E-mail', contactForm: 'Modulo di contatto' },
}

/** The contact section: phone, e-mail (obfuscated without JavaScript), contact form. */
export function contactSection(config: LegalConfig, t: ContactLabels): Element {
  const contact = config.contact
  const lines: ElementContent[][] = []
  if (contact?.phone) lines.push([`${t.phone}: `, h('a', { href: `tel:${contact.phone.replace(/[^+0-9]/g, '')}` }, unbreakable(contact.phone))].map(toNode))
  if (contact?.email) lines.push([toNode(`${t.email}: `), emailLink(contact.email)])
  if (contact?.contactFormUrl) lines.push([toNode(`${t.contactForm}: `), h('a', { href: contact.contactFormUrl }, contact.contactFormUrl)])
  const content = lines.flatMap((line, index) => (index === 0 ? line : [h('br'), ...line]))
  return section('contact', t.contact, [h('p', content)])
}

/** The supervisory authority's section, when one is configured. */
export function authoritySection(authority: LegalConfig['supervisoryAuthority'], heading: string): Element | undefined {
  if (!authority) return undefined
  const lines: Array<string | ElementContent> = [authority.name, ...(authority.address ? [authority.address] : []), ...(authority.url ? [externalLink(authority.url)] : [])]
  return section('supervisory-authority', heading, [h('p', joinLines(lines))])
}

/** Labels of the regulated profession's section. */
export interface ProfessionLabels {
  profession: string
  title: string
  conferredIn: string
  chamber: string
  rules: string
}

/**
 * A regulated profession's section, when one is configured: the professional title and the state
 * that conferred it, the chamber, and every set of professional rules with where it can be read
 * (§ 5 Abs. 1 Nr. 5 DDG, § 5 Abs. 1 Z 6 ECG). Austrian practice names the chamber first.
 */
export function professionSection(profession: LegalConfig['profession'], t: ProfessionLabels, order: 'title-first' | 'chamber-first' = 'title-first'): Element | undefined {
  if (!profession) return undefined
  const title = `${t.title}: ${profession.title} (${t.conferredIn} ${profession.country})`
  const chamber = `${t.chamber}: ${profession.chamber}`
  return section('profession', t.profession, [h('p', joinLines(order === 'title-first' ? [title, chamber] : [chamber, title])), professionRules(profession.rules, t.rules)])
}

/** The rules of a profession: one linked line, or a list when there are several. */
export function professionRules(rules: NonNullable<LegalConfig['profession']>['rules'], label: string): Element {
  const [only] = rules
  return rules.length === 1 && only
    ? h('p', [`${label}: `, externalLink(only.url, only.name)])
    : h('div', [h('p', `${label}:`), h('ul', rules.map((rule) => h('li', [externalLink(rule.url, rule.name)])))])
}

// A phone number must not wrap mid-number: non-breaking spaces and hyphens (html-validate tel-non-breaking).
function unbreakable(phone: string): string {
  return phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')
}

function toNode(value: string | ElementContent): ElementContent {
  return typeof value === 'string' ? { type: 'text', value } : value
}
