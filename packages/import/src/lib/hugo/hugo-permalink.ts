/** What a Hugo permalink pattern is filled with. */
export interface HugoUrlValues {
  date: string | undefined
  title: string
  slug: string | undefined
  /** File name without language and extension, or the bundle folder. */
  filename: string
  /** Section path, e.g. `posts` or `posts/travel`. */
  sections: string
}

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** The URL Hugo gave a page: its permalink pattern for the section, or Hugo's default `/<sections>/<slug or file>/`. */
export function hugoPageUrl(pattern: string | undefined, values: HugoUrlValues): string {
  const name = urlize(values.slug ?? values.filename)
  if (!pattern) return `/${[values.sections.toLowerCase(), name].filter(Boolean).join('/')}/`.replace(/\/{2,}/g, '/')
  const [year = '0000', month = '01', day = '01'] = values.date?.slice(0, 10).split('-') ?? []
  const replacements: Record<string, string> = {
    year,
    month,
    monthname: monthNames[Number(month) - 1] ?? '',
    day,
    title: urlize(values.title),
    slug: urlize(values.slug ?? values.title),
    filename: urlize(values.filename),
    contentbasename: urlize(values.filename),
    slugorfilename: name,
    slugorcontentbasename: name,
    section: values.sections.split('/')[0] ?? '',
    sections: values.sections,
  }
  const path = pattern.replace(/:(slugorcontentbasename|slugorfilename|contentbasename|monthname|sections|section|filename|title|slug|year|month|day)/g, (_match, token: string) => replacements[token] ?? '')
  return `/${path}/`.replace(/\/{2,}/g, '/')
}

/** Hugo's `urlize`: lower case, spaces to dashes, letters of every script kept. */
export function urlize(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}\-_.]/gu, '')
}
