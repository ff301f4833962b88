// The law each supported country of establishment brings to the legal pages, as data: the Impressum
// renderer, the validator and the privacy texts read the entry, and no other code names a country's
// law. A template filled from config, not legal advice. Sources, read 2026-12-03:
// - DE: § 5 DDG, § 18 MStV, § 25 TDDDG (gesetze-im-internet.de).
// - AT: § 5 ECG https://jusline.at/gesetz/ecg/paragraf/5 ; § 14 UGB
//   https://www.usp.gv.at/laufender-betrieb/firmenbuch/geschaeftspapiere-und-bestellscheine.html ;
//   § 25 MedienG https://www.ris.bka.gv.at/Dokumente/Bundesnormen/NOR40104328/NOR40104328.html and
//   WKO https://wko.at/service/wirtschaftsrecht-gewerberecht/Informationspflichten_nach_dem_Mediengesetz_fuer_Websites.html ;
//   § 165 Abs. 3 TKG 2021; Datenschutzbehörde https://www.data-protection-authority.gv.at/siteinfo/Privacy-policy.html
// - CH: Art. 3 Abs. 1 lit. s UWG https://digilaw.ch/07-04-02-information-im-e-commerce (e-mail
//   mandatory, a contact form is not enough: HGer ZH HG170140, https://www.mme.ch/de/magazin/zwingende_angabe_einer_e_mailadresse_im_elektronischen_geschaeftsverkehr/) ;
//   DSG (SR 235.1, in force 1.9.2023) Art. 16, 17, 19, 25, 28, 32, 49; Art. 45c FMG
//   https://www.hostpoint.ch/blog/das-neue-dsg-und-der-cookie-banner-wirrwarr-was-gilt-denn-nun-eigentlich/ ;
//   EDÖB https://www.edoeb.admin.ch/edoeb/de/home/der-edoeb/auftrag.html
//   Swiss-U.S. Data Privacy Framework: the Federal Council's decision of 14 August 2024 puts the US on
//   the list of Anhang 1 DSV (SR 235.11, https://www.fedlex.admin.ch/eli/cc/2022/568/de) for companies
//   certified under it, in force 15 September 2024 (media release
//   https://www.admin.ch/gov/de/start/dokumentation/medienmitteilungen.msg-id-102054.html ; the
//   cantonal authority of Fribourg on the same, https://fr.ch/de/oedsmb/news/zertifizierte-us-unternehmen-mit-angemessenem-datenschutzniveau-begrenzte-auswirkungen-auf-auslagerungsmassnahmen ;
//   list of certified companies https://www.dataprivacyframework.gov/list). Certification for
//   Switzerland is separate from the EU-US one, so the text says "where the provider is certified".

/** A text in both page languages. */
export interface Wording {
  de: string
  en: string
}

/** What one country's law puts on the legal pages. */
export interface Jurisdiction {
  /** ISO 3166-1 alpha-2 code of the country of establishment. */
  country: 'DE' | 'AT' | 'CH'
  /** The article naming the controller's identity in the privacy information. */
  controllerParagraph: string
  /** Storing and reading on the visitor's device with consent. */
  deviceConsent: Wording
  /** Storing what is strictly necessary for the service the visitor asked for, without consent. */
  deviceNecessary: Wording
  /** Loading content without storing anything on the device. */
  deviceNothingStored: Wording
  /**
   * Why a measurement the site runs without consent (`withoutConsent`) needs none, as the clause after
   * "Wir holen dafür keine Einwilligung ein, …": the strict-necessity exemption where the law asks for
   * consent (DE, AT), the duty to inform and the right to refuse where it does not (CH, Art. 45c lit. b FMG).
   */
  measurementWithoutConsent: Wording
  /** The supervisory authority for the complaint, where one authority is competent for the whole country. */
  authority?: { name: Wording; address: string; url: string; basis: Wording }
  /** Swiss Standard German writes "ss", never "ß". */
  hasSharpS: boolean
  /** Outside the EEA: the transfer line for a recipient in the operator's own country (no disclosure abroad). */
  domesticRecipient?: Wording
  /**
   * The BCP 47 tag of the pages in German: the country's written German. `de-AT` makes core's dates
   * say "Jänner"; Germany's pages keep the plain `de` they always had.
   */
  germanTag: 'de' | 'de-AT' | 'de-CH'
  /**
   * The operator's own law for a US recipient that relies on the Data Privacy Framework, put before
   * the registry's EU basis (which is the GDPR's); undefined where the EU basis is the operator's own.
   */
  usAdequacy?: { own: Wording; gdpr: Wording }
  /**
   * The operator's own law for a transfer on the European Commission's standard contractual clauses,
   * put before the registry's EU basis; undefined where the GDPR is the operator's own law.
   */
  sccRecognition?: Wording
}

