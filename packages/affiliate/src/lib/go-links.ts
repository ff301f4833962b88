import { goLinksSchema } from './affiliate-options.js'

/** Root-relative prefix of cloaked links. */
export const goPrefix = '/go/'

/** The slug of a `/go/<slug>/` link (query and fragment allowed), or undefined. */
export function goSlugOf(href: string): string | undefined {
  const match = /^\/go\/([a-z0-9][a-z0-9-]*)\/?(?:[?#].*)?$/.exec(href.trim())
  return match?.[1]
}

/** The URL path a slug is served at. */
export function goPathOf(slug: string): string {
  return `${goPrefix}${slug}/`
}

/** A page's `affiliateLinks` front matter when it is a valid slug → URL map, else undefined. */
export function pageGoLinksOf(frontMatter: Readonly<Record<string, unknown>> | undefined): Record<string, string> | undefined {
  const value = frontMatter?.['affiliateLinks']
  if (value === undefined) return undefined
  const parsed = goLinksSchema.safeParse(value)
  return parsed.success ? parsed.data : undefined
}
