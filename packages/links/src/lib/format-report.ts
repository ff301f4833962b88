import { printableText, stableStringify, type MessageData } from '@nichepress/core'
import type { LinkSuggestion } from './link-document.js'
import type { LinkGraph } from './link-graph.js'

/** What `nichepress links` reports: the build's errors, the graph's problems and the suggestions per page. */
export interface LinksReport {
  /** Errors the build found (they never keep the report from being made); none when left out. */
  errors?: MessageData[]
  graph: LinkGraph
  pages: Array<{ file: string; url: string; suggestions: LinkSuggestion[] }>
}

/** Output formats of the report. */
export type ReportFormat = 'text' | 'markdown' | 'json'

/** Formats a links report as plain text, Markdown or JSON (stable key order, so diffs stay small). */
export function formatLinksReport(report: LinksReport, format: ReportFormat): string {
  if (format === 'json') return `${stableStringify(report)}\n`
  return format === 'markdown' ? formatMarkdown(report) : formatText(report)
}

function formatText(report: LinksReport): string {
  const { graph } = report
  const lines: string[] = []
  const section = (title: string, items: string[]) => {
    lines.push(`${title} (${items.length})`)
    for (const item of items) lines.push(`  ${item}`)
    lines.push('')
  }
  const errors = report.errors ?? []
  if (errors.length > 0) {
    lines.push(`Build errors (${errors.length}); the report below is made from every page that could be read`)
    for (const item of abridged(errors)) lines.push(`  ${item}`)
    lines.push('')
  }
  section('Orphans: no other page links here', graph.orphans)
  section('Only reachable through tag pages', graph.onlyViaTags)
  section('Links to redirects', graph.toRedirects.map((link) => `${placeOf(link)}  ${link.target} → ${link.redirectsTo}`))
  section('Broken links', graph.broken.map((link) => `${placeOf(link)}  ${link.target}`))
  const withSuggestions = report.pages.filter((page) => page.suggestions.length > 0)
  lines.push(`Suggestions (${withSuggestions.reduce((sum, page) => sum + page.suggestions.length, 0)} in ${withSuggestions.length} pages)`)
  for (const page of withSuggestions) {
    lines.push(`  ${page.file}`)
    for (const suggestion of page.suggestions) {
      lines.push(`    ${`${suggestion.line}:${suggestion.column}`.padEnd(8)} "${oneLine(suggestion.anchor)}" → ${oneLine(suggestion.target)}  ${suggestion.score}  ${oneLine(suggestion.reason)}`)
    }
  }
  return `${lines.join('\n')}\n`
}

function formatMarkdown(report: LinksReport): string {
  const { graph } = report
  const lines = ['# Internal links', '']
  const list = (title: string, items: string[]) => {
    lines.push(`## ${title} (${items.length})`, '')
    lines.push(...(items.length === 0 ? ['None.'] : items.map((item) => `- ${item}`)), '')
  }
  const errors = report.errors ?? []
  if (errors.length > 0) list('Build errors', errors.map((error) => `${code(placeOf(error))}: ${cell(error.reason)} (${code(error.ruleId)})`))
  list('Orphans', graph.orphans.map(code))
  list('Only reachable through tag pages', graph.onlyViaTags.map(code))
  list('Links to redirects', graph.toRedirects.map((link) => `${code(placeOf(link))}: ${code(link.target)} → ${code(link.redirectsTo)}`))
  list('Broken links', graph.broken.map((link) => `${code(placeOf(link))}: ${code(link.target)}`))
  lines.push('## Suggestions', '')
  for (const page of report.pages.filter((entry) => entry.suggestions.length > 0)) {
    lines.push(`### ${code(page.file)}`, '', '| Position | Anchor | Target | Score | Why |', '| --- | --- | --- | ---: | --- |')
    for (const suggestion of page.suggestions) {
      lines.push(`| ${suggestion.line}:${suggestion.column} | ${cell(suggestion.anchor)} | ${code(suggestion.target)} | ${suggestion.score} | ${cell(suggestion.reason)} |`)
    }
    lines.push('')
  }
  return `${lines.join('\n')}\n`
}

function placeOf(link: { file: string; line?: number | undefined; column?: number | undefined }): string {
  return [link.file, link.line, link.column].filter((part) => part !== undefined).join(':')
}

// At most `perRule` lines per rule: a site-wide problem (every page lacks an Impressum link) stays
// one readable block; the JSON format keeps every error.
function abridged(errors: readonly MessageData[], perRule = 5): string[] {
  const shown = new Map<string, number>()
  const lines: string[] = []
  for (const error of errors) {
    const count = (shown.get(error.ruleId) ?? 0) + 1
    shown.set(error.ruleId, count)
    if (count <= perRule) lines.push(`${placeOf(error)}  ${oneLine(error.reason)}  ${error.ruleId}`)
  }
  for (const [ruleId, count] of shown) if (count > perRule) lines.push(`… and ${count - perRule} more ${ruleId}`)
  return lines
}

// One report line per item (an anchor may span a soft line break of the Markdown), with content's
// control characters shown escaped as core's reporter shows them.
function oneLine(text: string): string {
  return printableText(text.replace(/\s+/g, ' '))
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``
}

function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|')
}
