import type { HeadElement, OutputPage } from '@nichepress/core'
import { lastModified, normalizeDate } from './dates.js'
import { feedLinks } from './feed-links.js'
import { buildJsonLdGraph } from './json-ld/build-json-ld-graph.js'
import { serializeJsonLd } from './json-ld/serialize-json-ld.js'
import { metaDescription } from './meta-description.js'
import { encodedUrl } from './deploy-context.js'
import { ogLocale, type SeoContext, urlOf } from './seo-context.js'
import type { Translation } from './translations.js'

/**
 * Head elements for one page: description, canonical, robots, Open Graph, Twitter card, hreflang
 * alternates, feed autodiscovery and the JSON-LD graph. Core serialises them with attributes escaped.
 */
export function buildHeadElements(page: OutputPage, context: SeoContext, translations: readonly Translation[]): HeadElement[] {
  const { config } = context.site
  const url = urlOf(context, page.url)
  const description = metaDescription(page.description ?? config.description)
  const isNoindex = page.noindex || context.deploy.isPreview
  const meta = (key: 'name' | 'property', name: string, content: string): HeadElement => ({ tag: 'meta', attributes: { [key]: name, content } })
  const head: HeadElement[] = []
  if (description) head.push(meta('name', 'description', description))
  head.push({ tag: 'link', attributes: { rel: 'canonical', href: url } })
  head.push(meta('name', 'robots', isNoindex ? 'noindex, follow' : 'index, follow, max-image-preview:large'))
  for (const translation of translations) {
    head.push({ tag: 'link', attributes: { rel: 'alternate', hreflang: translation.lang, href: urlOf(context, translation.url) } })
  }
  const fallback = translations.find((translation) => translation.lang === config.language)
  if (fallback) head.push({ tag: 'link', attributes: { rel: 'alternate', hreflang: 'x-default', href: urlOf(context, fallback.url) } })

  const isArticle = page.kind === 'post'
  head.push(meta('property', 'og:type', isArticle ? 'article' : 'website'))
  head.push(meta('property', 'og:site_name', config.title))
  head.push(meta('property', 'og:title', page.title))
  if (description) head.push(meta('property', 'og:description', description))
  head.push(meta('property', 'og:url', url))
  head.push(meta('property', 'og:locale', ogLocale(page.lang)))
  for (const translation of translations) if (translation.lang !== page.lang) head.push(meta('property', 'og:locale:alternate', ogLocale(translation.lang)))
  const image = page.image ?? context.options.defaultImage
  if (image !== undefined) {
    head.push(meta('property', 'og:image', encodedUrl(urlOf(context, image))))
    const size = context.imageDimensions.get(image)
    if (size) head.push(meta('property', 'og:image:width', String(size.width)), meta('property', 'og:image:height', String(size.height)))
    if (page.imageAlt) head.push(meta('property', 'og:image:alt', page.imageAlt))
  }
  if (isArticle) {
    const published = page.date === undefined ? undefined : normalizeDate(page.date)
    const modified = lastModified(page)
    if (published) head.push(meta('property', 'article:published_time', published.dateTime))
    if (modified) head.push(meta('property', 'article:modified_time', modified.dateTime))
    for (const tag of page.source?.frontMatter.tags ?? []) head.push(meta('property', 'article:tag', tag))
  }
  head.push(meta('name', 'twitter:card', image !== undefined ? 'summary_large_image' : 'summary'))
  if (context.options.twitter.site) head.push(meta('name', 'twitter:site', context.options.twitter.site))
  head.push(...feedLinks(page, context))
  head.push({ tag: 'script', attributes: { type: 'application/ld+json' }, text: serializeJsonLd(buildJsonLdGraph(page, context)) })
  return head
}
