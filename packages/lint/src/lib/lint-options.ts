import { z } from 'zod'
import type { RuleSeverity } from './lint-rule.js'
import { findRule, rules } from './rules.js'

const level = z.enum(['off', 'warn', 'error'])
const ruleSetting = z.union([level, z.tuple([level]), z.tuple([level, z.record(z.string(), z.unknown())])])

/** The `lint` section of nichepress.config; every field has a default. */
export const lintOptionsSchema = z
  .object({
    /** ESLint-like: `'off' | 'warn' | 'error'`, or `[level, options]`. */
    rules: z.record(z.string(), ruleSetting).default({}),
    /** What the audit at the end of every build does with its findings. */
    audit: z.enum(['error', 'warn', 'off']).default('error'),
  })
  .strict()
  .superRefine((value, context) => {
    for (const [id, setting] of Object.entries(value.rules)) {
      const rule = findRule(id)
      if (!rule) {
        context.addIssue({ code: 'custom', path: ['rules', id], message: `is not a lint rule (known: ${rules.map((entry) => entry.id).join(', ')})` })
        continue
      }
      const options = Array.isArray(setting) ? setting[1] : undefined
      const parsed = rule.options.safeParse(options ?? {})
      if (!parsed.success) {
        for (const issue of parsed.error.issues) context.addIssue({ code: 'custom', path: ['rules', id, 1, ...issue.path.map(String)], message: issue.message })
      }
    }
  })

/** The `lint` config section as written. */
export type LintOptionsInput = z.input<typeof lintOptionsSchema>
/** The `lint` config section after defaults. */
export type LintOptions = Readonly<z.output<typeof lintOptionsSchema>>

/** A rule as configured: its severity (undefined when off) and parsed options. */
export interface ActiveRule {
  severity: RuleSeverity | undefined
  options: Record<string, unknown>
}

/** Resolves the configured severity and options of every rule (defaults for rules not named). */
export function resolveRules(settings: LintOptions['rules'] = {}): ReadonlyMap<string, ActiveRule> {
  const resolved = new Map<string, ActiveRule>()
  for (const rule of rules) {
    const setting = settings[rule.id]
    const configured = setting === undefined ? undefined : Array.isArray(setting) ? setting[0] : setting
    const severity = configured === undefined ? (rule.severity === 'off' ? undefined : rule.severity) : configured === 'off' ? undefined : configured === 'warn' ? 'warning' : 'error'
    const rawOptions = Array.isArray(setting) ? setting[1] : undefined
    resolved.set(rule.id, { severity, options: rule.options.parse(rawOptions ?? {}) as Record<string, unknown> })
  }
  return resolved
}
