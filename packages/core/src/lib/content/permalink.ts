/** Values a permalink pattern may use. */
export interface PermalinkValues {
  slug: string
  /** ISO date; `:year`, `:month` and `:day` need it. */
  date: string | undefined
  category: string
  /** Folders and file name below the section (`posts/`, `pages/`), slugified; `index` files name their folder. */
  path: string
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
    .replace(':path', values.path)
    .replace(/\/+/g, '/')
}
