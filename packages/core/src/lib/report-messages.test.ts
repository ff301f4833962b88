import { VFileMessage } from 'vfile-message'
import { expect, test } from 'vitest'
import { printableText, reportMessages } from './report-messages.js'

test('a reason that quotes content never sends its control characters to the terminal raw; line breaks stay', () => {
  const message = new VFileMessage('The title "Stoves \u001b[2J\u001b]0;owned\u0007" is also the title of a/index.html.', { ruleId: 'duplicate-title' })
  message.file = 'b/index.html'
  message.note = 'Give every page its own title.\u009b'
  const text = reportMessages([message])
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
  expect(text).toContain('The title "Stoves \\u001b[2J\\u001b]0;owned\\u0007" is also the title of a/index.html.')
  expect(text).toContain('fix: Give every page its own title.\\u009b')
  expect(printableText('one\ntwo\tthree')).toBe('one\ntwo\tthree')
})
