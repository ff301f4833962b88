import type { Redirect, Site } from '@nichepress/core'
import { goLinksSchema, type AffiliateOptions } from './affiliate-options.js'
import { affiliateLinkConflict, affiliateLinksInvalid } from './diagnostics.js'
import { goPathOf } from './go-links.js'

type Message = ReturnType<typeof affiliateLinkConflict.create>

/** A `/go/` link of the site and who defined it (the config file or a page). */
export interface GoLink {
  slug: string
  target: string
  origin: string
}

/**
 * Every `/go/` link of the site: `affiliate.links` from the config, then each page's
 * `affiliateLinks`, with a catalogued message for each invalid field and each conflicting slug.
 */
export function collectGoLinks(site: Site, options: AffiliateOptions): { links: Map<string, GoLink>; messages: Message[] } {
  const links = new Map<string, GoLink>()
  const messages: Message[] = []
  const configFile = site.config.configFile
  const add = (link: GoLink, place: { file: string; line?: number }) => {
    const known = links.get(link.slug)
    if (!known) links.set(link.slug, link)
    else if (known.target !== link.target) messages.push(affiliateLinkConflict.create(place, [goPathOf(link.slug), known.origin, link.origin], { expected: known.target, actual: link.target }))
  }
  for (const [slug, target] of Object.entries(options.links)) add({ slug, target, origin: relativeTo(site, configFile) }, { file: configFile })
  for (const page of site.contentPages) {
    const value = page.frontMatter['affiliateLinks']
    if (value === undefined) continue
    const parsed = goLinksSchema.safeParse(value)
    if (!parsed.success) {
      messages.push(affiliateLinksInvalid.create({ file: page.relativePath, line: 1 }, [describeIssue(parsed.error.issues[0])]))
      continue
    }
    for (const [slug, target] of Object.entries(parsed.data)) add({ slug, target, origin: page.relativePath }, { file: page.relativePath, line: 1 })
  }
  return { links, messages }
}

/** The 302 redirects of the `/go/` links, sorted by path. */
export function goRedirects(links: ReadonlyMap<string, GoLink>): Redirect[] {
  return [...links.values()]
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    // 302: the target of a cloaked link changes whenever the author swaps the shop.
    .map((link) => ({ from: goPathOf(link.slug), to: link.target, status: 302 as const, origin: link.origin }))
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'unknown problem'
  const path = issue.path.map(String).join('.')
  return path === '' ? issue.message : `${path}: ${issue.message}`
}

function relativeTo(site: Site, file: string): string {
  const root = site.config.root.replace(/\/+$/, '')
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file
}
