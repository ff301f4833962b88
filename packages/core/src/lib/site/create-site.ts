import type { ResolvedConfig } from '../config/resolved-config.js'
import type { Page } from '../content/page.js'
import { urlSlug } from '../content/slugify.js'
import type { HostRedirect, OutputPage, Redirect, Site, TagGroup } from './site.js'

/** Builds the site model from rendered content pages. `pages` and `redirects` are filled later. */
export function createSite(
  config: ResolvedConfig,
  contentPages: readonly Page[],
  options: { mode: 'build' | 'dev'; includeDrafts: boolean },
): Site & { pages: OutputPage[]; redirects: Redirect[]; hostRedirects: HostRedirect[]; contentSecurityPolicy: Record<string, string[]> } {
  const sorted = [...contentPages].sort((a, b) => compare(a.url, b.url))
  const posts = sorted.filter((page) => page.kind === 'post').sort(newestFirst)
  return {
    config,
    mode: options.mode,
    includeDrafts: options.includeDrafts,
    contentPages: sorted,
    posts,
    tags: groupTags(posts, config),
    pages: [],
    redirects: [],
    hostRedirects: [],
    contentSecurityPolicy: {},
    absoluteUrl: (path) => (/^https?:\/\//.test(path) ? path : `${config.url}${path.startsWith('/') ? path : `/${path}`}`),
    facts<T>(name: string) {
      const found: Array<{ page: Page; value: T }> = []
      for (const page of sorted) {
        const value = page.rendered.facts[name]
        if (value !== undefined) found.push({ page, value: value as T })
      }
      return found
    },
  }
}

/** Newest first by date (undated last), then by URL, so order never depends on the file system. */
export function newestFirst(a: Page, b: Page): number {
  const byDate = compare(b.date ?? '', a.date ?? '')
  return byDate !== 0 ? byDate : compare(a.url, b.url)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function groupTags(posts: readonly Page[], config: ResolvedConfig): TagGroup[] {
  const groups = new Map<string, { name: string; posts: Page[] }>()
  for (const post of posts) {
    for (const name of post.frontMatter.tags) {
      const slug = urlSlug(name)
      if (!slug) continue
      const group = groups.get(slug) ?? { name, posts: [] }
      group.posts.push(post)
      groups.set(slug, group)
    }
  }
  const base = config.textLanguage === 'de' ? '/themen/' : '/tags/'
  return [...groups.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([slug, group]) => ({ name: group.name, slug, url: `${base}${slug}/`, posts: group.posts }))
}
