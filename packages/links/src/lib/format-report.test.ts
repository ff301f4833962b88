import { expect, test } from 'vitest'
import type { LinkSuggestion } from './link-document.js'
import { formatLinksReport, type LinksReport } from './format-report.js'

// A real case from letsencrypt.org's posts: the anchor spans a soft line break of the Markdown.
// And content is untrusted: a title with a terminal escape sequence must not reach the terminal raw.
const suggestion: LinkSuggestion = {
  source: 'content/posts/account-id.md',
  target: '/rate-limits/',
  targetId: 'content/pages/rate-limits.md',
  targetTitle: 'Rate \u001b[31mLimits',
  anchor: 'new registration\nrequest',
  line: 27,
  column: 64,
  offset: 900,
  score: 1.38,
  kind: 'term',
  phrase: 'new registration\nrequest',
  reason: 'names the target\'s topic ("Rate \u001b[31mLimits"); the target has 7 inbound links',
  isExact: false,
  isUnambiguous: false,
  inHtml: false,
}

const report: LinksReport = {
  graph: { pages: [], orphans: [], onlyViaTags: [], toRedirects: [], broken: [] },
  pages: [{ file: 'content/posts/account-id.md', url: '/account-id/', suggestions: [suggestion] }],
}

test('text: each suggestion is one line, whitespace collapsed and control characters shown escaped', () => {
  const text = formatLinksReport(report, 'text')
  const line = text.split('\n').find((entry) => entry.includes('→'))
  expect(line).toBe('    27:64    "new registration request" → /rate-limits/  1.38  names the target\'s topic ("Rate \\u001b[31mLimits"); the target has 7 inbound links')
  expect(text).not.toContain('\u001b')
})

test('markdown: the table row stays one row', () => {
  const row = formatLinksReport(report, 'markdown').split('\n').find((entry) => entry.startsWith('| 27:64'))
  expect(row).toContain('| new registration request |')
  expect(row).not.toContain('\u001b')
})
