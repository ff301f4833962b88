import type { Wxr } from './read-wxr.js'

/** A category or tag base read off the export's own links, with the evidence. */
export interface DetectedTermBase {
  /** Path segments without slashes at either end (`thema`, `blog/thema`). */
  base: string
  /** How many links in the content point below it to a known term. */
  links: number
  /** One of them, for the report. */
  example: string
  /** Other bases links pointed to, with their counts (most first). */
  others: Array<{ base: string; links: number }>
}

const hrefPattern = /\bhref\s*=\s*(["'])(.*?)\1/gi
// A term page's own sub-URLs: its feed and its pagination.
const termPageSuffix = /(?:feed\/(?:[a-z0-9]+\/)?|page\/\d+\/)$/

/**
 * The category and tag bases (Settings → Permalinks, not in the export) the site's own content
 * shows: links to `/<base>/<known category path>/` or `/<base>/<known tag slug>/` on the site's host
 * (absolute or root-relative, below the site's folder), that are not the URL of an item. The base most
 * links agree on wins; none when no link names a term.
 */
export function detectTermBases(wxr: Wxr, siteUrl: string): { category?: DetectedTermBase; tag?: DetectedTermBase } {
  const site = parseUrl(siteUrl)
  if (!site) return {}
  const sitePath = site.pathname.replace(/\/+$/, '')
  const itemPaths = new Set(wxr.items.map((item) => parseUrl(item.link)?.pathname ?? '').filter((path) => path !== ''))
  // Longest first: `/thema/ausruestung/zelte/` is the category `ausruestung/zelte` below `thema`, not `zelte` below `thema/ausruestung`.
  const byLength = (slugs: Iterable<string>) => [...new Set(slugs)].filter((slug) => slug !== '').sort((a, b) => b.length - a.length)
  const categorySlugs = byLength(wxr.categories.flatMap((category) => [category.path, category.path.split('/').at(-1) ?? '']))
  const tagSlugs = byLength(wxr.tags.map((tag) => tag.slug))
  // A slug that is both a category and a tag says nothing about which base a link shows.
  const shared = new Set(categorySlugs.filter((slug) => tagSlugs.includes(slug)))
  const counts = { category: new Map<string, { links: number; example: string }>(), tag: new Map<string, { links: number; example: string }>() }
  for (const item of wxr.items) {
    if (item.type !== 'post' && item.type !== 'page') continue
    for (const match of item.content.matchAll(hrefPattern)) {
      const path = sitePathOf(match[2] ?? '', site, sitePath)
      if (path === undefined || itemPaths.has(`${sitePath}${path}`)) continue
      const termPath = path.replace(termPageSuffix, '')
      for (const [taxonomy, slugs] of [['category', categorySlugs], ['tag', tagSlugs]] as const) {
        const slug = slugs.find((candidate) => termPath.endsWith(`/${candidate}/`))
        if (slug === undefined || shared.has(slug)) continue
        const base = termPath.slice(1, -(slug.length + 2))
        if (!isBase(base)) continue
        const found = counts[taxonomy].get(base) ?? { links: 0, example: `${match[2]} (in "${item.title}")` }
        found.links++
        counts[taxonomy].set(base, found)
      }
    }
  }
  const best = (found: Map<string, { links: number; example: string }>): DetectedTermBase | undefined => {
    const ranked = [...found].sort(([baseA, a], [baseB, b]) => b.links - a.links || (baseA < baseB ? -1 : 1))
    const [first, ...rest] = ranked
    return first ? { base: first[0], links: first[1].links, example: first[1].example, others: rest.map(([base, { links }]) => ({ base, links })) } : undefined
  }
  const category = best(counts.category)
  const tag = best(counts.tag)
  return { ...(category ? { category } : {}), ...(tag ? { tag } : {}) }
}

/** The path of `href` below the site's folder (`/thema/zelte/`), when it is a link to the site itself. */
function sitePathOf(href: string, site: URL, sitePath: string): string | undefined {
  const value = href.trim().replaceAll('&amp;', '&')
  const url = value.startsWith('/') && !value.startsWith('//') ? parseUrl(`${site.origin}${value}`) : parseUrl(value.startsWith('//') ? `${site.protocol}${value}` : value)
  if (!url || !/^https?:$/.test(url.protocol) || hostKey(url.host) !== hostKey(site.host)) return undefined
  let path: string
  try {
    path = decodeURI(url.pathname)
  } catch {
    return undefined
  }
  if (!path.startsWith(`${sitePath}/`)) return undefined
  const below = path.slice(sitePath.length)
  return below.endsWith('/') ? below : `${below}/`
}

// Path segments as WordPress allows in a base; not a date archive (`2024/03`).
function isBase(base: string): boolean {
  const segments = base.split('/')
  return base !== '' && !/^\d{4}(?:\/\d{2})?$/.test(base) && segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..' && /^[\p{L}\p{N}._~%-]+$/u.test(segment))
}

function hostKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '')
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}
