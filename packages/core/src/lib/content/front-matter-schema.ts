import { z } from 'zod'
import { schemeOf } from '../markdown/unsafe-html.js'
import { languageTagSchema } from './language.js'

const isoDatePattern = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

const isoDate = z
  .string()
  .superRefine((value, context) => {
    // A value in another format gets one message, not one per check.
    if (!isoDatePattern.test(value)) {
      context.addIssue({ code: 'custom', message: `must be a date like 2026-03-12 or 2026-03-12T09:30:00+01:00${isoSpelling(value)}` })
      return
    }
    if (!isRealDate(value)) context.addIssue({ code: 'custom', message: 'must be a date that exists in the calendar' })
    if (!isRealTime(value)) context.addIssue({ code: 'custom', message: 'must be a time that exists on a clock (hours 00–23, minutes and seconds 00–59, offset up to ±14:00)' })
  })

// A date written day first, as in German (31.12.2025, 31.12.25) or with slashes (31/12/2025): the ISO
// spelling to write instead. Slashes with a first number up to 12 are ambiguous (US month first), so none is offered.
function isoSpelling(value: string): string {
  const match = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(value.trim())
  if (!match) return ''
  const [day, separator, month, rawYear] = [Number(match[1]), match[2], Number(match[3]), match[4] ?? '']
  if (separator !== '.' && day <= 12) return ' (year-month-day: is it day or month first?)'
  const year = rawYear.length === 2 ? `20${rawYear}` : rawYear
  if (month < 1 || month > 12 || day < 1 || day > 31) return ''
  return ` (year-month-day: write ${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')})`
}

function isRealDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function isRealTime(value: string): boolean {
  const time = /[T ](\d{2}):(\d{2})(?::(\d{2}))?/.exec(value)
  if (!time) return true
  const [hours, minutes, seconds] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)]
  if (hours > 23 || minutes > 59 || seconds > 59) return false
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(value.slice(11))
  return !offset || (Number(offset[2]) <= 14 && Number(offset[3]) <= 59)
}

// The image is printed as <img src>, og:image, JSON-LD and feed image: a path or a web address, never
// a URL that runs script or carries a document (as the browser reads it: see schemeOf).
const imageUrl = z
  .string()
  .refine((value) => !['javascript', 'vbscript', 'livescript', 'data'].includes(schemeOf(value) ?? ''), {
    message: 'must be a path of this site (like /images/cover.jpg) or an https:// address; a javascript:, vbscript: or data: URL is not an image',
  })
  .refine(isDecodable, { message: 'has a malformed percent-escape (a % not followed by two hex digits of UTF-8); write the file name as it is, or encode % as %25' })

function isDecodable(value: string): boolean {
  try {
    decodeURI(value)
    return true
  } catch {
    return false
  }
}

const stringList = z.union([z.string().transform((value) => [value]), z.array(z.string())])

/** Front matter fields core reads. Other fields pass through for plugins (faq, review…). */
export const frontMatterSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty'),
    description: z.string().optional(),
    date: isoDate.optional(),
    updated: isoDate.optional(),
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes, like "best-gas-stoves"').optional(),
    tags: stringList.default([]),
    categories: stringList.default([]),
    draft: z.boolean().default(false),
    noindex: z.boolean().default(false),
    image: imageUrl.optional(),
    imageAlt: z.string().optional(),
    author: z.string().optional(),
    /** The page's content language, any BCP 47 tag (canonicalised); default the site's `language`. */
    lang: languageTagSchema.optional(),
    layout: z.string().regex(/^[a-z0-9-]+$/, 'must name a layout file: lower-case letters, digits and dashes, like "review"').optional(),
    aliases: z.array(z.string().startsWith('/', 'must start with /, like /old/path/')).default([]),
    translationKey: z.string().optional(),
  })
  .passthrough()

/** Validated front matter. */
export type FrontMatter = z.output<typeof frontMatterSchema>
