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

/** What a Jekyll collection document's permalink is filled with. */
export interface JekyllDocumentValues {
  collection: string
  /** Path inside the collection folder, without extension (`guides/setup`). */
  path: string
  /** `slug` from the front matter, if any. */
  slug: string | undefined
  date: string | undefined
  categories: readonly string[]
}

/** The template Jekyll uses for a collection without its own `permalink`: `/:collection/:path` with the site style's ending. */
export function jekyllCollectionTemplate(permalinkStyle: string): string {
  return addPermalinkSuffix('/:collection/:path', permalinkStyle)
}

/** The URL Jekyll gave a document of an output collection (`_docs/setup.md` → `/docs/setup/`). */
export function jekyllDocumentUrl(pattern: string, values: JekyllDocumentValues, baseurl = ''): string {
  const basename = values.path.split('/').pop() ?? values.path
  const date = values.date ?? '1970-01-01'
  const [year = '0000', month = '01', day = '01'] = date.slice(0, 10).split('-')
  const replacements: Record<string, string> = {
    collection: values.collection,
    path: values.path,
    name: jekyllSlugify(basename, 'default').toLowerCase(),
    title: jekyllSlugify(values.slug ?? basename, 'pretty'),
    slug: jekyllSlugify(values.slug ?? basename, 'default').toLowerCase(),
    categories: values.categories.map((category) => jekyllSlugify(category, 'pretty').toLowerCase()).join('/'),
    year,
    month,
    day,
    short_year: year.slice(2),
    i_month: String(Number(month)),
    i_day: String(Number(day)),
    output_ext: '.html',
  }
  const path = (styles[pattern] ?? pattern).replace(/:(collection|short_year|year|i_month|month|i_day|day|output_ext|categories|title|slug|name|path)/g, (_match, token: string) => replacements[token] ?? '')
  return cleanUrl(`${baseurl.replace(/\/+$/, '')}/${path}`)
}

/**
 * The URL Jekyll gave a page (a file with front matter outside `_` folders): `index` files name
 * their folder, other HTML and Markdown pages end as the site's permalink style says
 * (`/about.html` for `date`, `/about/` for `pretty` or a style ending in `/`).
 */
export function jekyllPageUrl(relativePath: string, permalinkStyle: string, baseurl = ''): string {
  const match = /^(?:(.*)\/)?([^/]+?)(\.[^./]+)?$/.exec(relativePath)
  const dir = match?.[1] ?? ''
  const name = match?.[2] ?? relativePath
  const extension = (match?.[3] ?? '').toLowerCase()
  const isHtml = ['.md', '.markdown', '.mkdown', '.mkd', '.html', '.htm'].includes(extension)
  const outputExtension = isHtml ? '.html' : extension
  let path: string
  if (!isHtml) path = `/${dir}/${name}${outputExtension}`
  else if (name === 'index') path = `/${dir}/`
  else path = addPermalinkSuffix(`/${dir}/${name}`, permalinkStyle).replace(':output_ext', outputExtension)
  return cleanUrl(`${baseurl.replace(/\/+$/, '')}/${path}`)
}

function addPermalinkSuffix(template: string, style: string): string {
  if (style === 'pretty') return `${template}/`
  if (style === 'date' || style === 'ordinal' || style === 'none') return `${template}:output_ext`
  return `${template}${style.endsWith('/') ? '/' : ''}${style.endsWith(':output_ext') ? ':output_ext' : ''}`
}

function cleanUrl(url: string): string {
  return url.replace(/\/{2,}/g, '/').replace(/\/index\.html$/, '/')
}
