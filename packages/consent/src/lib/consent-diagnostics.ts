import { defineDiagnostic } from '@nichepress/core'

/** Something that contacts a host no registry entry, `consent.custom` entry or `consent.allow` entry covers. */
export const consentUnknownThirdParty = defineDiagnostic({
  id: 'consent-unknown-third-party',
  severity: 'error',
  source: 'consent',
  message: (host: string, tag: string, via?: string) =>
    `unknown third party: ${host} (<${tag}>${via ? `, ${via}` : ''}) would be contacted without consent and is named in no privacy policy; it is kept from loading until it is declared.`,
  hint: 'Add the service to `consent.custom` (id, name, category, provider, hosts, cookies) so it is blocked until consent and named in the privacy policy; for a host that may load without consent (your own CDN, a plain image host) add `consent.allow: [{ host, reason }]`; or self-host the file.',
})

/**
 * With `consent.enabled: false`, something in the output contacts a third party that would have to wait
 * for consent (a service that needs it, or a host nothing declares): nothing can ask the visitor first.
 */
export const consentOffThirdParty = defineDiagnostic({
  id: 'consent-off-third-party',
  severity: 'error',
  source: 'consent',
  message: (host: string, tag: string, via?: string, service?: string) =>
    `${host}${service ? ` (${service})` : ''} would be contacted as the page loads (<${tag}>${via ? `, ${via}` : ''}), and \`consent.enabled\` is false: no banner asks the visitor first.`,
  hint: 'Self-host the file (fonts, images, stylesheets: serve them from your own site); or remove `consent: { enabled: false }`, so nichepress blocks it until the visitor agrees and names it in the banner, the cookie page and the privacy policy; or, for a host that stores and reads nothing on the device (your own CDN), declare it in `consent.allow: [{ host, reason, kinds }]`: it then loads without consent and is named in the privacy policy.',
})

/** An `on…=` event-handler attribute in a post or page (content cannot add script to the CSP). */
export const consentContentEventHandler = defineDiagnostic({
  id: 'consent-content-event-handler',
  severity: 'error',
  source: 'consent',
  message: (attribute: string, tag: string) => `event-handler attribute ${attribute}= on <${tag}> in content: it would run script the site's Content-Security-Policy must then allow on every page.`,
  hint: 'Remove the attribute. Behaviour belongs in the theme (a script file), not in a post.',
})

/** An inline script in a post or page that is no recognised, consent-gated service. */
export const consentContentInlineScript = defineDiagnostic({
  id: 'consent-content-inline-script',
  severity: 'error',
  source: 'consent',
  message: () => 'inline <script> in content that belongs to no known service: it would run before consent and widen the site-wide Content-Security-Policy.',
  hint: 'Remove it, describe its service in `consent.custom` (with `inlineMarkers` or its hosts) so it waits for consent, move it into the theme, or set `consent.allowContentScripts: true` if every author of this site is trusted.',
})

/** Pages in a language the consent texts do not exist in: the banner, dialog and placeholders fall back. */
export const consentTextLanguage = defineDiagnostic({
  id: 'consent-text-language',
  severity: 'warning',
  source: 'consent',
  message: (lang: string, fallback: string, key: string) =>
    `Pages in "${lang}" show the consent banner, dialog, placeholders and settings link, but nichepress has no consent texts in that language: they are shown in "${fallback}" (marked lang="${fallback}"). Write them with \`${key}\`.`,
  hint: 'Add every key of the consent texts in that language under `consent.texts.<code>` (the build lists the missing keys), keyed by the part of `lang` before any "-"; built in are de, en, es, fr, it, nl, pl and pt. If the page\'s `lang` is wrong, correct it instead.',
})
