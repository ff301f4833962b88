import type { Element, Root } from 'hast'
import { h } from 'hastscript'
import type { LegalConfig } from './legal-config-schema.js'
import { legalNote } from './legal-note.js'
import type { PolicyInputs } from './policy-inputs.js'
import { consentManagerSection, contactSection, controllerSection, dataProtectionOfficerSection, hostingSection } from './privacy-own-sections.js'
import { newsletterSection } from './privacy-newsletter-section.js'
import { objectionSection, rightsSection, withdrawalSection } from './privacy-rights-sections.js'
import { affiliateSection, allowedHostsSection, serviceSection } from './privacy-third-party-sections.js'
import { resolveHosting } from './resolve-hosting.js'
import { jurisdictionOf } from './jurisdiction-of.js'
import { localiseLegalTree } from './localise-legal-tree.js'
import { applicableLawSection } from './privacy-applicable-law-section.js'

/**
 * The privacy policy (Art. 13 GDPR; in Austria with the DSG and § 165 TKG 2021, in Switzerland
 * Art. 19 DSG with the GDPR where it applies) as a hast tree: the operator's own processing, one
 * section per service and affiliate network in `inputs`, the data subject's rights and a table of contents.
 */
export function renderPrivacyPolicy(config: LegalConfig, inputs: PolicyInputs, lang: 'de' | 'en'): Root {
  const jurisdiction = jurisdictionOf(config)
  const sections: Element[] = [controllerSection(config, lang)]
  if (jurisdiction.country === 'CH') sections.push(applicableLawSection(lang))
  if (config.dataProtectionOfficer) sections.push(dataProtectionOfficerSection(config.dataProtectionOfficer, lang))
  const hosting = resolveHosting(config.hosting)
  if (hosting) sections.push(hostingSection(hosting, lang, jurisdiction))
  sections.push(contactSection(lang), consentManagerSection(inputs.consentStorage, lang, jurisdiction))
  for (const service of inputs.services) sections.push(serviceSection(service, lang, jurisdiction))
  const newsletter = newsletterSection(inputs.services, lang)
  if (newsletter) sections.push(newsletter)
  for (const network of inputs.networks) sections.push(affiliateSection(network, lang, jurisdiction))
  if (inputs.allowedHosts && inputs.allowedHosts.length > 0) sections.push(allowedHostsSection(inputs.allowedHosts, lang, jurisdiction))
  sections.push(withdrawalSection(lang), objectionSection(lang, jurisdiction), rightsSection(lang, jurisdiction))
  const children: Element[] = [tableOfContents(sections, lang), ...sections]
  if (config.updated) children.push(legalNote({ ...config, updated: config.updated }, lang))
  return localiseLegalTree({ type: 'root', children }, jurisdiction, lang)
}

function tableOfContents(sections: readonly Element[], lang: 'de' | 'en'): Element {
  const label = lang === 'de' ? 'Inhalt' : 'Contents'
  const items = sections.map((element) => {
    const id = String(element.properties.id)
    return h('li', [h('a', { href: `#${id}` }, headingText(element))])
  })
  return h('nav', { className: ['np-legal-toc'], ariaLabel: label }, [h('p', { className: ['np-legal-toc-title'] }, label), h('ol', items)])
}

function headingText(element: Element): string {
  const heading = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'h2')
  const text = heading?.children[0]
  return text?.type === 'text' ? text.value : ''
}
