import type { OutputPage } from '@nichepress/core'
import type { BlogPosting, BreadcrumbList, Graph, Thing, WebPage } from 'schema-dts'
import { lastModified, normalizeDate } from '../dates.js'
import { metaDescription } from '../meta-description.js'
import { type SeoContext, urlOf } from '../seo-context.js'
import { parseSeoFrontMatter } from '../seo-front-matter.js'
import { faqQuestions, productList, reviewNodes, type RichNodeIds } from './rich-nodes.js'
import { authorReference, imageObject, publisherNode, siteIds, websiteNode } from './site-nodes.js'

/**
 * One schema.org `@graph` for a page: WebSite, publisher, WebPage (FAQPage with `faq:`), primary
 * image, BreadcrumbList below home, BlogPosting for posts, Review + Product for `review:`, ItemList
 * for `products:`. Nodes refer to each other by `@id`; each appears once.
 */
export function buildJsonLdGraph(page: OutputPage, context: SeoContext): Graph {
  const { config } = context.site
  const pageUrl = urlOf(context, page.url)
  const ids = { ...siteIds(context), webpage: `${pageUrl}#webpage`, breadcrumb: `${pageUrl}#breadcrumb`, article: `${pageUrl}#article` }
  const seo = page.source ? parseSeoFrontMatter(page.source.frontMatter) : undefined
  const extra = seo?.success ? seo.data : {}
  const imageSrc = page.image ?? context.options.defaultImage
  const image = imageSrc === undefined ? undefined : imageObject(context, imageSrc, `${pageUrl}#primaryimage`, page.imageAlt)
  const published = page.date === undefined ? undefined : normalizeDate(page.date)
  const modified = lastModified(page)
  const description = metaDescription(page.description ?? config.description)
  const isBelowHome = page.url !== '/'
  const author = page.kind === 'post' ? authorReference(context, page.source?.frontMatter.author) : undefined

  const webpage: WebPage = {
    '@type': extra.faq && extra.faq.length > 0 ? 'FAQPage' : page.kind === 'tag' || page.kind === 'archive' || page.kind === 'home' ? 'CollectionPage' : 'WebPage',
    '@id': ids.webpage,
    url: pageUrl,
    name: page.title,
    ...(description ? { description } : {}),
    isPartOf: { '@id': ids.website },
    inLanguage: page.lang,
    ...(isBelowHome ? { breadcrumb: { '@id': ids.breadcrumb } } : {}),
    ...(image ? { primaryImageOfPage: { '@id': image['@id'] } } : {}),
    ...(published ? { datePublished: published.dateTime } : {}),
    ...(modified ? { dateModified: modified.dateTime } : {}),
    ...(extra.faq && extra.faq.length > 0 ? { mainEntity: faqQuestions(extra.faq) } : {}),
  }
  const nodes: Thing[] = [websiteNode(context), publisherNode(context), webpage]
  if (image) nodes.push(image)
  if (isBelowHome) nodes.push(breadcrumbs(page, context, ids.breadcrumb))
  if (author) {
    if (author.node) nodes.push(author.node)
    nodes.push(blogPosting(page, context, { ...ids, author: author.id, image: image?.['@id'], description, published, modified }))
  }
  const richIds: RichNodeIds = {
    pageUrl,
    author: author?.id ?? ids.publisher,
    publisher: ids.publisher,
    image: image?.['@id'],
    currency: context.options.currency,
    datePublished: published?.dateTime,
  }
  if (extra.review) nodes.push(...reviewNodes(extra.review, richIds))
  if (extra.products && extra.products.length > 0) nodes.push(productList(extra.products, page.title, richIds))
  return { '@context': 'https://schema.org', '@graph': nodes }
}

function blogPosting(
  page: OutputPage,
  context: SeoContext,
  ids: { article: string; webpage: string; publisher: string; author: string; image: string | undefined; description: string; published: ReturnType<typeof normalizeDate>; modified: ReturnType<typeof normalizeDate> },
): BlogPosting {
  const source = page.source
  const tags = source?.frontMatter.tags ?? []
  return {
    '@type': 'BlogPosting',
    '@id': ids.article,
    headline: page.title,
    ...(ids.description ? { description: ids.description } : {}),
    ...(ids.published ? { datePublished: ids.published.dateTime } : {}),
    ...(ids.modified ? { dateModified: ids.modified.dateTime } : {}),
    author: { '@id': ids.author },
    publisher: { '@id': ids.publisher },
    ...(ids.image ? { image: { '@id': ids.image } } : {}),
    mainEntityOfPage: { '@id': ids.webpage },
    isPartOf: { '@id': ids.webpage },
    url: urlOf(context, page.url),
    inLanguage: page.lang,
    ...(source ? { wordCount: source.rendered.wordCount } : {}),
    ...(tags.length > 0 ? { keywords: tags.join(', ') } : {}),
  }
}

function breadcrumbs(page: OutputPage, context: SeoContext, id: string): BreadcrumbList {
  const { config } = context.site
  const trail = [
    { name: config.title, url: '/' },
    { name: page.title, url: page.url },
  ]
  return {
    '@type': 'BreadcrumbList',
    '@id': id,
    itemListElement: trail.map((step, index) => ({ '@type': 'ListItem', position: index + 1, name: step.name, item: urlOf(context, step.url) })),
  }
}
