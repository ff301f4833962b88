import type { VFileMessage } from 'vfile-message'
import type { z } from 'zod'
import { configInvalid, configUnknownKey } from '../diagnostic-catalogue.js'

/** Turns zod issues into one catalogued message each, naming the option path, expected and got. */
export function configIssuesToMessages(file: string, issues: readonly z.core.$ZodIssue[], knownKeys: readonly string[]): VFileMessage[] {
  const messages: VFileMessage[] = []
  for (const issue of issues) {
    const path = issue.path.map(String).join('.')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const full = path ? `${path}.${key}` : key
        const suggestion = path ? undefined : closest(key, knownKeys)
        messages.push(
          configUnknownKey.create({ file }, [full], suggestion ? { note: `Did you mean \`${suggestion}\`?` } : {}),
        )
      }
      continue
    }
    const got = 'input' in issue ? describe(issue.input) : undefined
    const expected = issue.code === 'invalid_type' ? issue.expected : issue.code === 'invalid_value' ? issue.values.map((value) => JSON.stringify(value)).join(' or ') : undefined
    const missing = issue.code === 'invalid_type' && issue.input === undefined
    const problem = missing ? 'is required' : problemText(issue.message)
    // Without an expected type the problem says what is expected; the value is named in the reason.
    messages.push(
      configInvalid.create({ file }, [path || '(root)', expected === undefined && got && !missing ? `${problem} (got ${got})` : problem], {
        ...(expected ? { expected, ...(got ? { actual: got } : {}) } : {}),
      }),
    )
  }
  return messages
}

/**
 * A zod issue message as the predicate of "Config option `x` …" / "Front matter field `x` …": zod's own
 * messages ("Invalid input: …", "Too small: …") and a schema's noun phrases ("a kebab-case id") both read as a sentence.
 */
export function problemText(message: string): string {
  const text = message
    .replace(/^Invalid input: /, 'is invalid: ')
    .replace(/^Invalid (?:string|format|value|option|element|key|union|URL)\b:? ?/i, 'is invalid: ')
    .replace(/^Too (small|big): /, (_, size: string) => `is too ${size}: `)
    .replace(/: $/, '')
  return /^(?:is|are|must|should|needs?|has|have|may|cannot)\b/.test(text) ? text : `must be ${text}`
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value)
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}

/** The known key nearest to `key` by edit distance, if it is close enough to be a typo. */
export function closest(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1
  for (const candidate of candidates) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
