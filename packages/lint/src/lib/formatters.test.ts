import { createMessage } from '@nichepress/core'
import { expect, test } from 'vitest'
import { formatGithub } from './format-github.js'
import { formatJson } from './format-json.js'
import { formatStylish } from './format-stylish.js'

const error = createMessage({ reason: 'Fonts load from Google, 100% remote.', place: { file: 'content/posts/a,b.md', line: 3, column: 7 }, ruleId: 'google-fonts-remote', source: 'nichepress-lint', fatal: true, note: 'Host them: see docs.' })
const warning = createMessage({ reason: 'Insecure link.', place: { file: 'content/posts/c.md', line: 1, column: 1 }, ruleId: 'http-link', source: 'nichepress-lint', fatal: false })

test('github: workflow commands with escaped properties and data', () => {
  expect(formatGithub([error, warning])).toBe(
    '::error file=content/posts/a%2Cb.md,line=3,col=7,title=google-fonts-remote::Fonts load from Google, 100%25 remote.%0AHost them: see docs.\n' +
      '::warning file=content/posts/c.md,line=1,col=1,title=http-link::Insecure link.\n',
  )
})

test('stylish: grouped by file, with the fix and a summary', () => {
  expect(formatStylish([error, warning])).toBe(
    [
      'content/posts/a,b.md',
      '  3:7      error    Fonts load from Google, 100% remote.  google-fonts-remote',
      '           fix: Host them: see docs.',
      '',
      'content/posts/c.md',
      '  1:1      warning  Insecure link.  http-link',
      '',
      '✖ 2 problems (1 error, 1 warning)',
      '',
    ].join('\n'),
  )
  expect(formatStylish([])).toBe('no problems\n')
})

test('json: counts and one entry per message', () => {
  expect(JSON.parse(formatJson([error, warning]))).toEqual({
    errorCount: 1,
    warningCount: 1,
    messages: [
      { file: 'content/posts/a,b.md', line: 3, column: 7, severity: 'error', ruleId: 'google-fonts-remote', message: 'Fonts load from Google, 100% remote.', fix: 'Host them: see docs.', url: null },
      { file: 'content/posts/c.md', line: 1, column: 1, severity: 'warning', ruleId: 'http-link', message: 'Insecure link.', fix: null, url: null },
    ],
  })
})
