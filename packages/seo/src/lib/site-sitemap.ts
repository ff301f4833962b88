import type { OutputPage, Page } from '@nichepress/core'
import { lastModified, type NormalizedDate } from './dates.js'
import type { SitemapEntry } from './generate-sitemaps.js'
import { encodedUrl } from './deploy-context.js'
import { type SeoContext, urlOf } from './seo-context.js'
import { translationsOf, type Translation } from './translations.js'

/** Google reads at most 1,000 images per URL. */
const maxImagesPerUrl = 1000

/**
 * Sitemap entries for every page listed in sitemaps (`inSitemap`, not noindex, not a 404 or a
 * redirect source). List pages take the newest date of the posts they list as `lastmod`.
 */
export function siteSitemapEntries(context: SeoContext, translationGroups: ReadonlyMap<string, readonly Translation[]>): SitemapEntry[] {
  const { site } = context
  const redirected = new Set(site.redirects.map((redirect) => redirect.from))
  const newestOfAll = newest(site.posts)
  // A tag with many posts has many list pages: find each tag's newest post once.
  const newestOfTag = new Map(site.tags.map((tag) => [tag.url, newest(tag.posts)]))
  return site.pages
    .filter((page) => page.inSitemap && !page.noindex && page.kind !== '404' && !redirected.has(page.url))
    .map((page) => {
      const tag = page.kind === 'tag' ? site.tags.find((group) => page.url.startsWith(group.url)) : undefined
      const date = page.source ? lastModified(page) : tag ? newestOfTag.get(tag.url) : page.kind === 'home' || page.kind === 'archive' ? newestOfAll : undefined
      const alternates = translationsOf(page.source, translationGroups).map((translation) => ({ hreflang: translation.lang, href: urlOf(context, translation.url) }))
      return { url: urlOf(context, page.url), lastmod: date?.w3c, images: imagesOf(page, context), alternates }
    })
}

function imagesOf(page: OutputPage, context: SeoContext): string[] {
  const sources = page.image === undefined ? [] : [page.image]
  for (const match of (page.content ?? '').matchAll(/<img\b[^>]*?\ssrc="([^"]+)"/gi)) if (match[1]) sources.push(decodeAttribute(match[1]))
  const urls = sources.filter((src) => src.startsWith('/') || /^https?:\/\//.test(src)).map((src) => encodedUrl(urlOf(context, src)))
  return [...new Set(urls)].slice(0, maxImagesPerUrl)
}

function newest(posts: readonly Page[]): NormalizedDate | undefined {
  let latest: NormalizedDate | undefined
  for (const post of posts) {
    const date = lastModified(post)
    if (date && (!latest || date.epochMilliseconds > latest.epochMilliseconds)) latest = date
  }
  return latest
}

function decodeAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'")
}
