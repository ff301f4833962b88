import type { ReportAction, ReportItem } from './import-result.js'

/** A kind of import decision: permanent id, what was done, and what a human should check. */
export interface ReportRule {
  readonly id: string
  readonly action: ReportAction
  /** True when a human should look at the result. */
  readonly needsReview: boolean
  readonly hint: string
}

/** Every kind of decision the importer reports; each id has a page in docs/errors/. */
export const reportRules = {
  embedConverted: {
    id: 'import-embed-converted',
    action: 'converted',
    needsReview: false,
    hint: 'The embed is now a plain <iframe>; the consent plugin blocks it until the visitor agrees.',
  },
  shortcodeConverted: {
    id: 'import-shortcode-converted',
    action: 'converted',
    needsReview: false,
    hint: 'The shortcode or Liquid tag is now Markdown or HTML with the same meaning.',
  },
  shortcodeKept: {
    id: 'import-shortcode-kept',
    action: 'kept',
    needsReview: true,
    hint: 'nichepress does not run shortcodes or Liquid: replace the text with Markdown or HTML, or delete it.',
  },
  blockDropped: {
    id: 'import-block-dropped',
    action: 'dropped',
    needsReview: true,
    hint: 'WordPress rendered the block from its database (latest posts, search, comments) or from another item the export lacks; the export has no content for it. Link a nichepress page or write the text it showed.',
  },
  shortcodeDropped: {
    id: 'import-shortcode-dropped',
    action: 'dropped',
    needsReview: false,
    hint: 'A cookie plugin\'s shortcode (nichepress\'s consent banner and cookie table replace it) or a Hugo inline shortcode (template code only Hugo ran) was removed.',
  },
  rawHtmlKept: {
    id: 'import-raw-html-kept',
    action: 'kept',
    needsReview: true,
    hint: 'Markdown has no equivalent, so the HTML stays as it was; check that it still looks right.',
  },
  dateFixed: {
    id: 'import-date-invalid',
    action: 'changed',
    needsReview: true,
    hint: 'The date does not exist in the calendar; the import used the last day of that month. Correct it if you know better.',
  },
  dateWithoutZone: {
    id: 'import-date-without-zone',
    action: 'changed',
    needsReview: false,
    hint: 'The date-time had no time zone; the import added the offset of the configured time zone.',
  },
  keyMisspelt: {
    id: 'import-key-misspelt',
    action: 'kept',
    needsReview: true,
    hint: 'The front matter key looks like a misspelt nichepress key; rename it if the suggestion is right.',
  },
  titleMissing: {
    id: 'import-title-missing',
    action: 'changed',
    needsReview: true,
    hint: 'The entry had no title; the import made one from its slug.',
  },
  slugChanged: {
    id: 'import-slug-changed',
    action: 'changed',
    needsReview: true,
    hint: 'Two entries would have had the same URL; this one got a suffix. Its old URL redirects to the new one.',
  },
  linkOutsideImport: {
    id: 'import-link-outside-import',
    action: 'changed',
    needsReview: true,
    hint: 'The link pointed to a page of the old site that was not imported; it now points to the old site by absolute URL.',
  },
  linkBareDomain: {
    id: 'import-link-bare-domain',
    action: 'changed',
    needsReview: true,
    hint: 'The link was a domain without `https://`, which browsers treat as a relative path; the import added `https://`.',
  },
  liquidRun: {
    id: 'import-liquid-run',
    action: 'converted',
    needsReview: false,
    hint: 'A Liquid loop, condition or capture that reads only the site\'s config and data and the page\'s front matter ran at import; what it printed is now text.',
  },
  templateOutputReplaced: {
    id: 'import-template-output',
    action: 'changed',
    needsReview: false,
    hint: 'A template expression like `{{ site.url }}` was replaced by its value.',
  },
  assetMissing: {
    id: 'import-asset-missing',
    action: 'kept',
    needsReview: true,
    hint: 'The referenced file was not found in the source. An image or embedded file stays a path on this site (copy the file into static/); a link to a document points to the old site.',
  },
  fileExists: {
    id: 'import-file-exists',
    action: 'kept',
    needsReview: true,
    hint: 'A file with other contents is already there (edited after an earlier import?); it was left alone. Pass `overwrite` to replace it.',
  },
  entrySkipped: {
    id: 'import-entry-skipped',
    action: 'dropped',
    needsReview: true,
    hint: 'The entry has no nichepress equivalent (a list page, a menu item, a private post) and was not imported.',
  },
  languageGuessed: {
    id: 'import-language-guessed',
    action: 'changed',
    needsReview: true,
    hint: 'The old site\'s config names no language; most of its entries say theirs, so the new config takes that one. Change `language` in the config if the site is in another language.',
  },
  languageUnknown: {
    id: 'import-language-unknown',
    action: 'kept',
    needsReview: true,
    hint: 'Neither the old site\'s config nor most of its entries name a language, and nichepress builds in German (`de`) unless the config says otherwise. Set `language` (de, en, fr …) in the config.',
  },
  languageUnsupported: {
    id: 'import-language-unsupported',
    action: 'kept',
    needsReview: true,
    hint: 'A page\'s language must be a BCP 47 tag (`de`, `en-GB`, `pt-BR`, `ja`); a value that is none keeps its old URL but is built in the site language and without hreflang. Set `lang` to the right tag.',
  },
  redirectConflict: {
    id: 'import-redirect-conflict',
    action: 'dropped',
    needsReview: true,
    hint: 'Two imported entries claimed the same old URL; it leads to the first one (the original before its translations), and no second redirect rule is written.',
  },
  thirdPartyRemoved: {
    id: 'import-third-party-removed',
    action: 'changed',
    needsReview: true,
    hint: 'Images, media, frames, stylesheets, fonts or scripts from a host no consent service covers would load before consent (or fail the build), so the import turned media and frames into links to the file and removed the rest; one line per host names every file. Self-host the files, or decide yourself to allow the host (`consent.allow`, named in the privacy policy) or to gate it (`consent.custom`), then put the originals back.',
  },
  insecureUrlUpgraded: {
    id: 'import-insecure-url-upgraded',
    action: 'changed',
    needsReview: true,
    hint: 'An image or embedded file was loaded over `http://`, which browsers block on an https page; the import changed it to `https://`. Check that the host serves it over https.',
  },
  linkToDraft: {
    id: 'import-link-to-draft',
    action: 'changed',
    needsReview: true,
    hint: 'A published entry linked to a draft, which nichepress does not build; the link became plain text so the build passes. Put the link back when the draft is published.',
  },
  generatedPageKept: {
    id: 'import-generated-page-kept',
    action: 'changed',
    needsReview: true,
    hint: 'The new site generates a page at this URL itself (the Impressum or privacy policy, from `legal` in the config). The old page was imported as a draft so nothing is lost, and links and old URLs now lead to the generated page. Copy what the config lacks into `legal`, then delete the draft.',
  },
  passwordProtected: {
    id: 'import-password-protected',
    action: 'changed',
    needsReview: true,
    hint: 'nichepress has no password-protected pages; the post is a draft so its text does not go public. Publish it (remove `draft: true`) only if it may be read by everyone.',
  },
  commentsNotImported: {
    id: 'import-comments-not-imported',
    action: 'dropped',
    needsReview: true,
    hint: 'nichepress sites have no comments; the approved comments stay in the export file. Quote the ones worth keeping in the post, or keep the export as an archive.',
  },
  uploadsMissing: {
    id: 'import-uploads-missing',
    action: 'kept',
    needsReview: true,
    hint: 'The export lists uploads (images, PDFs) but holds no files; without the uploads folder they stay on the old server. Put wp-content/uploads next to the export file and import again.',
  },
  authorsFound: {
    id: 'import-authors-found',
    action: 'converted',
    needsReview: true,
    hint: 'Each entry\'s `author` is now an id; list the authors under `authors` in nichepress.config (id and name, as the report line gives them) so their names show on posts and in feeds.',
  },
  termBaseDetected: {
    id: 'import-term-base-detected',
    action: 'converted',
    needsReview: true,
    hint: 'WordPress exports do not contain the category and tag bases (Settings → Permalinks). The content\'s own links to category or tag pages showed a base other than WordPress\'s default, so the old category or tag URLs were taken to be below it. Pass `--category-base` / `--tag-base` to say otherwise; the flags always win.',
  },
  hostMoved: {
    id: 'import-host-moved',
    action: 'converted',
    needsReview: true,
    hint: 'The old site served a language on its own host (Hugo multihost). Its pages now live below the language prefix on the site\'s URL; the build writes a host rule that sends every old URL there, which works once the old host points at the new site (a domain alias, then DNS).',
  },
  configSuggested: {
    id: 'import-config-suggested',
    action: 'kept',
    needsReview: true,
    hint: 'The old site\'s URL, language or title differ from the site config, which the import does not edit; copy the values from the report line if they should carry over.',
  },
  liquidTemplate: {
    id: 'import-liquid-template',
    action: 'kept',
    needsReview: true,
    hint: 'The page is a Liquid template (a loop over posts or data, a condition, a link target only Jekyll knew): it cannot become Markdown without broken links or missing text, so it is a draft with its Liquid kept and its old URL leads to the archive or home page. Write the page in Markdown or use the theme\'s archive and tag pages, then remove `draft: true` (its `aliases` keep the old URL), or delete it.',
  },
  linkTargetTemplate: {
    id: 'import-link-target-template',
    action: 'dropped',
    needsReview: true,
    hint: 'The link\'s address was a shortcode or Liquid expression (`{{% eturl figure %}}`, `{{ post.url }}`) that only the old site\'s templates could fill in; as it was, it would be a broken link. The link was removed and its text kept; put in the address it stood for.',
  },
  urlRedirected: {
    id: 'import-url-redirected',
    action: 'converted',
    needsReview: false,
    hint: 'An old URL of a list, feed, category, tag or attachment page now redirects to its nichepress counterpart (written to import-redirects.json and served by the build).',
  },
  affiliateLinkUncloaked: {
    id: 'import-affiliate-link-uncloaked',
    action: 'converted',
    needsReview: false,
    hint: 'The cloaked link of the affiliate plugin now points at its destination, so the affiliate plugin recognises and marks it.',
  },
} as const satisfies Record<string, ReportRule>

/** Keys of `reportRules`. */
export type ReportRuleName = keyof typeof reportRules

/** Collects report items for one import. */
export class Reporter {
  readonly items: ReportItem[] = []

  /** Records one decision. */
  add(rule: ReportRuleName, file: string, message: string, details: { line?: number | undefined; column?: number | undefined; original?: string | undefined; replacement?: string | undefined } = {}): void {
    const entry = reportRules[rule]
    this.items.push({ file, line: details.line, ...(details.column === undefined ? {} : { column: details.column }), ruleId: entry.id, action: entry.action, message, original: details.original, replacement: details.replacement })
  }
}

/** Sorts items by file, line, rule and text so every run writes the same report. */
export function sortReportItems(items: readonly ReportItem[]): ReportItem[] {
  return [...items].sort(
    (a, b) =>
      compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compare(a.ruleId, b.ruleId) || compare(a.message, b.message) || compare(a.original ?? '', b.original ?? ''),
  )
}

/** True when items of this rule need a human look. */
export function needsReview(ruleId: string): boolean {
  return Object.values(reportRules).some((rule) => rule.id === ruleId && rule.needsReview)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
