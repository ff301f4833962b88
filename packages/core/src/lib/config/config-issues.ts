import type { VFileMessage } from 'vfile-message'
import type { z } from 'zod'
import { configInvalid, configUnknownKey } from '../diagnostic-catalogue.js'
import { escapeRegExp } from '../escape-reg-exp.js'

/**
 * Turns zod issues into one catalogued message each, naming the option path, expected and got, at
 * the line and column where the option is written when the config file's `source` is given.
 */
export function configIssuesToMessages(file: string, issues: readonly z.core.$ZodIssue[], knownKeys: readonly string[], source?: string): VFileMessage[] {
  const messages: VFileMessage[] = []
  const placeOf = (path: readonly PropertyKey[]) => ({ file, ...(source === undefined ? {} : placeOfOption(source, path)) })
  for (const issue of issues) {
    const path = issue.path.map(String).join('.')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const full = path ? `${path}.${key}` : key
        const suggestion = path ? undefined : closest(key, knownKeys)
        messages.push(
          configUnknownKey.create(placeOf([...issue.path, key]), [full], suggestion ? { note: `Did you mean \`${suggestion}\`?` } : {}),
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
      configInvalid.create(placeOf(issue.path), [path || '(root)', expected === undefined && got && !missing ? `${problem} (got ${got})` : problem], {
        ...(expected ? { expected, ...(got ? { actual: got } : {}) } : {}),
      }),
    )
  }
  return messages
}

/**
 * Where option `path` (`['consent', 'services', 'google-analytics']`) is written in a config file's
 * text: the line and column of the deepest of its keys found, each after the one before it and one
 * level of braces deeper. A missing option points to the section it is missing from. The config may
 * be code (nichepress.config.ts), so keys are read as they are written — `url:`, `'url':`, `"url":` —
 * outside strings and comments, not parsed.
 */
export function placeOfOption(source: string, path: readonly PropertyKey[]): { line: number; column: number } | undefined {
  const depths = braceDepths(source)
  let from = 0
  let found: number | undefined
  for (const [level, segment] of path.entries()) {
    if (typeof segment !== 'string' || /^\d+$/.test(segment)) continue
    const key = new RegExp(`(?<![\\w$-])(["'\`]?)${escapeRegExp(segment)}\\1\\s*:`, 'g')
    key.lastIndex = from
    let match = key.exec(source)
    // The config object's own keys stand one brace deep, a section's keys one deeper, and so on.
    while (match && depths[match.index] !== level + 1) match = key.exec(source)
    if (!match) break
    found = match.index
    from = match.index + match[0].length
  }
  if (found === undefined) return undefined
  const before = source.slice(0, found)
  return { line: before.split('\n').length, column: found - before.lastIndexOf('\n') }
}

// The number of `{` and `[` open at each character; -1 inside strings and comments (a string's opening
// quote has the depth it stands at: a quoted key starts there).
function braceDepths(source: string): Int16Array {
  const depths = new Int16Array(source.length)
  let depth = 0
  let index = 0
  const skip = (from: number, to: number) => {
    const stop = to < 0 ? source.length : Math.min(to, source.length)
    depths.fill(-1, from, stop)
    index = stop
  }
  while (index < source.length) {
    const character = source[index]
    const next = source[index + 1]
    if (character === '/' && next === '/') skip(index, source.indexOf('\n', index))
    else if (character === '/' && next === '*') {
      const close = source.indexOf('*/', index + 2)
      skip(index, close < 0 ? -1 : close + 2)
    } else if (character === '"' || character === "'" || character === '`') {
      let end = index + 1
      while (end < source.length && source[end] !== character) end += source[end] === '\\' ? 2 : 1
      depths[index] = depth
      skip(index + 1, end + 1)
    } else {
      if (character === '{' || character === '[') depth++
      else if (character === '}' || character === ']') depth--
      depths[index++] = depth
    }
  }
  return depths
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
