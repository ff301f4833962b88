import type { Site } from '@nichepress/core'

/** Where a link stands: the Markdown file and its position. */
export interface LinkPlace {
  file: string
  line: number | undefined
  column: number | undefined
  target: string
}

/** The internal link graph of a site's content. */
export interface LinkGraph {
  /** Every content page with its distinct inbound (from other content pages) and outbound links. */
  pages: Array<{ url: string; file: string; inbound: number; outbound: number }>
  /** Content pages no other content page links to. */
  orphans: string[]
  /** Orphans that only tag pages list: readers find them only by browsing a tag. */
  onlyViaTags: string[]
  /** Links to URLs the site does not have. */
  broken: LinkPlace[]
  /** Links to a redirect's old URL: they should point to where it redirects. */
  toRedirects: Array<LinkPlace & { redirectsTo: string }>
}

// Links to files (`/files/report.pdf`) are assets, not pages; core checks those exist.
const assetPattern = /\.(?!html?$)[a-z0-9]+$/i

/** Builds the link graph from core's resolved links (`page.rendered.links`), sorted by URL and position. */
export function buildLinkGraph(site: Site): LinkGraph {
  const known = new Set(site.pages.map((page) => page.url))
  const redirects = new Map(site.redirects.map((redirect) => [redirect.from, redirect.to]))
  const contentUrls = new Set(site.contentPages.map((page) => page.url))
  const inbound = new Map<string, Set<string>>()
  const broken: LinkPlace[] = []
  const toRedirects: LinkGraph['toRedirects'] = []
  const pages = site.contentPages.map((page) => {
    const outbound = new Set<string>()
    for (const link of page.rendered.links) {
      const place = { file: page.relativePath, line: link.line, column: link.column, target: link.target }
      const redirectsTo = redirects.get(link.target)
      // A redirect to another site (an affiliate `/go/` link) is meant to be linked to.
      if (redirectsTo !== undefined && redirectsTo.startsWith('/')) toRedirects.push({ ...place, redirectsTo })
      else if (redirectsTo === undefined && !known.has(link.target) && !assetPattern.test(link.target)) broken.push(place)
      const target = redirectsTo ?? link.target
      if (!contentUrls.has(target) || target === page.url) continue
      outbound.add(target)
      let sources = inbound.get(target)
      if (!sources) inbound.set(target, (sources = new Set()))
      sources.add(page.url)
    }
    return { url: page.url, file: page.relativePath, inbound: 0, outbound: outbound.size }
  })
  for (const page of pages) page.inbound = inbound.get(page.url)?.size ?? 0
  const orphans = pages.filter((page) => page.inbound === 0).map((page) => page.url)
  const tagged = new Set(site.tags.flatMap((tag) => tag.posts.map((post) => post.url)))
  return { pages, orphans, onlyViaTags: orphans.filter((url) => tagged.has(url)), broken, toRedirects }
}
