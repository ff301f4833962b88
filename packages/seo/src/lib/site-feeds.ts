import type { OutputPage, Page, SiteFile } from '@nichepress/core'
import { absolutizeUrls } from './absolutize-urls.js'
import { lastModified, normalizeDate } from './dates.js'
import { generateFeeds, type FeedItem } from './generate-feeds.js'
import { metaDescription } from './meta-description.js'
import { type SeoContext, urlOf } from './seo-context.js'

/** The site feed and, with `feeds.perTag`, one feed per tag, from the indexable posts. */
export function siteFeeds(context: SeoContext): SiteFile[] {
  const { site, options } = context
  if (!options.feeds.enabled) return []
  const outputPages = new Map(site.pages.map((page) => [page.url, page]))
  const listed = (posts: readonly Page[]) =>
    posts
      .flatMap((post) => {
        const page = outputPages.get(post.url)
        return page && page.inSitemap ? [feedItem(page, context)] : []
      })
      .slice(0, options.feeds.limit)
  const { config } = site
  const publisher = config.publisher ? { name: config.publisher.name, url: config.publisher.url === undefined ? undefined : urlOf(context, config.publisher.url) } : undefined
  const files = generateFeeds({
    title: config.title,
    description: config.description,
    language: config.language,
    homeUrl: urlOf(context, '/'),
    feedBaseUrl: urlOf(context, '/'),
    outputFolder: '',
    author: publisher,
    items: listed(site.posts),
  })
  if (!options.feeds.perTag) return files
  for (const tag of site.tags) {
    files.push(
      ...generateFeeds({
        title: `${config.title}: ${tag.name}`,
        description: config.description,
        language: config.language,
        homeUrl: urlOf(context, tag.url),
        feedBaseUrl: urlOf(context, tag.url),
        outputFolder: tag.url.replace(/^\/+/, ''),
        author: publisher,
        items: listed(tag.posts),
      }),
    )
  }
  return files
}

function feedItem(page: OutputPage, context: SeoContext): FeedItem {
  const { config } = context.site
  const authorId = page.source?.frontMatter.author
  const author = authorId === undefined ? config.authors[0] : config.authors.find((entry) => entry.id === authorId)
  return {
    url: urlOf(context, page.url),
    title: page.title,
    summary: metaDescription(page.description ?? ''),
    contentHtml: context.options.feeds.fullText ? absolutizeUrls(page.content ?? '', context.deploy.baseUrl) : undefined,
    published: page.date === undefined ? undefined : normalizeDate(page.date),
    modified: lastModified(page),
    author: author ? { name: author.name, url: author.url === undefined ? undefined : urlOf(context, author.url) } : undefined,
    tags: page.source?.frontMatter.tags ?? [],
    image: page.image === undefined ? undefined : urlOf(context, page.image),
    language: page.lang,
  }
}
