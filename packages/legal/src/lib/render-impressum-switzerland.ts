import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import type { LegalConfig } from './legal-config-schema.js'
import { addressLines, joinLines, section } from './hast-helpers.js'
import { authoritySection, contactLabels, contactSection, professionSection } from './impressum-parts.js'
import { legalNote } from './legal-note.js'

// The Impressum of an operator established in Switzerland: Art. 3 Abs. 1 lit. s Ziff. 1 UWG asks
// for clear and complete information on identity and contact address including e-mail; a
// registered company adds its UID (CHE-…) and Handelsregister entry. Swiss German has no "ß":
// localiseLegalTree writes "ss". Sources in jurisdictions.ts.
// French and Italian (Switzerland's other official languages) use the federal terms: LCD art. 3
// al. 1 let. s / LCSl art. 3 cpv. 1 lett. s (https://www.fedlex.admin.ch/eli/cc/1988/223_223_223/fr
// and /it; https://www.e-commerce-guide.admin.ch/ecommerce/fr/home/kauf/identitaet.html,
// https://www.seco.admin.ch/seco/it/home/Werbe_Geschaeftsmethoden/Unlauterer_Wettbewerb/Onlinehandel.html);
// IDE / IDI for the UID and the suffix TVA / IVA for the VAT number (Art. 3 and 5 UIDG, BFS).

const texts = {
  de: {
    provider: 'Angaben gemäss Art. 3 Abs. 1 lit. s UWG',
    legalForm: 'Rechtsform',
    representatives: 'Vertretungsberechtigte Personen',
    liquidation: 'Die Gesellschaft befindet sich in Liquidation.',
    capital: { share: 'Aktienkapital', company: 'Stammkapital', other: 'Kapital' },
    fullyPaidIn: 'voll liberiert',
    ...contactLabels.de,
    register: 'Handelsregister und UID',
    uid: 'Unternehmens-Identifikationsnummer (UID)',
    vat: 'MWST-Nummer',
    vatSuffix: 'MWST',
    office: 'Handelsregisteramt',
    number: 'Firmennummer',
    authority: 'Aufsichtsbehörde',
    profession: 'Berufsbezeichnung und berufsrechtliche Regeln',
    title: 'Berufsbezeichnung',
    conferredIn: 'verliehen in',
    chamber: 'Berufsverband',
    rules: 'Berufsrechtliche Regeln',
  },
  en: {
    provider: 'Information according to Art. 3(1)(s) of the Swiss Unfair Competition Act (UWG)',
    legalForm: 'Legal form',
    representatives: 'Authorised signatories',
    liquidation: 'The company is in liquidation.',
    capital: { share: 'Share capital (Aktienkapital)', company: 'Capital (Stammkapital)', other: 'Capital' },
    fullyPaidIn: 'fully paid in',
    ...contactLabels.en,
    register: 'Commercial register and UID',
    uid: 'Business identification number (UID)',
    vat: 'VAT number (MWST)',
    vatSuffix: 'MWST',
    office: 'Commercial register office',
    number: 'Register number',
    authority: 'Supervisory authority',
    profession: 'Professional title and rules',
    title: 'Professional title',
    conferredIn: 'conferred in',
    chamber: 'Professional body',
    rules: 'Professional rules',
  },
  fr: {
    provider: 'Informations selon l’art. 3, al. 1, let. s, LCD',
    legalForm: 'Forme juridique',
    representatives: 'Personnes habilitées à représenter la société',
    liquidation: 'La société est en liquidation.',
    capital: { share: 'Capital-actions', company: 'Capital social', other: 'Capital' },
    fullyPaidIn: 'entièrement libéré',
    ...contactLabels.fr,
    register: 'Registre du commerce et IDE',
    uid: 'Numéro d’identification des entreprises (IDE)',
    vat: 'Numéro TVA',
    vatSuffix: 'TVA',
    office: 'Office du registre du commerce',
    number: 'Numéro au registre du commerce',
    authority: 'Autorité de surveillance',
    profession: 'Titre professionnel et règles professionnelles',
    title: 'Titre professionnel',
    conferredIn: 'conféré en',
    chamber: 'Association professionnelle',
    rules: 'Règles professionnelles',
  },
  it: {
    provider: 'Indicazioni secondo l’art. 3 cpv. 1 lett. s LCSl',
    legalForm: 'Forma giuridica',
    representatives: 'Persone autorizzate a rappresentare la società',
    liquidation: 'La società è in liquidazione.',
    capital: { share: 'Capitale azionario', company: 'Capitale sociale', other: 'Capitale' },
    fullyPaidIn: 'interamente liberato',
    ...contactLabels.it,
    register: 'Registro di commercio e IDI',
    uid: 'Numero d’identificazione delle imprese (IDI)',
    vat: 'Numero IVA',
    vatSuffix: 'IVA',
    office: 'Ufficio del registro di commercio',
    number: 'Numero di registro di commercio',
    authority: 'Autorità di vigilanza',
    profession: 'Titolo professionale e regole professionali',
    title: 'Titolo professionale',
    conferredIn: 'conferito in',
    chamber: 'Associazione professionale',
    rules: 'Regole professionali',
  },
} as const

/** The languages of the Swiss Impressum: German and English as for every country, French and Italian for Switzerland. */
export type SwissLanguage = keyof typeof texts

/** The Swiss Impressum as a hast tree. */
export function renderSwissImpressum(config: LegalConfig, lang: SwissLanguage): Root {
  const t = texts[lang]
  const operator = config.operator
  const provider: ElementContent[] = [h('p', joinLines([operator?.name ?? '', ...(operator?.address ? addressLines(operator.address, lang) : [])]))]
  if (operator?.kind === 'entity' && operator.legalForm && !operator.name?.includes(operator.legalForm)) provider.push(h('p', `${t.legalForm}: ${operator.legalForm}`))
  if (operator?.kind === 'entity' && operator.representatives.length > 0) provider.push(h('p', `${t.representatives}: ${operator.representatives.join(', ')}`))
  if (config.capital) {
    // An AG has Aktienkapital (Art. 621 OR), a GmbH Stammkapital (Art. 773 OR).
    const form = operator?.legalForm ?? ''
    const label = /\b(?:AG|SA)\b|Aktiengesellschaft|société anonyme|società anonima/i.test(form) ? t.capital.share : /GmbH|Sàrl|Sagl|Gesellschaft mit beschränkter Haftung|société à responsabilité limitée|società a garanzia limitata/i.test(form) ? t.capital.company : t.capital.other
    provider.push(h('p', `${label}: ${config.capital.amount}${config.capital.fullyPaidIn ? ` (${t.fullyPaidIn})` : ''}`))
  }
  if (config.inLiquidation) provider.push(h('p', h('strong', t.liquidation)))
  const children: Element[] = [section('provider', t.provider, provider), contactSection(config, t)]
  const registerLines = [
    config.uid && `${t.uid}: ${config.uid}`,
    config.uid && config.vatRegistered && `${t.vat}: ${config.uid} ${t.vatSuffix}`,
    config.register && `${t.office}: ${config.register.court}`,
    config.register && `${t.number}: ${config.register.number}`,
  ].filter((line): line is string => Boolean(line))
  if (registerLines.length > 0) children.push(section('register', t.register, [h('p', joinLines(registerLines))]))
  const authority = authoritySection(config.supervisoryAuthority, t.authority)
  if (authority) children.push(authority)
  const profession = professionSection(config.profession, t)
  if (profession) children.push(profession)
  if (config.updated) children.push(legalNote({ ...config, updated: config.updated }, lang))
  return { type: 'root', children }
}
