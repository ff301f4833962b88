import type { Page } from '../content/page.js'
import { urlSlug } from '../content/slugify.js'
import { formatDate } from '../render/format-date.js'
import { uiStrings } from '../render/ui-strings.js'
import type { OutputPage, Site } from './site.js'

/** A post as list layouts show it. */
export interface ListItem {
  title: string
  url: string
  description: string
  date: string | undefined
  dateDisplay: string | undefined
  image: string | undefined
  imageAlt: string | undefined
  tags: Array<{ name: string; url: string }>
}

/** Pagination data for list layouts. */
export interface Pagination {
  current: number
  total: number
  prevUrl: string | undefined
  nextUrl: string | undefined
  /**
   * The first and last page and those near the current one (at most 7, so a list with thousands
   * of pages does not link all of them from each); `gapBefore` marks a skipped run before a page.
   */
  pages: Array<{ number: number; url: string; isCurrent: boolean; gapBefore: boolean }>
}

/** Pages within this distance of the current one are linked besides the first and the last. */
const paginationWindow = 2

function pageWindow(current: number, total: number): number[] {
  const shown = new Set([1, total])
  for (let number = Math.max(1, current - paginationWindow); number <= Math.min(total, current + paginationWindow); number++) shown.add(number)
  return [...shown].sort((a, b) => a - b)
}

/** Home with pagination, one paginated page per tag, the archive and the 404 page. */
export function generateCorePages(site: Site): OutputPage[] {
  const { config } = site
  const t = uiStrings[config.textLanguage]
  const lang = config.language
  const textLanguage = config.textLanguage
  const pages: OutputPage[] = []
  // A content page at `/` (a landing page) replaces the home list; the list then starts at /page/2/.
  const homeIsContent = site.contentPages.some((page) => page.url === '/')
  for (const chunk of paginate(site.posts, config.pagination.perPage, '/')) {
    if (homeIsContent && chunk.url === '/') continue
    pages.push({
      kind: 'home',
      url: chunk.url,
      layout: 'list',
      title: chunk.pagination.current === 1 ? config.title : `${t.page} ${chunk.pagination.current}`,
      description: config.description,
      lang,
      textLanguage,
      noindex: false,
      inSitemap: true,
      data: { list: { items: chunk.items.map((post) => toListItem(post, site)), pagination: chunk.pagination } },
    })
  }
  for (const tag of site.tags) {
    for (const chunk of paginate(tag.posts, config.pagination.perPage, tag.url)) {
      pages.push({
        kind: 'tag',
        url: chunk.url,
        layout: 'tag',
        // Every paginated page gets its own title, so search engines see no duplicates.
        title: chunk.pagination.current === 1 ? `${t.postsTagged}: ${tag.name}` : `${t.postsTagged}: ${tag.name} (${t.page} ${chunk.pagination.current})`,
        lang,
      textLanguage,
        noindex: false,
        inSitemap: true,
        data: {
          tag: { name: tag.name, count: tag.posts.length },
          list: { items: chunk.items.map((post) => toListItem(post, site)), pagination: chunk.pagination },
        },
      })
    }
  }
  const years = new Map<string, ListItem[]>()
  for (const post of site.posts) {
    const year = post.date?.slice(0, 4) ?? '—'
    years.set(year, [...(years.get(year) ?? []), toListItem(post, site)])
  }
  pages.push({
    kind: 'archive',
    url: textLanguage === 'de' ? '/archiv/' : '/archive/',
    layout: 'archive',
    title: t.archive,
    lang,
    textLanguage,
    noindex: false,
    inSitemap: true,
    data: { archive: { years: [...years.entries()].map(([year, items]) => ({ year, items })) } },
  })
  pages.push({ kind: '404', url: '/404.html', layout: '404', title: t.notFoundTitle, lang, textLanguage, noindex: true, inSitemap: false })
  return pages
}

const tagUrlsBySite = new WeakMap<Site, ReadonlyMap<string, string>>()

/**
 * The tag pages' links for a page's tag names, labelled as the page wrote them (names without a
 * tag page are left out).
 */
export function tagLinksOf(site: Site, names: readonly string[]): Array<{ name: string; url: string }> {
  // Built once per site: every list item and every page asks.
  let tagUrls = tagUrlsBySite.get(site)
  if (!tagUrls) {
    tagUrls = new Map(site.tags.map((tag) => [tag.slug, tag.url]))
    tagUrlsBySite.set(site, tagUrls)
  }
  const urls = tagUrls
  // Tag pages group by slug, so `Gaskocher` and `gaskocher` share one page; look it up the same way.
  return names.flatMap((name) => {
    const url = urls.get(urlSlug(name))
    return url ? [{ name, url }] : []
  })
}

/** A post reduced to what a list shows. */
export function toListItem(post: Page, site: Site): ListItem {
  return {
    title: post.frontMatter.title,
    url: post.url,
    description: post.frontMatter.description ?? post.rendered.excerpt,
    date: post.date?.slice(0, 10),
    dateDisplay: post.date ? formatDate(post.date, post.textLanguage, post.lang) : undefined,
    image: post.frontMatter.image,
    imageAlt: post.frontMatter.imageAlt,
    tags: tagLinksOf(site, post.frontMatter.tags),
  }
}

/** Splits items into pages: `base`, `base + page/2/`, … */
export function paginate<T>(items: readonly T[], perPage: number, base: string): Array<{ url: string; items: readonly T[]; pagination: Pagination }> {
  const total = Math.max(1, Math.ceil(items.length / perPage))
  const urlOf = (number: number) => (number === 1 ? base : `${base}page/${number}/`)
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1
    return {
      url: urlOf(number),
      items: items.slice(index * perPage, (index + 1) * perPage),
      pagination: {
        current: number,
        total,
        prevUrl: number > 1 ? urlOf(number - 1) : undefined,
        nextUrl: number < total ? urlOf(number + 1) : undefined,
        pages: pageWindow(number, total).map((other, position, shown) => ({ number: other, url: urlOf(other), isCurrent: other === number, gapBefore: position > 0 && other - (shown[position - 1] ?? other) > 1 })),
      },
    }
  })
}
