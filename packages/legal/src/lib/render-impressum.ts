import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import type { LegalConfig } from './legal-config-schema.js'
import { addressLines, joinLines, section } from './hast-helpers.js'
import { authoritySection, contactLabels, contactSection, professionSection } from './impressum-parts.js'
import { jurisdictionOf } from './jurisdiction-of.js'
import { localiseLegalTree } from './localise-legal-tree.js'
import { renderAustrianImpressum } from './render-impressum-austria.js'
import { renderSwissImpressum } from './render-impressum-switzerland.js'
import { legalFormWording } from './legal-form-wording.js'
import { legalNote } from './legal-note.js'

const texts = {
  de: {
    provider: 'Angaben gemäß § 5 DDG',
    legalForm: 'Rechtsform',
    fullyPaidIn: 'voll eingezahlt',
    outstanding: 'ausstehende Einlagen',
    ...contactLabels.de,
    register: 'Registereintrag',
    court: 'Registergericht',
    number: 'Registernummer',
    tax: 'Steuerliche Angaben',
    vatId: 'Umsatzsteuer-Identifikationsnummer gemäß § 27a Umsatzsteuergesetz',
    economicId: 'Wirtschafts-Identifikationsnummer gemäß § 139c Abgabenordnung',
    authority: 'Aufsichtsbehörde',
    profession: 'Berufsbezeichnung und berufsrechtliche Regelungen',
    title: 'Gesetzliche Berufsbezeichnung',
    conferredIn: 'verliehen in',
    chamber: 'Zuständige Kammer',
    rules: 'Berufsrechtliche Regelungen',
    responsible: 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV',
    responsibleFor: 'verantwortlich für',
  },
  en: {
    provider: 'Information according to § 5 DDG (German Digital Services Act)',
    legalForm: 'Legal form',
    fullyPaidIn: 'fully paid in',
    outstanding: 'contributions outstanding',
    ...contactLabels.en,
    register: 'Register entry',
    court: 'Register court',
    number: 'Register number',
    tax: 'Tax information',
    vatId: 'VAT identification number according to § 27a of the German VAT Act (UStG)',
    economicId: 'Business identification number according to § 139c of the German Fiscal Code (AO)',
    authority: 'Supervisory authority',
    profession: 'Professional title and rules',
    title: 'Statutory professional title',
    conferredIn: 'conferred in',
    chamber: 'Competent chamber',
    rules: 'Professional rules',
    responsible: 'Responsible for the content according to § 18(2) MStV (German Interstate Media Treaty)',
    responsibleFor: 'responsible for',
  },
} as const

type Texts = (typeof texts)['de' | 'en']

/**
 * The Impressum as a hast tree, under the law of the operator's country (`legal.country`, else the
 * address's, else Germany): § 5 DDG and § 18 Abs. 2 MStV; in Austria § 5 ECG, § 14 UGB and § 25
 * MedienG; in Switzerland Art. 3 Abs. 1 lit. s UWG. Only what applies is printed.
 */
export function renderImpressum(config: LegalConfig, lang: 'de' | 'en'): Root {
  const jurisdiction = jurisdictionOf(config)
  if (jurisdiction.country === 'AT') return localiseLegalTree(renderAustrianImpressum(config, lang), jurisdiction, lang)
  if (jurisdiction.country === 'CH') return localiseLegalTree(renderSwissImpressum(config, lang), jurisdiction, lang)
  return renderGermanImpressum(config, lang)
}

function renderGermanImpressum(config: LegalConfig, lang: 'de' | 'en'): Root {
  const t = texts[lang]
  const children: Element[] = [providerSection(config, t, lang), contactSection(config, t)]
  if (config.register) {
    children.push(section('register', t.register, [h('p', joinLines([`${t.court}: ${config.register.court}`, `${t.number}: ${config.register.number}`]))]))
  }
  const taxLines = [config.vatId && `${t.vatId}: ${config.vatId}`, config.economicId && `${t.economicId}: ${config.economicId}`].filter(isText)
  if (taxLines.length > 0) children.push(section('tax', t.tax, [h('p', joinLines(taxLines))]))
  const authority = authoritySection(config.supervisoryAuthority, t.authority)
  if (authority) children.push(authority)
  // § 5 Abs. 1 Nr. 5 DDG; lit. c: every set of rules, each with where it can be read.
  const profession = professionSection(config.profession, t)
  if (profession) children.push(profession)
  const responsible = config.responsibleForContent
  if (config.editorial && responsible) {
    const people = responsible.map((person) =>
      h('p', joinLines([person.part ? `${person.name} (${t.responsibleFor} ${person.part})` : person.name, ...(person.address ? addressLines(person.address, lang) : [])])),
    )
    children.push(section('responsible-for-content', t.responsible, people))
  }
  if (config.updated) children.push(legalNote({ ...config, updated: config.updated }, lang))
  return { type: 'root', children }
}

// § 5 Abs. 1 Nr. 1 DDG: name, address of establishment, legal form, representatives, capital if
// mentioned; Nr. 7: a company in Abwicklung or Liquidation says so.
function providerSection(config: LegalConfig, t: Texts, lang: 'de' | 'en'): Element {
  const operator = config.operator
  const lines: ElementContent[] = joinLines([operator?.name ?? '', ...(operator?.address ? addressLines(operator.address, lang) : [])])
  const children: ElementContent[] = [h('p', lines)]
  const wording = legalFormWording(operator?.legalForm)
  if (operator?.legalForm && !operator.name?.includes(operator.legalForm)) children.push(h('p', `${t.legalForm}: ${operator.legalForm}`))
  if (operator?.kind === 'entity' && operator.representatives.length > 0) children.push(h('p', `${wording.representatives[lang]}: ${operator.representatives.join(', ')}`))
  const capital = config.capital
  if (capital) {
    const paidIn = capital.fullyPaidIn ? ` (${t.fullyPaidIn})` : capital.outstanding ? `; ${t.outstanding}: ${capital.outstanding}` : ''
    children.push(h('p', `${wording.capital[lang]}: ${capital.amount}${paidIn}`))
  }
  if (config.inLiquidation) children.push(h('p', h('strong', wording.windingUp[lang])))
  return section('provider', t.provider, children)
}

function isText(value: string | undefined): value is string {
  return typeof value === 'string' && value.length > 0
}
