import type { ImageObject, Organization, Person, WebSite } from 'schema-dts'
import type { SeoContext } from '../seo-context.js'
import { urlOf } from '../seo-context.js'

/** `@id`s of the nodes every page shares. */
export function siteIds(context: SeoContext) {
  const base = context.deploy.baseUrl
  return { website: `${base}/#website`, publisher: `${base}/#publisher` }
}

/** The WebSite node. */
export function websiteNode(context: SeoContext): WebSite {
  const { config } = context.site
  const ids = siteIds(context)
  return {
    '@type': 'WebSite',
    '@id': ids.website,
    url: `${context.deploy.baseUrl}/`,
    name: config.title,
    ...(config.description ? { description: config.description } : {}),
    inLanguage: config.language,
    publisher: { '@id': ids.publisher },
  }
}

/** The publisher: an Organization with its logo, or a Person; falls back to an Organization named like the site. */
export function publisherNode(context: SeoContext): Organization | Person {
  const { config } = context.site
  const publisher = config.publisher ?? { type: 'organization' as const, name: config.title, url: undefined, logo: undefined }
  const id = siteIds(context).publisher
  const url = urlOf(context, publisher.url ?? '/')
  const logo = publisher.logo === undefined ? undefined : imageObject(context, publisher.logo, `${context.deploy.baseUrl}/#logo`, publisher.name)
  if (publisher.type === 'person') return { '@type': 'Person', '@id': id, name: publisher.name, url, ...(logo ? { image: logo } : {}) }
  return { '@type': 'Organization', '@id': id, name: publisher.name, url, ...(logo ? { logo, image: { '@id': logo['@id'] ?? id } } : {}) }
}

/** The author node for `authorId`, or a reference to the publisher when they are the same person. */
export function authorReference(context: SeoContext, authorId: string | undefined): { id: string; node: Person | undefined } {
  const { config } = context.site
  const author = authorId === undefined ? config.authors[0] : config.authors.find((entry) => entry.id === authorId)
  const ids = siteIds(context)
  if (!author) return { id: ids.publisher, node: undefined }
  if (config.publisher?.type === 'person' && config.publisher.name === author.name) return { id: ids.publisher, node: undefined }
  const id = `${context.deploy.baseUrl}/#/person/${encodeURIComponent(author.id)}`
  return { id, node: { '@type': 'Person', '@id': id, name: author.name, ...(author.url ? { url: urlOf(context, author.url) } : {}) } }
}

/** An ImageObject for a root-relative or absolute image, with its size when known. */
export function imageObject(context: SeoContext, src: string, id: string, caption?: string): ImageObject & { '@id': string } {
  const url = urlOf(context, src)
  const size = context.imageDimensions.get(src)
  return {
    '@type': 'ImageObject',
    '@id': id,
    url,
    contentUrl: url,
    // schema.org types width/height as Distance (text); Google reads "1200" as pixels.
    ...(size ? { width: String(size.width), height: String(size.height) } : {}),
    ...(caption ? { caption } : {}),
  }
}
