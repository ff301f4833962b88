import type { VFileMessage } from 'vfile-message'
import { diagnosticUrl } from '@nichepress/core'
import { ruleDiagnostics, rules } from './rules.js'

/** Options of `formatSarif`. */
export interface SarifOptions {
  /** The tool version to record (default `0.0.0`). */
  version?: string
}

/**
 * SARIF 2.1.0 (one run, the rules of the registry plus any other rule the messages name), for
 * GitHub code scanning. File paths stay relative, resolved against `%SRCROOT%`.
 */
export function formatSarif(messages: readonly VFileMessage[], options: SarifOptions = {}): string {
  const ruleIds = [...new Set([...rules.map((rule) => rule.id as string), ...messages.map((message) => String(message.ruleId ?? 'nichepress'))])]
  const descriptors = ruleIds.map((id) => {
    const rule = rules.find((entry) => entry.id === id)
    const example = messages.find((message) => message.ruleId === id)
    return {
      id,
      shortDescription: { text: rule?.description ?? example?.reason ?? id },
      ...(rule ? { help: { text: rule.hint } } : {}),
      helpUri: ruleDiagnostics.get(id)?.url ?? example?.url ?? diagnosticUrl(id),
      defaultConfiguration: { level: rule?.severity === 'warning' ? 'warning' : rule?.severity === 'off' ? 'none' : 'error' },
      properties: { tags: [rule?.category ?? 'build'] },
    }
  })
  const results = messages.map((message) => {
    const ruleId = String(message.ruleId ?? 'nichepress')
    const region = message.line ? { region: { startLine: message.line, ...(message.column ? { startColumn: message.column } : {}) } } : {}
    return {
      ruleId,
      ruleIndex: ruleIds.indexOf(ruleId),
      level: message.fatal ? 'error' : 'warning',
      message: { text: message.note ? `${message.reason} ${message.note}` : message.reason },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(String(message.file ?? '')), uriBaseId: '%SRCROOT%' }, ...region } }],
    }
  })
  const log = {
    $schema: 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'nichepress', informationUri: 'https://nichepress.dev/docs/lint/', version: options.version ?? '0.0.0', rules: descriptors } }, results }],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
