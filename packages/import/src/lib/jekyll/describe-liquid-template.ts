import type { LiquidFinding } from './convert-liquid.js'

/** Why a page is a Liquid template, where, and what its old URL now leads to. */
export interface LiquidTemplate {
  finding: LiquidFinding
  message: string
  /** A page that listed posts leads to the archive; any other to the home page. */
  redirectTo: { archive: true } | { home: true }
}

/**
 * A page whose Liquid the import could not run and which decides what it shows (a loop over posts
 * or data, a condition, a link target only Jekyll knew) cannot become Markdown without broken links
 * or missing text: it is imported as a draft with its Liquid kept, and this says why and what to do.
 * Undefined when the page has no such Liquid.
 */
export function describeLiquidTemplate(findings: readonly LiquidFinding[], oldUrl: string): LiquidTemplate | undefined {
  const finding = findings.find((item) => item.kind === 'lists-posts') ?? findings.find((item) => item.kind === 'logic') ?? findings[0]
  if (finding === undefined) return undefined
  const why = finding.reason === undefined ? '' : ` (the import could not run it: ${finding.reason})`
  const republish = `then remove \`draft: true\` (its \`aliases\` keep ${oldUrl}); or delete the draft.`
  if (finding.kind === 'lists-posts') {
    return {
      finding,
      redirectTo: { archive: true },
      message: `This page (${oldUrl}) lists posts with Liquid (${finding.original}${why}), which nichepress does not run; it is a draft with its Liquid kept, and ${oldUrl} leads to the archive for now. Fix: the theme's archive and tag pages list posts — link one (/archive/, /tags/<tag>/) instead of the list, keep the page's own text, ${republish}`,
    }
  }
  const what = finding.kind === 'logic' ? `${finding.original} decides what it shows${why}` : `the link target ${finding.original} was only known to Jekyll`
  return {
    finding,
    redirectTo: { home: true },
    message: `This page (${oldUrl}) is a Liquid template: ${what}, and nichepress does not run Liquid. It is a draft with its Liquid kept, so no page with broken links or missing text is published, and ${oldUrl} leads to the home page for now. Fix: write what the page showed in Markdown (values from _data/ or front matter written out, links to the pages they named), ${republish}`,
  }
}
