import { defineDiagnostic } from '@nichepress/core'

/** A script, iframe or pixel from a host no registry entry covers. */
export const consentUnknownThirdParty = defineDiagnostic({
  id: 'consent-unknown-third-party',
  severity: 'error',
  source: 'consent',
  message: (host: string, tag: string) => `unknown third party: ${host} (<${tag}>) — add it to the registry or config.`,
  hint: 'Describe the service in `consent.custom` (id, name, category, provider, hosts, cookies) so it is blocked until consent, remove the embed, or set `consent.unknownThirdParty: "warn"`.',
})
