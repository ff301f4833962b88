import { defineDiagnostic } from '@nichepress/core'

/** `nichepress links --page` named a file that is no content page of the site. */
export const linksPageUnknown = defineDiagnostic({
  id: 'links-page-unknown',
  severity: 'error',
  source: 'links',
  message: (page: string) => `${page} is not a content page of this site, so it has no link suggestions.`,
  hint: 'Pass the Markdown file relative to the site root, e.g. `--page content/posts/my-post.md`; drafts need `--drafts`.',
})
