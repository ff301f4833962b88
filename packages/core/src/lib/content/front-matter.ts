import { isCollection, isMap, isScalar, LineCounter, parseDocument } from 'yaml'

/** A Markdown file split at its front matter (same rules as gray-matter, without its engines). */
export interface SplitFrontMatter {
  /** The text after the opening `---` on its line (`js` in `---js`), trimmed; empty for plain YAML. */
  language: string
  /** The front matter text, from the end of the opening line (its newline included) to the closing `---`. */
  matter: string
  /** The text after the closing `---` line. */
  content: string
  /** True when the file opens with a front matter block. */
  found: boolean
}

/**
 * Splits the front matter off a Markdown file. Front matter opens with `---` at the very start and
 * closes at the next line starting with `---` (no closing line: all of the file is front matter,
 * like gray-matter). Nothing here evaluates anything: the caller decides what `language` may be.
 */
export function splitFrontMatter(text: string): SplitFrontMatter {
  if (!text.startsWith('---') || text.charAt(3) === '-') return { language: '', matter: '', content: text, found: false }
  let rest = text.slice(3)
  const lineEnd = rest.search(/\r?\n/)
  const raw = lineEnd === -1 ? rest : rest.slice(0, lineEnd)
  rest = rest.slice(raw.length)
  const close = rest.indexOf('\n---')
  const matter = close === -1 ? rest : rest.slice(0, close)
  let content = close === -1 ? '' : rest.slice(close + 4)
  if (content.startsWith('\r')) content = content.slice(1)
  if (content.startsWith('\n')) content = content.slice(1)
  return { language: raw.trim(), matter, content, found: true }
}

/** A front matter problem with its place in the file (1-based). */
export interface FrontMatterProblem {
  kind: 'engine' | 'syntax' | 'tag'
  reason: string
  line: number
  column: number
}

/** YAML tags front matter may use: the YAML 1.2 core schema's own, which construct plain data only. */
const coreTags = new Set(['tag:yaml.org,2002:str', 'tag:yaml.org,2002:int', 'tag:yaml.org,2002:float', 'tag:yaml.org,2002:bool', 'tag:yaml.org,2002:null', 'tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq'])

/**
 * Parses split front matter as data. Only YAML (no language, `yaml` or `yml`) is accepted: any other
 * engine tag (`---js`, `---coffee`, `---json`…) is a problem, never evaluated. YAML is read with the
 * `yaml` library's core schema; a tag outside it (`!!js/function`, `!!binary`, `!custom`) is a problem
 * too, so nothing but strings, numbers, booleans, null, lists and maps comes out.
 */
export function parseFrontMatterData(split: SplitFrontMatter): { data: Record<string, unknown>; lines: Record<string, number> } | { problem: FrontMatterProblem } {
  if (!split.found) return { data: {}, lines: {} }
  const language = split.language.toLowerCase()
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return { problem: { kind: 'engine', reason: split.language, line: 1, column: 4 } }
  }
  // The matter starts with the newline ending the opening line, so its line n is the file's line n.
  const lineCounter = new LineCounter()
  const document = parseDocument(split.matter, { lineCounter, schema: 'core', customTags: [], prettyErrors: false })
  const place = (offset: number | undefined) => {
    const { line, col } = lineCounter.linePos(offset ?? 0)
    return { line: Math.max(1, line), column: Math.max(1, col) }
  }
  const error = document.errors[0]
  if (error) return { problem: { kind: 'syntax', reason: error.message.split('\n')[0] ?? error.code, ...place(error.pos[0]) } }
  const tagProblem = findForeignTag(document.contents, place)
  if (tagProblem) return { problem: tagProblem }
  const unresolved = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED')
  if (unresolved) return { problem: { kind: 'tag', reason: unresolved.message.split('\n')[0] ?? unresolved.code, ...place(unresolved.pos[0]) } }
  let value: unknown
  try {
    value = document.toJS({ maxAliasCount: 100 })
  } catch (caught) {
    return { problem: { kind: 'syntax', reason: caught instanceof Error ? caught.message.split('\n')[0] ?? 'unknown problem' : String(caught), line: 1, column: 1 } }
  }
  if (value === null || value === undefined) return { data: {}, lines: {} }
  if (typeof value !== 'object' || Array.isArray(value) || !isMap(document.contents)) {
    return { problem: { kind: 'syntax', reason: 'front matter must be a map of `key: value` lines', ...place(document.contents?.range?.[0]) } }
  }
  const lines: Record<string, number> = {}
  for (const item of document.contents.items) {
    if (isScalar(item.key) && item.key.range && typeof item.key.value === 'string') lines[item.key.value] = place(item.key.range[0]).line
  }
  return { data: value as Record<string, unknown>, lines }
}

type Place = (offset: number | undefined) => { line: number; column: number }

// Walks the document for explicit tags outside the core schema (a tag a future schema might resolve).
function findForeignTag(node: unknown, place: Place, depth = 0): FrontMatterProblem | undefined {
  if (!node || typeof node !== 'object' || depth > 200) return undefined
  const tagged = node as { tag?: string; range?: [number, number, number]; items?: unknown[]; key?: unknown; value?: unknown }
  if (typeof tagged.tag === 'string' && tagged.range && !coreTags.has(tagged.tag)) {
    return { kind: 'tag', reason: `the YAML tag ${tagged.tag.replace(/^tag:yaml\.org,2002:/, '!!')} is not allowed`, ...place(tagged.range[0]) }
  }
  if (Array.isArray(tagged.items)) {
    for (const item of tagged.items) {
      const found = findForeignTag(item, place, depth + 1)
      if (found) return found
    }
  }
  if ('key' in tagged || 'value' in tagged) {
    // A list or map as a key (`? [a, b]: c`) has no plain-object form.
    if (isCollection(tagged.key)) return { kind: 'syntax', reason: 'a key must be a plain value, not a list or map', ...place(tagged.key.range?.[0]) }
    return findForeignTag(tagged.key, place, depth + 1) ?? findForeignTag(tagged.value, place, depth + 1)
  }
  return undefined
}

/** The 1-based line of top-level key `field` in the front matter (1 when not found). */
export function frontMatterFieldLine(split: SplitFrontMatter, field: string | undefined): number {
  if (!field || !split.found) return 1
  const lineCounter = new LineCounter()
  const document = parseDocument(split.matter, { lineCounter, schema: 'core', customTags: [] })
  if (isMap(document.contents)) {
    for (const item of document.contents.items) {
      if (isScalar(item.key) && item.key.value === field && item.key.range) return lineCounter.linePos(item.key.range[0]).line
    }
  }
  return 1
}
