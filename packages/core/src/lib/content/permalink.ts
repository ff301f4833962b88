/** Values a permalink pattern may use. */
export interface PermalinkValues {
  slug: string
  /** ISO date; `:year`, `:month` and `:day` need it. */
  date: string | undefined
  category: string
}

/** Expands a pattern like `/:year/:month/:slug/` into a root-relative URL with a trailing slash. */
export function expandPermalink(pattern: string, values: PermalinkValues): string {
  const [year = '0000', month = '01', day = '01'] = values.date?.slice(0, 10).split('-') ?? []
  return pattern
    .replace(':slug', values.slug)
    .replace(':year', year)
    .replace(':month', month)
    .replace(':day', day)
    .replace(':category', values.category)
    .replace(/\/+/g, '/')
}
