// Which law asks a page to link the provider's information and the privacy policy, by the site's
// country of establishment, and the words that page goes by there. A finding cites the site's own
// law: an Austrian or Swiss site told "§ 5 DDG" would look up a German statute that does not bind it.
// Sources, read 2026-12-03:
// - DE: § 5 Abs. 1 DDG ("leicht erkennbar, unmittelbar erreichbar und ständig verfügbar"), § 18 MStV.
// - AT: § 5 Abs. 1 ECG ("leicht und unmittelbar zugänglich", ständig) https://jusline.at/gesetz/ecg/paragraf/5 ;
//   § 25 Abs. 1 MedienG (the Offenlegung "ständig leicht und unmittelbar auffindbar")
//   https://www.ris.bka.gv.at/Dokumente/Bundesnormen/NOR40104328/NOR40104328.html
// - CH: Art. 3 Abs. 1 lit. s Ziff. 1 UWG (LCD art. 3 al. 1 let. s ch. 1, LCSl art. 3 cpv. 1 lett. s n. 1)
//   https://www.fedlex.admin.ch/eli/cc/1988/223_223_223/de ; Art. 19 DSG (LPD/LPD art. 19)
//   https://www.fedlex.admin.ch/eli/cc/2022/491/de

/** A country whose law the legal-link check cites. */
export type LegalLinkCountry = 'DE' | 'AT' | 'CH'

/** What one country's law says about the legal links, for the findings. */
interface LegalLinkLaw {
  /** The page, in the country's words, for "links to no …" and "links to …". */
  impressum: string
  /** Why the Impressum must be one click away from every page. */
  impressumLaw: string
  /** The privacy policy, in the country's words. */
  privacy: string
  /** Why the privacy policy must be one click away from every page. */
  privacyLaw: string
  /** The pages checked, for the site-wide finding ("No German-language page …"). */
  pagesChecked: string
}

const laws = {
  DE: {
    impressum: 'an Impressum',
    impressumLaw: '§ 5 DDG (and § 18 MStV for journalistic-editorial content) requires one, reachable from every page.',
    privacy: 'a privacy policy (Datenschutzerklärung)',
    privacyLaw: 'Art. 13 GDPR requires the information when data is collected, and every visit is (the server logs it): a privacy policy reachable from every page.',
    pagesChecked: 'German-language page of this site',
  },
  AT: {
    impressum: 'an Impressum with the Offenlegung',
    impressumLaw:
      'In Austria § 5 Abs. 1 ECG requires the provider information to be easily, directly and permanently accessible, and § 25 Abs. 1 MedienG the Offenlegung to be permanently easy and directly findable on the website: one link from every page, usually "Impressum" or "Impressum/Offenlegung".',
    privacy: 'a privacy policy (Datenschutzerklärung)',
    privacyLaw: 'Art. 13 GDPR (with the Austrian DSG) requires the information when data is collected, and every visit is (the server logs it): a privacy policy reachable from every page.',
    pagesChecked: 'page of this Austrian site',
  },
  CH: {
    impressum: 'an Impressum (Mentions légales, Note legali)',
    impressumLaw:
      'In Switzerland Art. 3 Abs. 1 lit. s UWG (LCD art. 3 al. 1 let. s, LCSl art. 3 cpv. 1 lett. s) requires clear and complete information on identity and contact address, including e-mail, from anyone offering goods, works or services online: one link from every page.',
    privacy: 'a privacy policy (Datenschutzerklärung, Déclaration de protection des données, Informativa sulla protezione dei dati)',
    privacyLaw: 'Art. 19 DSG (LPD) requires the information when data is collected, and every visit is (the server logs it), with Art. 13 GDPR where it applies: a privacy policy reachable from every page.',
    pagesChecked: 'page of this Swiss site',
  },
} as const satisfies Record<LegalLinkCountry, LegalLinkLaw>

// A link counts when its address or text names the page in one of the words it goes by: German
// (Impressum, Offenlegung), French and Italian (Switzerland's other official languages) and English.
const impressumWords = /impressum|offenlegung|mentions[\s_-]*l[ée]gales|note[\s_-]*legali|legal[\s_-]*notice/i
const privacyWords = /datenschutz|privacy|privatsph[äa]re|protection[\s_-]*des[\s_-]*donn[ée]es|confidentialit[ée]|protezione[\s_-]*dei[\s_-]*dati/i

/** True when a link (its address and text) leads to the provider's information. */
export function isImpressumLink(text: string): boolean {
  return impressumWords.test(text)
}

/** True when a link (its address and text) leads to a privacy policy. */
export function isPrivacyLink(text: string): boolean {
  return privacyWords.test(text)
}

/**
 * The country a page's language points to, for a site whose country is not known: `de-AT` Austria,
 * any `-CH` Switzerland (German, French, Italian or Romansh), any other German page Germany; else
 * undefined, and the page's legal links are not checked by its language.
 */
export function legalLinkCountryOfLanguage(lang: string): LegalLinkCountry | undefined {
  const [language = '', region = ''] = lang.toLowerCase().split(/[-_]/)
  if (region === 'at' && language === 'de') return 'AT'
  if (region === 'ch') return 'CH'
  return language === 'de' ? 'DE' : undefined
}

/** The country of establishment in a nichepress site's `legal` section (`country`, else the operator's address), when its law is one the check cites. */
export function legalLinkCountryOfConfig(legal: unknown): LegalLinkCountry | undefined {
  const section = (legal ?? {}) as { enabled?: boolean; country?: string; operator?: { address?: { country?: string } } }
  if (section.enabled === false) return undefined
  const country = section.country ?? section.operator?.address?.country
  return country === 'DE' || country === 'AT' || country === 'CH' ? country : undefined
}

/** The page-level finding's reason. Germany's wording is unchanged since the rule began. */
export function pageReason(kind: 'impressum' | 'privacy', country: LegalLinkCountry): string {
  const law = laws[country]
  const what = (kind === 'impressum' ? law.impressum : law.privacy).replace(/^an? /, '')
  // Germany's (and Austria's privacy) reasons name no law: the rule's description does.
  if (country === 'DE' || (country === 'AT' && kind === 'privacy')) return `The page links to no ${what}.`
  return `The page links to no ${what}. ${kind === 'impressum' ? law.impressumLaw : law.privacyLaw}`
}

/** The site-wide finding's reason: no checked page links the page, so the site has none to reach. */
export function siteWideReason(kind: 'impressum' | 'privacy', country: LegalLinkCountry, pages: readonly string[]): string {
  const law = laws[country]
  const listed = pages.slice(0, 5).join(', ') + (pages.length > 5 ? ` and ${pages.length - 5} more` : '')
  const what = kind === 'impressum' ? law.impressum : law.privacy
  const why = kind === 'impressum' ? law.impressumLaw : law.privacyLaw
  return `No ${law.pagesChecked} links to ${what} (${pages.length} pages: ${listed}), so the site has none a visitor can reach. ${why}`
}
