/** Jekyll's named permalink styles. */
const styles: Readonly<Record<string, string>> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
}

/** What a Jekyll permalink pattern is filled with. */
export interface JekyllUrlValues {
  /** `YYYY-MM-DD…` */
  date: string
  /** The slug part of the file name (`open data-aus-sicht`), or front matter `slug`. */
  title: string
  categories: readonly string[]
}

/** The URL Jekyll gave a post: a named style or pattern, expanded as Jekyll 3/4 does. */
export function jekyllPostUrl(permalink: string, values: JekyllUrlValues, baseurl = ''): string {
  const pattern = styles[permalink] ?? permalink
  const [year = '0000', month = '01', day = '01'] = values.date.slice(0, 10).split('-')
  const dayOfYear = Math.round((Date.UTC(Number(year), Number(month) - 1, Number(day)) - Date.UTC(Number(year), 0, 0)) / 86_400_000)
  const replacements: Record<string, string> = {
    year,
    short_year: year.slice(2),
    month,
    i_month: String(Number(month)),
    day,
    i_day: String(Number(day)),
    y_day: String(dayOfYear).padStart(3, '0'),
    title: jekyllSlugify(values.title, 'pretty'),
    slug: jekyllSlugify(values.title, 'default').toLowerCase(),
    categories: values.categories.map((category) => jekyllSlugify(category, 'pretty').toLowerCase()).join('/'),
    output_ext: '.html',
  }
  const path = pattern.replace(/:(short_year|year|i_month|month|i_day|day|y_day|title|slug|categories|output_ext)/g, (_match, token: string) => replacements[token] ?? '')
  return `${baseurl.replace(/\/+$/, '')}/${path}`.replace(/\/{2,}/g, '/')
}

/** Jekyll's `Utils.slugify` in "pretty" or "default" mode, case kept (as `:title` does). */
export function jekyllSlugify(text: string, mode: 'pretty' | 'default'): string {
  const pattern = mode === 'pretty' ? /[^\p{L}\p{N}._~!$&'()+,;=@]+/gu : /[^\p{L}\p{N}]+/gu
  return text.replace(pattern, '-').replace(/^-+|-+$/g, '')
}
