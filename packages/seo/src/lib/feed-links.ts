import type { HeadElement, OutputPage } from '@nichepress/core'
import { type SeoContext, urlOf } from './seo-context.js'

/** File names of the three feeds, under `/` and, with `feeds.perTag`, under each tag's URL. */
export const feedFileNames = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' } as const

const feedTypes = [
  { file: feedFileNames.rss, type: 'application/rss+xml', label: 'RSS' },
  { file: feedFileNames.atom, type: 'application/atom+xml', label: 'Atom' },
  { file: feedFileNames.json, type: 'application/feed+json', label: 'JSON Feed' },
] as const

/** `<link rel="alternate">` autodiscovery for the site feeds, and a tag page's own feeds. */
export function feedLinks(page: OutputPage, context: SeoContext): HeadElement[] {
  const { feeds } = context.options
  if (!feeds.enabled || context.site.posts.length === 0) return []
  const { title } = context.site.config
  const links = feedTypes.map((feed) => link(feed.type, `${title} (${feed.label})`, urlOf(context, `/${feed.file}`)))
  const tag = feeds.perTag && page.kind === 'tag' ? context.site.tags.find((group) => page.url.startsWith(group.url)) : undefined
  if (tag) links.push(...feedTypes.map((feed) => link(feed.type, `${title}: ${tag.name} (${feed.label})`, urlOf(context, `${tag.url}${feed.file}`))))
  return links
}

function link(type: string, title: string, href: string): HeadElement {
  return { tag: 'link', attributes: { rel: 'alternate', type, title, href } }
}
