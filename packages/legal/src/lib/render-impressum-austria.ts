import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import type { LegalConfig } from './legal-config-schema.js'
import { addressLines, joinLines, section } from './hast-helpers.js'
import { authoritySection, contactLabels, contactSection, professionSection } from './impressum-parts.js'
import { legalFormWording } from './legal-form-wording.js'
import { legalNote } from './legal-note.js'

// The Impressum of an operator established in Austria: § 5 Abs. 1 ECG, § 14 Abs. 1 UGB for a company
// in the Firmenbuch, and the Offenlegung of § 25 MedienG, which § 25 Abs. 1 lets a website give
// together with the § 5 ECG facts. A website itself has no § 24 MedienG Impressum (that is for
// Medienwerke and newsletters). Sources in jurisdictions.ts.

const texts = {
  de: {
    provider: 'Angaben gemäß § 5 ECG und § 14 UGB',
    legalForm: 'Rechtsform',
    seat: 'Sitz',
    representatives: 'Vertretungsbefugt',
    liquidation: 'Die Gesellschaft befindet sich in Liquidation.',
    fullyPaidIn: 'voll eingezahlt',
    outstanding: 'ausstehende Einlagen',
    ...contactLabels.de,
    register: 'Firmenbuch',
    number: 'Firmenbuchnummer',
    court: 'Firmenbuchgericht',
    tax: 'Umsatzsteuer',
    vatId: 'UID-Nummer',
    authority: 'Aufsichtsbehörde',
    profession: 'Kammer, Berufsbezeichnung und berufsrechtliche Vorschriften',
    chamber: 'Kammer/Berufsverband',
    title: 'Berufsbezeichnung',
    conferredIn: 'verliehen in',
    rules: 'Gewerbe- und berufsrechtliche Vorschriften',
    disclosure: 'Offenlegung gemäß § 25 MedienG',
    mediaOwner: 'Medieninhaber',
    businessPurpose: 'Unternehmensgegenstand',
    residence: 'Wohnort',
    management: 'Geschäftsführung bzw. Vorstand',
    owners: 'Beteiligungen',
    editorialLine: 'Grundlegende Richtung',
  },
  en: {
    provider: 'Information according to § 5 of the Austrian E-Commerce Act (ECG) and § 14 of the Austrian Commercial Code (UGB)',
    legalForm: 'Legal form',
    seat: 'Registered office',
    representatives: 'Authorised to represent',
    liquidation: 'The company is in liquidation.',
    fullyPaidIn: 'fully paid in',
    outstanding: 'contributions outstanding',
    ...contactLabels.en,
    register: 'Company register (Firmenbuch)',
    number: 'Company register number (Firmenbuchnummer)',
    court: 'Register court (Firmenbuchgericht)',
    tax: 'VAT',
    vatId: 'VAT identification number (UID-Nummer)',
    authority: 'Supervisory authority',
    profession: 'Chamber, professional title and rules',
    chamber: 'Chamber or professional body',
    title: 'Professional title',
    conferredIn: 'conferred in',
    rules: 'Trade and professional rules',
    disclosure: 'Disclosure according to § 25 of the Austrian Media Act (MedienG)',
    mediaOwner: 'Media owner (Medieninhaber)',
    businessPurpose: 'Business purpose (Unternehmensgegenstand)',
    residence: 'Place of residence',
    management: 'Management or board',
    owners: 'Shareholdings',
    editorialLine: 'Editorial line (grundlegende Richtung)',
  },
} as const

type Texts = (typeof texts)['de' | 'en']

/** The Austrian Impressum and Offenlegung as a hast tree. */
export function renderAustrianImpressum(config: LegalConfig, lang: 'de' | 'en'): Root {
  const t = texts[lang]
  const children: Element[] = [providerSection(config, t, lang), contactSection(config, t)]
  // § 5 Abs. 1 Z 4 ECG and § 14 Abs. 1 UGB: Firmenbuchnummer and Firmenbuchgericht.
  if (config.register) children.push(section('register', t.register, [h('p', joinLines([`${t.number}: ${config.register.number}`, `${t.court}: ${config.register.court}`]))]))
  // § 5 Abs. 1 Z 7 ECG: the UID-Nummer, where the operator has one.
  if (config.vatId) children.push(section('tax', t.tax, [h('p', `${t.vatId}: ${config.vatId}`)]))
  const authority = authoritySection(config.supervisoryAuthority, t.authority)
  if (authority) children.push(authority)
  // § 5 Abs. 1 Z 6 ECG: chamber, title and the Member State that conferred it, the rules and access to them.
  const profession = professionSection(config.profession, t, 'chamber-first')
  if (profession) children.push(profession)
  children.push(disclosureSection(config, t))
  if (config.updated) children.push(legalNote({ ...config, updated: config.updated }, lang))
  return { type: 'root', children }
}

// § 5 Abs. 1 Z 1–2 ECG: name or Firma, geographic address; § 14 Abs. 1 UGB: Rechtsform and Sitz.
function providerSection(config: LegalConfig, t: Texts, lang: 'de' | 'en'): Element {
  const operator = config.operator
  const children: ElementContent[] = [h('p', joinLines([operator?.name ?? '', ...(operator?.address ? addressLines(operator.address, lang) : [])]))]
  if (operator?.kind === 'entity') {
    const facts = [operator.legalForm && `${t.legalForm}: ${operator.legalForm}`, operator.address && `${t.seat}: ${operator.address.city}`].filter((line): line is string => Boolean(line))
    if (facts.length > 0) children.push(h('p', joinLines(facts)))
    if (operator.representatives.length > 0) children.push(h('p', `${t.representatives}: ${operator.representatives.join(', ')}`))
  }
  // § 14 UGB: capital only if the site mentions it, then with the contributions outstanding.
  const capital = config.capital
  if (capital) {
    const paidIn = capital.fullyPaidIn ? ` (${t.fullyPaidIn})` : capital.outstanding ? `; ${t.outstanding}: ${capital.outstanding}` : ''
    children.push(h('p', `${legalFormWording(operator?.legalForm).capital[lang]}: ${capital.amount}${paidIn}`))
  }
  if (config.inLiquidation) children.push(h('p', h('strong', t.liquidation)))
  return section('provider', t.provider, children)
}

// § 25 MedienG: a website that can shape public opinion discloses owners and its grundlegende
// Richtung (Abs. 2–4); a "kleine Website" (`editorial: false`) only name, Unternehmensgegenstand and
// Wohnort or Sitz (Abs. 5).
function disclosureSection(config: LegalConfig, t: Texts): Element {
  const operator = config.operator
  const disclosure = config.mediaDisclosure
  const isEntity = operator?.kind === 'entity'
  const facts: Array<readonly [string, string]> = [
    [t.mediaOwner, operator?.name ?? ''],
    [t.businessPurpose, disclosure?.businessPurpose ?? ''],
    [isEntity ? t.seat : t.residence, operator?.address?.city ?? ''],
  ]
  if (config.editorial && isEntity && operator.representatives.length > 0) facts.push([t.management, operator.representatives.join(', ')])
  const children: ElementContent[] = [h('dl', { className: ['np-legal-facts'] }, facts.flatMap(([label, value]) => [h('dt', label), h('dd', value)]))]
  if (config.editorial && disclosure?.owners) {
    children.push(h('p', `${t.owners}:`), h('ul', disclosure.owners.map((owner) => h('li', `${owner.name}: ${owner.share}`))))
  }
  if (config.editorial && disclosure?.editorialLine) children.push(h('p', `${t.editorialLine}: ${disclosure.editorialLine}`))
  return section('media-disclosure', t.disclosure, children)
}
