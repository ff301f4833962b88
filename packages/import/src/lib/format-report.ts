import type { ImportReport } from './import-result.js'
import { needsReview } from './report-rules.js'

/** The report as plain text: counts, then every item needing a look, then the other decisions. */
export function formatReport(report: ImportReport): string {
  const { counts } = report
  const lines = [
    `nichepress import from ${report.kind}: ${report.source}`,
    '',
    `posts ${counts.posts}, pages ${counts.pages}, drafts ${counts.drafts}, assets ${counts.assets}, redirects ${counts.redirects}`,
    ...(counts.liquidTemplates > 0 ? [`Liquid templates imported as drafts ${counts.liquidTemplates} (import-liquid-template: write each in Markdown, or delete it)`] : []),
    `internal links rewritten ${counts.linksRewritten}, embeds converted ${counts.embedsConverted}, raw HTML kept ${counts.rawHtml}`,
    `items to check ${counts.itemsToCheck}`,
  ]
  const byRule = new Map<string, number>()
  for (const item of report.items) byRule.set(item.ruleId, (byRule.get(item.ruleId) ?? 0) + 1)
  if (byRule.size > 0) {
    lines.push('', 'By kind:')
    for (const [ruleId, count] of [...byRule.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(`  ${ruleId}  ${count}${needsReview(ruleId) ? '  (check)' : ''}`)
  }
  for (const [heading, review] of [['Needs a look:', true], ['Done automatically:', false]] as const) {
    const items = report.items.filter((item) => needsReview(item.ruleId) === review)
    if (items.length === 0) continue
    lines.push('', heading)
    for (const item of items) {
      lines.push(`  ${item.file}${item.line === undefined ? '' : `:${item.line}${item.column === undefined ? '' : `:${item.column}`}`}  ${item.action}  ${item.message}  ${item.ruleId}`)
    }
  }
  return `${lines.join('\n')}\n`
}
