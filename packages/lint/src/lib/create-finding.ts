import type { VFileMessage } from 'vfile-message'
import type { ActiveRule } from './lint-options.js'
import { ruleDiagnostics } from './rules.js'
import type { RuleId } from './rules.js'

/** Where a finding points inside its file (1-based). */
export interface FindingPlace {
  line?: number | undefined
  column?: number | undefined
}

/** Extra values a finding may carry. */
export interface FindingDetails {
  actual?: string
  expected?: string
}

/** A text edit `--fix` applies: replace `[start, end)` of the file's text with `text`. */
export interface FixEdit {
  start: number
  end: number
  text: string
}

/** Collects findings of one run, honouring each rule's configured severity. */
export class FindingCollector {
  readonly messages: VFileMessage[] = []
  /** Fixes by message, for `--fix`. */
  readonly fixes = new Map<VFileMessage, FixEdit>()
  constructor(
    private readonly active: ReadonlyMap<string, ActiveRule>,
    private readonly source: 'nichepress-lint' | 'nichepress-audit',
  ) {}

  /** True when the rule is on. */
  isOn(ruleId: RuleId): boolean {
    return this.active.get(ruleId)?.severity !== undefined
  }

  /** The rule's parsed options. */
  options<T>(ruleId: RuleId): T {
    return (this.active.get(ruleId)?.options ?? {}) as T
  }

  /** Reports one finding if the rule is on. */
  report(ruleId: RuleId, file: string, place: FindingPlace, reason: string, details: FindingDetails = {}, fix?: FixEdit): void {
    const severity = this.active.get(ruleId)?.severity
    const diagnostic = ruleDiagnostics.get(ruleId)
    if (!severity || !diagnostic) return
    const message = diagnostic.create({ file, line: place.line, column: place.column }, [reason], details)
    // The configured severity and the command that found it, over the rule's defaults.
    message.fatal = severity === 'error'
    message.source = this.source
    this.messages.push(message)
    if (fix) this.fixes.set(message, fix)
  }
}

/** Sorts messages by file, line and column, then rule id, for stable output. */
export function sortFindings(messages: readonly VFileMessage[]): VFileMessage[] {
  return [...messages].sort((a, b) => {
    const byFile = String(a.file ?? '') < String(b.file ?? '') ? -1 : String(a.file ?? '') > String(b.file ?? '') ? 1 : 0
    return byFile || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId))
  })
}
