import matter from 'gray-matter'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'

/** A source file split into its front matter and its body. */
export interface SplitSource {
  data: Record<string, unknown>
  format: 'yaml' | 'toml' | 'json' | 'none'
  body: string
  /** 1-based line of the source where the body starts. */
  bodyLine: number
}

/** Front matter that cannot be read as data; `line` is 1-based in the source file. */
export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message)
    this.name = 'FrontMatterError'
  }
}

/**
 * Splits YAML (`---`), TOML (`+++`) or JSON (`{`) front matter from a Markdown file. Tolerates a
 * byte-order mark, CRLF line endings and blank lines before the front matter. Throws on front
 * matter that does not parse, with the parser's reason, and on front matter that names an engine
 * (`---js`, `---coffee`…): front matter is data, never code, so it is refused, not evaluated.
 */
export function readFrontMatter(text: string): SplitSource {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const leading = /^(?:[ \t]*\n)*/.exec(normalized)?.[0] ?? ''
  const rest = normalized.slice(leading.length)
  const skippedLines = leading.split('\n').length - 1
  const engine = /^---[ \t]*([^\s-][^\n]*?)[ \t]*\n/.exec(rest)
  if (engine && !/^ya?ml$/i.test(engine[1] ?? '')) {
    throw new FrontMatterError(`The front matter asks for the \`${engine[1]}\` engine at line ${skippedLines + 1}; front matter is data and is never run. Use YAML front matter (a bare \`---\` line).`, skippedLines + 1)
  }
  const fence = /^(---|\+\+\+)(?:[ \t]*ya?ml)?[ \t]*\n/i.exec(rest)
  if (fence) {
    const marker = fence[1] === '---' ? '---' : '+++'
    const closing = new RegExp(`^${marker === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+'}[ \\t]*$`, 'm')
    const after = rest.slice(fence[0].length)
    const end = closing.exec(after)
    if (end) {
      const raw = after.slice(0, end.index)
      const bodyStart = end.index + end[0].length
      const body = after.slice(bodyStart).replace(/^\n/, '')
      const data = marker === '---' ? parseLenientYaml(raw) : parseToml(raw)
      return { data: asRecord(data), format: marker === '---' ? 'yaml' : 'toml', body, bodyLine: lineOf(normalized, normalized.length - body.length) }
    }
  }
  if (rest.startsWith('{')) {
    const end = jsonEnd(rest)
    if (end > 0) {
      const body = rest.slice(end).replace(/^[ \t]*\n/, '')
      return { data: asRecord(JSON.parse(rest.slice(0, end))), format: 'json', body, bodyLine: lineOf(normalized, normalized.length - body.length) }
    }
  }
  return { data: {}, format: 'none', body: rest, bodyLine: skippedLines + 1 }
}

/**
 * YAML 1.2 first; failing that, js-yaml (through gray-matter), which like Jekyll's Psych accepts
 * quoted titles continued on an unindented line. Its timestamps are put back to the written text.
 */
function parseLenientYaml(raw: string): unknown {
  try {
    return parseYaml(raw, { uniqueKeys: false })
  } catch (error) {
    let data: Record<string, unknown>
    try {
      data = matter(`---\n${raw}\n---\n`).data
    } catch {
      throw error
    }
    for (const [key, value] of Object.entries(data)) {
      if (value instanceof Date) data[key] = new RegExp(`^${key}:[ \\t]*["']?([^"'\\n]*)`, 'm').exec(raw)?.[1]?.trim() ?? value.toISOString()
    }
    return data
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length
}

// Finds the end of the leading JSON object by bracket depth, skipping strings.
function jsonEnd(text: string): number {
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (inString) {
      if (character === '\\') index++
      else if (character === '"') inString = false
    } else if (character === '"') inString = true
    else if (character === '{') depth++
    else if (character === '}' && --depth === 0) return index + 1
  }
  return -1
}
