import { defineDiagnostic } from '@nichepress/core'

/** A page's `faq`, `review` or `products` front matter does not have the expected shape. */
export const seoFrontMatterInvalid = defineDiagnostic({
  id: 'seo-front-matter-invalid',
  severity: 'error',
  source: 'seo',
  message: (path: string, problem: string) => `The front matter field \`${path}\` is invalid: ${problem}.`,
  hint: 'Write `faq:` as a list of { question, answer }, `review:` as { name, rating, … } and `products:` as a list of { name, … } (see https://nichepress.dev/seo/).',
})