/** Germany: the pages nichepress has always made. */
export const germany = {
  country: 'DE',
  controllerParagraph: 'Art. 13(1)(a) GDPR',
  deviceConsent: { de: '§ 25 Abs. 1 TDDDG', en: '§ 25(1) TDDDG' },
  deviceNecessary: { de: '§ 25 Abs. 2 Nr. 2 TDDDG', en: '§ 25(2) No. 2 TDDDG' },
  deviceNothingStored: { de: '§ 25 Abs. 2 TDDDG', en: '§ 25(2) TDDDG' },
  measurementWithoutConsent: {
    de: 'weil wir diese Messung für unbedingt erforderlich halten (§ 25 Abs. 2 Nr. 2 TDDDG)',
    en: 'because we consider this measurement strictly necessary (§ 25(2) No. 2 TDDDG)',
  },
  hasSharpS: true,
  germanTag: 'de',
} as const satisfies Jurisdiction

/** Austria: GDPR with the DSG, the TKG 2021 for the device, the Datenschutzbehörde. */
export const austria = {
  country: 'AT',
  controllerParagraph: 'Art. 13(1)(a) GDPR',
  // § 165 Abs. 3 TKG 2021 implements Art. 5(3) ePrivacy Directive: consent, except what is
  // strictly necessary for a service the user explicitly asked for.
  deviceConsent: { de: '§ 165 Abs. 3 TKG 2021', en: '§ 165(3) of the Austrian Telecommunications Act 2021 (TKG 2021)' },
  deviceNecessary: { de: '§ 165 Abs. 3 TKG 2021', en: '§ 165(3) TKG 2021' },
  deviceNothingStored: { de: '§ 165 Abs. 3 TKG 2021', en: '§ 165(3) TKG 2021' },
  measurementWithoutConsent: {
    de: 'weil wir diese Messung für unbedingt erforderlich halten (§ 165 Abs. 3 TKG 2021)',
    en: 'because we consider this measurement strictly necessary (§ 165(3) TKG 2021)',
  },
  authority: {
    name: { de: 'Österreichische Datenschutzbehörde', en: 'Austrian Data Protection Authority (Datenschutzbehörde)' },
    address: 'Barichgasse 40–42, 1030 Wien',
    url: 'https://www.dsb.gv.at/',
    basis: { de: 'Art. 77 DSGVO und § 24 DSG', en: 'Art. 77 GDPR and § 24 of the Austrian Data Protection Act (DSG)' },
  },
  hasSharpS: true,
  germanTag: 'de-AT',
} as const satisfies Jurisdiction

