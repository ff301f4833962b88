import { importLanguageTag } from './import-language.js'
import { normalizeDate } from './normalize-date.js'
import type { Reporter } from './report-rules.js'
import { suggestKey } from './suggest-key.js'

/** What `mapFrontMatter` needs to know about the entry. */
export interface MapContext {
  file: string
  reporter: Reporter
  timeZone: string
  /** Keys the importer handled itself or that mean nothing to nichepress (`layout: post`). */
  consumedKeys: readonly string[]
}

/** Source keys that mean the same as a nichepress key, in every source kind. */
const synonyms: Readonly<Record<string, string>> = {
  lastmod: 'updated',
  last_modified_at: 'updated',
  modified: 'updated',
  summary: 'description',
  excerpt: 'description',
  language: 'lang',
  redirect_from: 'aliases',
  focus_keyword: 'focusKeyword',
  featured_image: 'image',
}

/**
 * Maps source front matter onto nichepress fields: dates normalised (impossible days and
 * missing zones reported), lists made lists, synonyms renamed, misspelt keys reported with a
 * suggestion. Unknown keys pass through for plugins.
 */
export function mapFrontMatter(data: Readonly<Record<string, unknown>>, context: MapContext): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [rawKey, value] of Object.entries(data)) {
    if (context.consumedKeys.includes(rawKey) || value === null || value === undefined) continue
    const key = synonyms[rawKey] ?? rawKey
    if (key in result && key !== rawKey) continue
    switch (key) {
      case 'date':
      case 'updated': {
        const date = mapDate(value, key, context)
        if (date) result[key] = date
        break
      }
      case 'tags':
      case 'categories':
      case 'keywords':
      case 'aliases':
        result[key] = toList(value, key === 'aliases' ? /\s+/ : key === 'keywords' ? /\s*,\s*/ : /\s+/)
        break
      case 'draft':
      case 'noindex':
        result[key] = value === true || value === 'true'
        break
      case 'lang': {
        const tag = importLanguageTag(value)
        if (tag !== undefined) result.lang = tag
        else context.reporter.add('languageUnsupported', context.file, `The language ${JSON.stringify(value)} (\`${rawKey}\`) is not a BCP 47 language tag; the page is imported in the site's language, without \`lang\`. Set \`lang\` to its tag, like "de", "en-GB" or "ja".`, { original: String(value) })
        break
      }
      default: {
        const suggestion = suggestKey(rawKey)
        if (suggestion) {
          context.reporter.add('keyMisspelt', context.file, `The front matter key "${rawKey}" is not a nichepress key; did you mean "${suggestion}"?`, { original: rawKey, replacement: suggestion })
        }
        result[key] = typeof value === 'string' ? value.trim() : toPlain(value)
      }
    }
  }
  return result
}

function mapDate(value: unknown, key: string, context: MapContext): string | undefined {
  const date = normalizeDate(value, context.timeZone)
  const original = value instanceof Date ? value.toISOString() : String(value)
  if (!date) {
    context.reporter.add('dateFixed', context.file, `The ${key} "${original}" is not a date; it was left out.`, { original })
    return undefined
  }
  if (date.wasImpossible) context.reporter.add('dateFixed', context.file, `The ${key} "${original}" does not exist; it is now ${date.value}.`, { original, replacement: date.value })
  else if (date.addedZone) context.reporter.add('dateWithoutZone', context.file, `The ${key} "${original}" had no time zone; read as ${context.timeZone}.`, { original, replacement: date.value })
  return date.value
}

function toList(value: unknown, separator: RegExp): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(separator) : [value]
  return [...new Set(items.filter((item) => item !== null && item !== undefined).map((item) => String(item).trim()).filter((item) => item !== ''))]
}

// TOML and YAML dates become strings, so the written YAML never holds a timestamp type.
function toPlain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(toPlain)
  if (typeof value === 'object' && value !== null) {
    if ('toISOString' in value && typeof value.toISOString === 'function') return String(value.toISOString())
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]))
  }
  return value
}
