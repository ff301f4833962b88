import { goLinksSchema } from './affiliate-options.js'

/** Root-relative prefix of cloaked links. */
export const goPrefix = '/go/'

/**
 * The slug of a cloaked link, or undefined: `/go/<slug>/`, the relative `../go/<slug>/` (any depth)
 * and, when `siteUrl` is given, `https://<the site's host>[/base]/go/<slug>/`. Query and fragment allowed.
 */
export function goSlugOf(href: string, siteUrl?: string): string | undefined {
  const trimmed = href.trim()
  const path = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(trimmed) ? ownPathOf(trimmed, siteUrl) : trimmed.replace(/^(?:\.\/)?(?:\.\.\/)+/, '/')
  if (path === undefined) return undefined
  const match = /^\/go\/([a-z0-9][a-z0-9-]*)\/?(?:[?#].*)?$/.exec(path)
  return match?.[1]
}

/** The path of an absolute link to the site itself (below its base path), else undefined. */
function ownPathOf(href: string, siteUrl: string | undefined): string | undefined {
  if (!siteUrl) return undefined
  try {
    const url = new URL(href, siteUrl)
    const site = new URL(siteUrl)
    if (!/^https?:$/.test(url.protocol) || url.hostname.replace(/^www\./, '') !== site.hostname.replace(/^www\./, '')) return undefined
    const base = site.pathname.replace(/\/+$/, '')
    if (base !== '' && !url.pathname.startsWith(`${base}/`)) return undefined
    return url.pathname.slice(base.length) + url.search + url.hash
  } catch {
    return undefined
  }
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
