import { join } from 'node:path'
import { lintSite, type LintResult } from '../../packages/lint/dist/index.js'
import { beforeAll, expect, test } from 'vitest'
import { presetPath } from '../helpers/site.js'

// Each source rule has a fixture post that must fail (at exactly these places) and one that must pass.
const root = join(import.meta.dirname, 'fixtures/rules-site')
let result: LintResult

beforeAll(async () => {
  result = await lintSite({ root, preset: presetPath, now: new Date('2026-01-01T00:00:00Z') })
})

function placesOf(ruleId: string, name: string): string[] {
  return result.messages.filter((message) => message.ruleId === ruleId && message.file === `content/posts/${name}.md`).map((message) => `${message.line}:${message.column}`)
}

test.each([
  { rule: 'affiliate-disclosure', fail: 'affiliate-disclosure', places: ['8:9'] },
  { rule: 'affiliate-link-rel', fail: 'affiliate-link-rel', places: ['7:8'] },
  { rule: 'broken-internal-link', fail: 'broken-internal-link', places: ['7:5'] },
  { rule: 'description-length', fail: 'description-length', places: ['3:1'] },
  { rule: 'description-missing', fail: 'description-missing', places: ['1:1'] },
  { rule: 'duplicate-description', fail: 'duplicate-description-b', pass: 'duplicate-description-a', places: ['3:1'] },
  { rule: 'duplicate-title', fail: 'duplicate-title-b', pass: 'duplicate-title-a', places: ['2:1'] },
  { rule: 'future-date', fail: 'future-date', places: ['4:1'] },
  { rule: 'google-fonts-remote', fail: 'google-fonts-remote', places: ['7:38'] },
  { rule: 'heading-order', fail: 'heading-order', places: ['7:1', '11:1'] },
  { rule: 'http-link', fail: 'http-link', places: ['7:4', '7:49'] },
  { rule: 'image-alt-missing', fail: 'image-alt-missing', places: ['7:1', '9:1'] },
  { rule: 'orphan-page', fail: 'orphan-page', places: ['2:1'] },
  { rule: 'sponsored-label', fail: 'sponsored-label', places: ['5:1'] },
  { rule: 'stale-review', fail: 'stale-review', places: ['5:1'] },
  { rule: 'suspected-affiliate-link', fail: 'suspected-affiliate-link', places: ['7:8', '7:62'] },
  { rule: 'thin-content', fail: 'thin-content', places: ['2:1'] },
  { rule: 'title-length', fail: 'title-length', places: ['2:1'] },
  { rule: 'unknown-third-party', fail: 'unknown-third-party', places: ['7:1', '9:1'] },
])('$rule: $fail fails at $places, its passing twin is clean', ({ rule, fail, pass, places }) => {
  expect(placesOf(rule, fail)).toEqual(places)
  expect(placesOf(rule, pass ?? `${fail}-ok`)).toEqual([])
})

test('configured severities and defaults decide fatal', () => {
  const severity = (ruleId: string) => result.messages.find((message) => message.ruleId === ruleId)?.fatal
  expect(severity('affiliate-disclosure')).toBe(true)
  expect(severity('http-link')).toBe(false)
  // stale-review is off by default; the fixture config turns it on as a warning.
  expect(severity('stale-review')).toBe(false)
})

test('a disable comment silences the named rule on the next line only', () => {
  expect(placesOf('http-link', 'disable-comment')).toEqual(['10:9'])
})

test('messages carry the rule docs, the fix hint and their source', () => {
  const message = result.messages.find((entry) => entry.ruleId === 'http-link')
  expect(message?.url).toBe('https://nichepress.dev/errors/http-link/')
  expect(message?.note).toMatch(/https:\/\//)
  expect(message?.source).toBe('nichepress-lint')
})

test('build errors lint does not cover are passed on; those it covers are not doubled', () => {
  expect(result.messages.some((message) => message.ruleId === 'template-missing')).toBe(false)
  expect(result.messages.some((message) => message.ruleId === 'consent-unknown-third-party')).toBe(false)
  expect(result.messages.filter((message) => message.ruleId === 'broken-internal-link')).toHaveLength(1)
})
