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
