import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import * as api from './index.js'

test('the public API is exactly these exports', () => {
  expect(Object.keys(api).sort()).toEqual([
    'auditDirectory',
    'auditDocuments',
    'formatGithub',
    'formatJson',
    'formatMessages',
    'formatSarif',
    'formatStylish',
    'formats',
    'lintOptionsSchema',
    'lintPlugin',
    'lintSite',
    'rules',
  ])
})

const docs = (id: string) => fileURLToPath(new URL(`../../../docs/errors/${id}.md`, import.meta.url))

test('rule ids are unique, kebab-case and sorted', () => {
  const ids = api.rules.map((rule) => rule.id)
  expect(new Set(ids).size).toBe(ids.length)
  expect(ids.every((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toBe(true)
  expect([...ids].sort()).toEqual(ids)
})

test.each(api.rules.map((rule) => rule.id))('docs/errors/%s.md exists and names the rule', (id) => {
  expect(existsSync(docs(id))).toBe(true)
  expect(readFileSync(docs(id), 'utf8')).toContain(`# ${id}`)
})

test('the config schema rejects unknown rules and bad rule options, naming the path', () => {
  const result = api.lintOptionsSchema.safeParse({ rules: { 'no-such-rule': 'error', 'thin-content': ['warn', { minWords: -1 }] } })
  expect(result.success).toBe(false)
  const paths = result.error?.issues.map((issue) => issue.path.join('.'))
  expect(paths).toEqual(['rules.no-such-rule', 'rules.thin-content.1.minWords'])
  expect(api.lintOptionsSchema.parse({})).toEqual({ rules: {}, audit: 'error' })
})
