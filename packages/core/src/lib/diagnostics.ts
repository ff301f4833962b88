import { VFileMessage } from 'vfile-message'

/** Where a diagnostic points: a file and, when known, a 1-based line and column. */
export interface DiagnosticPlace {
  file: string
  line?: number
  column?: number
}

/** Extra facts a diagnostic may carry, shown by reporters. */
export interface DiagnosticDetails {
  actual?: string
  expected?: string
  /** Overrides the catalogue hint when the fix depends on the case. */
  note?: string
}

/** A catalogued diagnostic: permanent id, severity, message, fix hint and docs page. */
export interface DiagnosticDefinition<Args extends unknown[]> {
  readonly id: string
  readonly severity: 'error' | 'warning'
  readonly message: (...args: Args) => string
  readonly hint: string
  readonly url: string
  /** Makes a vfile message for `place`, filling ruleId, source, fatal, note and url from the entry. */
  create(place: DiagnosticPlace, args: Args, details?: DiagnosticDetails): VFileMessage
}

/** Where every diagnostic id, lint rules included, has its page (docs/errors/<id>.md). */
export const diagnosticDocsBase = 'https://nichepress.dev/errors/'

/** The docs URL of a diagnostic id: one per id, for build, dev, lint and audit alike. */
export function diagnosticUrl(id: string): string {
  return `${diagnosticDocsBase}${id}/`
}

/** Defines one diagnostic; ids are permanent kebab-case codes with a page in docs/errors/. */
export function defineDiagnostic<Args extends unknown[]>(entry: {
  id: string
  severity: 'error' | 'warning'
  message: (...args: Args) => string
  hint: string
  source?: string
}): DiagnosticDefinition<Args> {
  const url = diagnosticUrl(entry.id)
  return {
    ...entry,
    url,
    create(place, args, details = {}) {
      return createMessage({
        reason: entry.message(...args),
        place,
        ruleId: entry.id,
        source: entry.source ?? 'nichepress',
        fatal: entry.severity === 'error',
        note: details.note ?? entry.hint,
        url,
        actual: details.actual,
        expected: details.expected,
      })
    },
  }
}

/** Builds a vfile message in nichepress's one diagnostic shape. */
export function createMessage(options: {
  reason: string
  place: DiagnosticPlace
  ruleId: string
  source: string
  fatal: boolean | undefined
  note?: string | undefined
  url?: string | undefined
  actual?: string | undefined
  expected?: string | undefined
}): VFileMessage {
  const { place } = options
  const point = place.line === undefined ? undefined : { line: place.line, column: place.column ?? 1 }
  const message = new VFileMessage(options.reason, { place: point, ruleId: options.ruleId, source: options.source })
  message.file = place.file
  message.fatal = options.fatal
  if (options.note !== undefined) message.note = options.note
  if (options.url !== undefined) message.url = options.url
  if (options.actual !== undefined) message.actual = options.actual
  if (options.expected !== undefined) message.expected = [options.expected]
  return message
}

/** Thrown when a build stops on user errors; carries every collected message. */
export class NichepressError extends Error {
  readonly messages: readonly VFileMessage[]
  constructor(summary: string, messages: readonly VFileMessage[]) {
    super(summary)
    this.name = 'NichepressError'
    this.messages = messages
  }
}

/** True when `value` is a user error carrying diagnostics (exit 1), not an internal bug (exit 2). */
export function isNichepressError(value: unknown): value is NichepressError {
  return value instanceof NichepressError
}

/** A diagnostic as plain JSON data, for caches and records. */
export interface MessageData {
  reason: string
  file: string
  line?: number
  column?: number
  ruleId: string
  source: string
  fatal: boolean | undefined
  note?: string
  url?: string
  actual?: string
  expected?: string
}

/** Turns a message into plain data (`fromMessageData` restores it). */
export function toMessageData(message: VFileMessage): MessageData {
  return {
    reason: message.reason,
    file: String(message.file ?? ''),
    ...(message.line ? { line: message.line } : {}),
    ...(message.column ? { column: message.column } : {}),
    ruleId: message.ruleId ?? '',
    source: message.source ?? 'nichepress',
    fatal: message.fatal ?? undefined,
    ...(message.note ? { note: message.note } : {}),
    ...(message.url ? { url: message.url } : {}),
    ...(message.actual !== undefined ? { actual: message.actual } : {}),
    ...(message.expected?.[0] !== undefined ? { expected: message.expected[0] } : {}),
  }
}

/** Restores a message from `toMessageData`. */
export function fromMessageData(data: MessageData): VFileMessage {
  return createMessage({ ...data, place: { file: data.file, line: data.line, column: data.column } })
}
