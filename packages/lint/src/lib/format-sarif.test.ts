import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { VFileMessage } from 'vfile-message'
import { expect, test } from 'vitest'
import { auditDirectory } from './audit-directory.js'
import { formatSarif } from './format-sarif.js'

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../tests/lint/sarif-schema-2.1.0.json', import.meta.url)), 'utf8')) as object
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats.default(ajv)
const validate = ajv.compile(schema)

// Real findings of the audit fixtures: errors, warnings, page-level and positioned ones.
// plus a build error without a place and outside the rule registry.
const unplaced = new VFileMessage('The theme has no template.', { ruleId: 'template-missing', source: 'nichepress' })
unplaced.file = 'nichepress.config.json'
unplaced.fatal = true
const messages = [...auditDirectory(fileURLToPath(new URL('../../../../tests/lint/fixtures/audit', import.meta.url))), unplaced]

test('SARIF output validates against the SARIF 2.1.0 schema', () => {
  const log = JSON.parse(formatSarif(messages, { version: '1.2.3' })) as unknown
  expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
})

test('the schema rejects a broken log (the validator really checks)', () => {
  const log = JSON.parse(formatSarif(messages)) as { runs: Array<{ results: Array<Record<string, unknown>> }> }
  const result = log.runs[0]?.results[0]
  if (result) result['level'] = 'fatal'
  expect(validate(log)).toBe(false)
})

test('results point to the rule, file and place', () => {
  const log = JSON.parse(formatSarif(messages)) as {
    version: string
    runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number } } }> }> }>
  }
  const run = log.runs[0]
  const result = run?.results.find((entry) => entry.ruleId === 'mixed-content')
  expect(log.version).toBe('2.1.0')
  expect(result?.level).toBe('error')
  expect(run?.tool.driver.rules[result?.ruleIndex ?? -1]?.id).toBe('mixed-content')
  expect(result?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'mixed-content.html', uriBaseId: '%SRCROOT%' }, region: { startLine: 11, startColumn: 1 } })
  expect(run?.results).toHaveLength(messages.length)
})
