import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { needsReview, reportRules } from './report-rules.js'

test.each(Object.values(reportRules).map((rule) => rule.id))('%s has a page in docs/errors', (id) => {
  expect(existsSync(fileURLToPath(new URL(`../../../../docs/errors/${id}.md`, import.meta.url)))).toBe(true)
})

test('ids are unique and only review-worthy rules ask for a look', () => {
  const ids = Object.values(reportRules).map((rule) => rule.id)
  expect(new Set(ids).size).toBe(ids.length)
  expect(needsReview('import-shortcode-kept')).toBe(true)
  expect(needsReview('import-embed-converted')).toBe(false)
})
