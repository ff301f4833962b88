/** A date as nichepress front matter wants it, and what had to change to get there. */
export interface NormalizedDate {
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS±HH:MM`. */
  value: string
  /** The calendar day did not exist and was moved to the last day of its month. */
  wasImpossible: boolean
  /** A time without zone was given the offset of `timeZone`. */
  addedZone: boolean
}

const datePattern = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i

/**
 * Turns a date from any source (string, Date, TOML date) into nichepress form. Impossible days
 * (`2017-09-31`) become the last day of their month, because the month is part of old URLs.
 * Returns undefined for values that are no date at all.
 */
export function normalizeDate(value: unknown, timeZone: string): NormalizedDate | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : normalizeDate(value.toISOString(), timeZone)
  if (typeof value !== 'string' && !(typeof value === 'object' && value !== null && 'toISOString' in value)) return undefined
  const text = String(value).trim()
  const match = datePattern.exec(text)
  if (!match) return undefined
  const [, yearText = '', monthText = '', dayText = '', hourText, minuteText, secondText, zoneText] = match
  const year = Number(yearText)
  const month = Number(monthText)
  if (month < 1 || month > 12) return undefined
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const day = Math.min(Number(dayText), lastDay)
  const wasImpossible = Number(dayText) !== day || day < 1
  const date = `${yearText}-${pad(month)}-${pad(Math.max(day, 1))}`
  if (hourText === undefined) return { value: date, wasImpossible, addedZone: false }
  const time = `${pad(Number(hourText))}:${minuteText}:${secondText ?? '00'}`
  if (zoneText !== undefined) return { value: `${date}T${time}${formatZone(zoneText)}`, wasImpossible, addedZone: false }
  const offset = offsetOf(timeZone, date, time)
  return { value: `${date}T${time}${offset}`, wasImpossible, addedZone: true }
}

/**
 * The calendar day (`YYYY-MM-DD`) of a nichepress date in `timeZone`: a date-time with an offset is
 * moved into the zone (as Jekyll does for `:year/:month/:day`), a plain date stays as it is.
 */
export function calendarDayIn(value: string, timeZone: string): string {
  if (!/T\d{2}:\d{2}/.test(value)) return value.slice(0, 10)
  const instant = Date.parse(value)
  if (Number.isNaN(instant)) return value.slice(0, 10)
  const parts = formatterOf(timeZone).formatToParts(new Date(instant))
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** The UTC offset (`+02:00`) that `timeZone` has at the given wall-clock time. */
export function offsetOf(timeZone: string, date: string, time: string): string {
  const wallClock = Date.parse(`${date}T${time}Z`)
  // Two passes settle the offset for wall-clock times next to a daylight-saving switch.
  let offsetMinutes = zoneOffsetMinutes(timeZone, wallClock)
  offsetMinutes = zoneOffsetMinutes(timeZone, wallClock - offsetMinutes * 60_000)
  return formatOffsetMinutes(offsetMinutes)
}

/** Formats an offset in minutes east of UTC (120) as `+02:00`. */
export function formatOffsetMinutes(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+'
  const absolute = Math.abs(offsetMinutes)
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function zoneOffsetMinutes(timeZone: string, instant: number): number {
  const parts = formatterOf(timeZone).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0)
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return Math.round((local - instant) / 60_000)
}

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone)
  if (cached) return cached
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
  formatters.set(timeZone, formatter)
  return formatter
}

function formatZone(zone: string): string {
  if (zone.toUpperCase() === 'Z') return '+00:00'
  const digits = zone.replace(':', '')
  return `${digits.slice(0, 3)}:${digits.slice(3)}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
