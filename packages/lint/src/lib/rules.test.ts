import { diagnosticUrl } from '@nichepress/core'
import { expect, test } from 'vitest'
import { FindingCollector } from './create-finding.js'
import { resolveRules } from './lint-options.js'
import { findRule, ruleDiagnostics, rules } from './rules.js'

test('every rule is an entry of the diagnostic catalogue: one docs URL per id, its hint as the fix', () => {
  expect([...ruleDiagnostics.keys()].sort()).toEqual(rules.map((rule) => rule.id).sort())
  for (const rule of rules) expect(ruleDiagnostics.get(rule.id)).toMatchObject({ id: rule.id, url: diagnosticUrl(rule.id), hint: rule.hint })
})

test('a finding is made by its rule’s catalogue entry, with the configured severity and the command that found it', () => {
  const collector = new FindingCollector(resolveRules({ 'mixed-content': 'warn' }), 'nichepress-audit')
  collector.report('mixed-content', 'a/index.html', { line: 2, column: 3 }, '<img> loads http://x.example/a.png over http.')
  expect(collector.messages).toEqual([
    expect.objectContaining({ ruleId: 'mixed-content', file: 'a/index.html', line: 2, column: 3, fatal: false, source: 'nichepress-audit', url: diagnosticUrl('mixed-content'), note: findRule('mixed-content')?.hint }),
  ])
})
