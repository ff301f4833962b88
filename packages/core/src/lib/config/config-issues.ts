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
    const expected = issue.code === 'invalid_type' ? issue.expected : undefined
    const problem = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message.replace(/^Invalid input: /, 'is invalid: ')
    messages.push(
      configInvalid.create({ file }, [path || '(root)', problem], {
        ...(expected ? { expected } : {}),
        ...(got ? { actual: got } : {}),
      }),
    )
  }
  return messages
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