/** Switzerland: the revised DSG, the GDPR where Art. 3(2) GDPR reaches, Art. 45c FMG, the EDÖB. */
export const switzerland = {
  country: 'CH',
  controllerParagraph: 'Art. 19 Abs. 2 lit. a DSG',
  // Art. 45c lit. b FMG: processing data on others' devices only after informing of it and its
  // purpose and of the right to refuse; the consent dialog goes further and asks first.
  deviceConsent: { de: 'Art. 45c lit. b FMG', en: 'Art. 45c(b) of the Swiss Telecommunications Act (FMG)' },
  deviceNecessary: { de: 'Art. 45c lit. b FMG', en: 'Art. 45c(b) FMG' },
  deviceNothingStored: { de: 'Art. 45c FMG', en: 'Art. 45c FMG' },
  measurementWithoutConsent: {
    de: 'denn Art. 45c lit. b FMG verlangt dafür keine Einwilligung, sondern dass wir Sie wie hier über die Bearbeitung und ihren Zweck informieren und darauf hinweisen, dass Sie sie ablehnen können: etwa indem Sie das Skript in Ihrem Browser blockieren',
    en: 'as Art. 45c(b) FMG requires no consent for it, but that we inform you, as here, of the processing and its purpose and that you can refuse it: for instance by blocking the script in your browser',
  },
  authority: {
    name: { de: 'Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)', en: 'Federal Data Protection and Information Commissioner (FDPIC/EDÖB)' },
    address: 'Feldeggweg 1, 3003 Bern',
    url: 'https://www.edoeb.admin.ch/',
    basis: { de: 'Art. 49 DSG', en: 'Art. 49 DSG' },
  },
  hasSharpS: false,
  domesticRecipient: { de: 'Keine; der Empfänger sitzt in der Schweiz.', en: 'None; the recipient is based in Switzerland.' },
  germanTag: 'de-CH',
  usAdequacy: {
    own: {
      de: 'Swiss-U.S. Data Privacy Framework: Die USA gewährleisten seit 15. September 2024 einen angemessenen Datenschutz für Unternehmen, die danach zertifiziert sind (Art. 16 Abs. 1 DSG, Anhang 1 DSV), soweit der Anbieter auch für die Schweiz zertifiziert ist (Liste: https://www.dataprivacyframework.gov/list)',
      en: 'the Swiss-U.S. Data Privacy Framework: since 15 September 2024 the US provides adequate data protection for companies certified under it (Art. 16(1) DSG, Annex 1 DSV), where the provider is certified for Switzerland as well (list: https://www.dataprivacyframework.gov/list)',
    },
    gdpr: { de: 'soweit die DSGVO anwendbar ist', en: 'where the GDPR applies' },
  },
  // Art. 16 Abs. 2 lit. d DSG (https://www.fedlex.admin.ch/eli/cc/2022/491/de): standard data protection
  // clauses the EDÖB has approved, issued or recognised. The EDÖB recognised the Commission's clauses of
  // 4 June 2021 (Implementing Decision (EU) 2021/914) on 27 August 2021, provided they are adapted to Swiss
  // law (the EDÖB as authority, "Member State" to include Switzerland, the DSG for the GDPR); its notice and
  // working paper as summarised at https://datenrecht.ch/edoeb-neue-scc-anerkannt-bestimmte-lokalisierungen-auf-die-schweiz-notwendig/
  // and https://www.lexology.com/library/detail.aspx?g=5cea5ab9-8128-4a0d-932f-2674fbe05dcf (the EDÖB's own
  // page has no permalink and was not in the corpus).
  sccRecognition: {
    de: 'Standardvertragsklauseln der EU-Kommission (Durchführungsbeschluss (EU) 2021/914), die der EDÖB am 27. August 2021 anerkannt hat, sofern sie an das Schweizer Recht angepasst sind (Art. 16 Abs. 2 lit. d DSG)',
    en: 'the European Commission’s standard contractual clauses (Implementing Decision (EU) 2021/914), which the FDPIC (EDÖB) recognised on 27 August 2021 provided they are adapted to Swiss law (Art. 16(2)(d) DSG)',
  },
} as const satisfies Jurisdiction

const jurisdictions: readonly Jurisdiction[] = [germany, austria, switzerland]

/** The jurisdiction of a country code, or undefined where nichepress's pages do not follow its law. */
export function findJurisdiction(country: string | undefined): Jurisdiction | undefined {
  return jurisdictions.find((entry) => entry.country === country)
}

/** The language tag of a legal page: the country's written German (`de-AT`, `de-CH`) for German pages, else `lang`. */
export function legalPageLanguage(jurisdiction: Jurisdiction, lang: 'de' | 'en'): string {
  return lang === 'de' ? jurisdiction.germanTag : lang
}
