import type { VFileMessage } from 'vfile-message'
import type { ResolvedConfig } from '../config/resolved-config.js'
import { pluginFailed } from '../diagnostic-catalogue.js'
import { NichepressError } from '../diagnostics.js'

// A plugin reports user errors by throwing a NichepressError: every message it carries counts.
export function pluginErrors(config: ResolvedConfig, name: string, error: unknown): VFileMessage[] {
  if (error instanceof NichepressError) return [...error.messages]
  return [pluginFailed.create({ file: config.configFile }, [name, error instanceof Error ? error.message : String(error)])]
}

/** Stops the build with every user error collected so far. */
export function throwIfAny(errors: VFileMessage[]): void {
  if (errors.length > 0) throw new NichepressError(`${errors.length} error${errors.length === 1 ? '' : 's'}`, sortMessages(errors))
}

/** By file, line and column (stable: equal places keep their order). */
export function sortMessages(messages: VFileMessage[]): VFileMessage[] {
  return [...messages].sort((a, b) => {
    const byFile = String(a.file ?? '').localeCompare(String(b.file ?? ''))
    return byFile !== 0 ? byFile : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  })
}
