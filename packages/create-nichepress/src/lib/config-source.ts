/**
 * Edits a starter's `nichepress.config.ts` as text, so its comments and layout survive. Starters keep
 * one convention (a test checks it): a `defineConfig({…})` object with two-space indentation, one
 * top-level key per line, single-quoted strings.
 */

const indentUnit = '  '

/** A JSON-like value written as a TypeScript literal. */
export type LiteralValue = string | number | boolean | null | readonly LiteralValue[] | { readonly [key: string]: LiteralValue | undefined }

/** Writes `value` as a TypeScript literal in the starters' style (single quotes, unquoted simple keys). */
export function toLiteral(value: LiteralValue, depth = 1): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value)
  const inner = indentUnit.repeat(depth + 1)
  const outer = indentUnit.repeat(depth)
  if (Array.isArray(value)) {
    const items = (value as readonly LiteralValue[]).map((item) => `${inner}${toLiteral(item, depth + 1)},`)
    return items.length === 0 ? '[]' : `[\n${items.join('\n')}\n${outer}]`
  }
  const entries = Object.entries(value as Record<string, LiteralValue | undefined>).filter((entry): entry is [string, LiteralValue] => entry[1] !== undefined)
  if (entries.length === 0) return '{}'
  const lines = entries.map(([key, item]) => `${inner}${/^[A-Za-z_$][\w$]*$/.test(key) ? key : toLiteral(key)}: ${toLiteral(item, depth + 1)},`)
  return `{\n${lines.join('\n')}\n${outer}}`
}

// Where a top-level key's value ends: on its own line, or at the line closing its bracket at the same indent.
function valueEnd(lines: readonly string[], start: number): number {
  const line = lines[start] ?? ''
  if (!/[{[]$/.test(line.trimEnd())) return start
  for (let index = start + 1; index < lines.length; index++) {
    if (/^ {2}[}\]],?\s*$/.test(lines[index] ?? '')) return index
  }
  throw new Error(`The value of "${line.trim()}" never closes at two-space indentation.`)
}

/** Sets a top-level key of the config object (replacing its value, or adding it before the closing `})`). */
export function setConfigValue(source: string, key: string, value: LiteralValue): string {
  const lines = source.split('\n')
  const written = `${indentUnit}${key}: ${toLiteral(value)},`.split('\n')
  const start = lines.findIndex((line) => line.startsWith(`${indentUnit}${key}: `))
  if (start !== -1) {
    lines.splice(start, valueEnd(lines, start) - start + 1, ...written)
    return lines.join('\n')
  }
  const close = lines.findLastIndex((line) => /^}\)/.test(line))
  if (close === -1) throw new Error('The config has no closing `})` of a defineConfig({…}) call.')
  lines.splice(close, 0, ...written)
  return lines.join('\n')
}

/** Reads a top-level string value (`key: '…',` on one line) of the config object. */
export function readConfigString(source: string, key: string): string | undefined {
  const match = new RegExp(`^${indentUnit}${key}: '((?:[^'\\\\]|\\\\.)*)',?$`, 'm').exec(source)
  return match?.[1]?.replace(/\\(.)/g, '$1')
}
