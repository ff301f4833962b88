import { defineDiagnostic } from '@nichepress/core'

// The legal plugin's catalogued diagnostics. Ids are permanent: deprecate, never rename or delete.
// Each has a page docs/errors/<id>.md.

/** A field the law requires for this site is missing from `legal`. */
export const legalFieldMissing = defineDiagnostic({
  id: 'legal-field-missing',
  severity: 'error',
  source: 'nichepress:legal',
  message: (path: string, what: string, paragraphs: string) => `${paragraphs} requires ${what} (\`${path}\`).`,
  hint: 'Add the field to the `legal` section of nichepress.config (see https://nichepress.dev/legal/), or set `legal.enabled: false` if the site publishes its legal pages another way.',
})

/** `legal.updated` is missing: the legal pages must show when their facts were last checked. */
export const legalUpdatedMissing = defineDiagnostic({
  id: 'legal-updated-missing',
  severity: 'error',
  source: 'nichepress:legal',
  message: () =>
    'Every legal page states the date its facts were last checked (`legal.updated`), and nichepress never uses the build clock for it.',
  hint: "Add `updated: 'YYYY-MM-DD'` to the `legal` section, the day you last checked the legal facts, and change it whenever you change them.",
})

/** A field is given but its value breaks the law it serves (a responsible person abroad…). */
export const legalFieldInvalid = defineDiagnostic({
  id: 'legal-field-invalid',
  severity: 'error',
  source: 'nichepress:legal',
  message: (path: string, problem: string, paragraph: string) => `${paragraph}: ${problem} (\`${path}\`).`,
  hint: 'Correct the field in the `legal` section of nichepress.config (see https://nichepress.dev/legal/).',
})

/** The operator's name carries a legal form, but `legal.operator.kind` says it is a natural person. */
export const legalOperatorKind = defineDiagnostic({
  id: 'legal-operator-kind',
  severity: 'error',
  source: 'nichepress:legal',
  message: (name: string, form: string, duties: string) => `\`legal.operator.name\` "${name}" names the legal form ${form}, so the operator is a company, not a natural person: ${duties}`,
  hint: "Set `operator: { kind: 'entity', legalForm: '…', representatives: ['…'] }` and `register: { court, number }` (and `vatId` if the company has one) in the `legal` section.",
})

/** The operator is established in a country whose law nichepress's legal pages do not follow. */
export const legalJurisdictionUnsupported = defineDiagnostic({
  id: 'legal-jurisdiction-unsupported',
  severity: 'error',
  source: 'nichepress:legal',
  message: (country: string, law: string) =>
    `The operator is established in ${country}, where ${law} applies. nichepress's legal pages follow the law of Germany (DDG, MStV, TDDDG, GDPR), Austria (ECG, UGB, MedienG, TKG 2021, GDPR and DSG) or Switzerland (UWG, DSG, FMG) for an operator established there, so they would cite the wrong law and the wrong supervisory authority.`,
  hint: 'Publish legal pages written for your country and set `legal.enabled: false`, or, if the operator is in fact established in Germany, Austria or Switzerland, set `legal.country` ("DE", "AT" or "CH") and give the address there.',
})

/** `legal.updated` lies in the future: the pages would claim a check that has not happened. */
export const legalUpdatedFuture = defineDiagnostic({
  id: 'legal-updated-future',
  severity: 'warning',
  source: 'nichepress:legal',
  message: (updated: string, today: string) => `\`legal.updated\` is ${updated}, after today (${today}): the legal pages would claim a check that has not happened yet.`,
  hint: 'Set `legal.updated` to the day you last checked the legal facts.',
})

/** An Austrian site with a newsletter sign-up: each issue is a periodic medium with its own Impressum. */
export const legalNewsletterImpressum = defineDiagnostic({
  id: 'legal-newsletter-impressum',
  severity: 'warning',
  source: 'nichepress:legal',
  message: (services: string) =>
    `The site signs visitors up for a newsletter (${services}). Sent at least four times a year it is a wiederkehrendes elektronisches Medium: every issue must carry the Impressum of § 24 Abs. 3 MedienG (name or Firma and address of the Medieninhaber and the Herausgeber) and the Offenlegung of § 25 MedienG or the web address where it is (§ 25 Abs. 1). nichepress writes the website's pages, not the newsletter.`,
  hint: 'Put the Impressum and a link to the Impressum page (with its Offenlegung) into the footer template of the newsletter in your newsletter service.',
})

/** An Austrian operator's German site declares a language without Austria's region: its dates say "Januar". */
export const legalLanguageRegion = defineDiagnostic({
  id: 'legal-language-region',
  severity: 'warning',
  source: 'nichepress:legal',
  message: (language: string) =>
    `The operator is established in Austria, but the site's \`language\` is "${language}": its pages declare German as written in Germany and their dates say "Januar", where Austrian German writes "Jänner". Only the legal pages, which nichepress writes in Austrian German, say "de-AT" and "Jänner".`,
  hint: "Set `language: 'de-AT'` in nichepress.config, so every page declares Austrian German and its dates say \"Jänner\"; keep the language if the site is written for readers in Germany.",
})

/** A Swiss site in French or Italian: nichepress has no privacy policy or cookie page in that language. */
export const legalLanguageMissing = defineDiagnostic({
  id: 'legal-language-missing',
  severity: 'warning',
  source: 'nichepress:legal',
  message: (language: string, languageName: string, impressumTitle: string, impressumUrl: string, englishPages: string, law: string) =>
    `The site's \`language\` is "${language}". nichepress wrote the Swiss Impressum in ${languageName} ("${impressumTitle}", ${impressumUrl}), but it has no ${languageName} privacy policy or cookie page under the Swiss data protection act yet: ${englishPages} are in English. ${law} asks for appropriate information of your visitors, and English may not be appropriate for an audience that reads ${languageName}.`,
  hint: "Translate the privacy policy and the cookie page into the site's language and publish them yourself (keep nichepress's English pages as the source, or set `legal.enabled: false` and publish all legal pages yourself), or choose the language of every legal page with `textLanguage: 'de'` (Swiss German) or `textLanguage: 'en'`, which also silences this warning.",
})
