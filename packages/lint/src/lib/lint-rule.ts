import type { ZodType } from 'zod'

/** How bad a finding is; `off` turns a rule off. */
export type RuleSeverity = 'error' | 'warning'

/**
 * One lint rule: a permanent kebab-case id (the `ruleId` of its messages, with a page
 * `docs/errors/<id>.md`, like every diagnostic), its default severity, what it checks, the fix hint and its options.
 */
export interface LintRule<Options extends object = object> {
  id: string
  category: 'compliance' | 'seo'
  /** Where the rule looks: Markdown sources (`nichepress lint`), built HTML (`nichepress audit`), or both. */
  scope: ReadonlyArray<'source' | 'output'>
  /** Default severity; `off` rules run only when the config turns them on. */
  severity: RuleSeverity | 'off'
  /** One sentence: what the rule reports. */
  description: string
  /** The short fix shown under each message. */
  hint: string
  /** `--fix` can repair it without touching anything else in the file. */
  fixable: boolean
  /** The rule's options, every field defaulted. */
  options: ZodType<Options>
}
