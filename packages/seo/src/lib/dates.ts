/** A front-matter date in the forms feeds, sitemaps and JSON-LD need. */
export interface NormalizedDate {
  /** `2026-03-12`. */
  date: string
  /** RFC 3339 / ISO 8601 with seconds and offset, e.g. `2026-03-12T09:30:00+01:00` (date-only → midnight UTC). */
  dateTime: string
  /** W3C datetime for sitemaps: the date alone, or the full time when an offset is known. */
  w3c: string
  /** RFC 822 for RSS, in GMT. */
  rfc822: string
  epochMilliseconds: number
}

const pattern = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * Parses a front-matter date (core already checked its form). A time without an offset is read as
 * UTC, so the result never depends on the machine's time zone.
 */
export function normalizeDate(value: string): NormalizedDate | undefined {
  // Sitemaps, feeds and JSON-LD ask for the same dates again and again: parse each string once.
  if (normalized.has(value)) return normalized.get(value)
  const parsed = parseDate(value)
  const result = parsed && Object.freeze(parsed)
  normalized.set(value, result)
  return result
}

const normalized = new Map<string, NormalizedDate | undefined>()

function parseDate(value: string): NormalizedDate | undefined {
  const match = pattern.exec(value.trim())
  if (!match) return undefined
  const [, date = '', time, seconds, zone] = match
  const offset = zone === undefined || zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`
  const dateTime = `${date}T${time ?? '00:00'}:${seconds ?? '00'}${time === undefined ? 'Z' : offset}`
  const epochMilliseconds = Date.parse(dateTime)
  if (Number.isNaN(epochMilliseconds)) return undefined
  return {
    date,
    dateTime,
    w3c: time !== undefined && zone !== undefined ? dateTime : date,
    rfc822: toRfc822(new Date(epochMilliseconds)),
    epochMilliseconds,
  }
}

function toRfc822(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${weekdays[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} GMT`
}

/** The later of `updated` and `date`, normalised. */
export function lastModified(page: { date?: string | undefined; updated?: string | undefined }): NormalizedDate | undefined {
  const updated = page.updated === undefined ? undefined : normalizeDate(page.updated)
  const published = page.date === undefined ? undefined : normalizeDate(page.date)
  if (!updated) return published
  if (!published) return updated
  return updated.epochMilliseconds >= published.epochMilliseconds ? updated : published
}
