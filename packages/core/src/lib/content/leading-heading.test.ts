import { expect, test } from 'vitest'
import { takeLeadingHeading } from './leading-heading.js'

test.each([
  { body: '# Consent\n\nText.\n', title: 'Consent', rest: '\n\nText.\n' },
  { body: '\n# `nichepress lint` #\nText', title: 'nichepress lint', rest: '\n\nText' },
  { body: '## Not a title\n', title: undefined, rest: undefined },
  { body: 'Intro\n# Later heading\n', title: undefined, rest: undefined },
  { body: '#hashtag\n', title: undefined, rest: undefined },
])('$body → $title', ({ body, title, rest }) => {
  const taken = takeLeadingHeading(body)
  expect(taken?.title).toBe(title)
  expect(taken?.body).toBe(rest)
  if (taken) expect(taken.body.split('\n').length).toBe(body.split('\n').length)
})
