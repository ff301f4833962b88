import type { ItemList, ListItem, Offer, Product, Question, Review } from 'schema-dts'
import type { SeoFrontMatter } from '../seo-front-matter.js'

type ReviewData = NonNullable<SeoFrontMatter['review']>
type ProductData = NonNullable<SeoFrontMatter['products']>[number]

/** What the review and product nodes link to. */
export interface RichNodeIds {
  pageUrl: string
  author: string
  publisher: string
  image: string | undefined
  currency: string
  datePublished: string | undefined
}

/** Question nodes for an FAQPage's `mainEntity`. */
export function faqQuestions(faq: NonNullable<SeoFrontMatter['faq']>): Question[] {
  return faq.map((entry) => ({ '@type': 'Question', name: entry.question, acceptedAnswer: { '@type': 'Answer', text: entry.answer } }))
}

/** A Product and its Review for a review post, linked both ways by `@id`. */
export function reviewNodes(review: ReviewData, ids: RichNodeIds): [Product, Review] {
  const productId = `${ids.pageUrl}#product`
  const reviewId = `${ids.pageUrl}#review`
  const product: Product = {
    '@type': 'Product',
    '@id': productId,
    name: review.name,
    ...(review.brand ? { brand: { '@type': 'Brand', name: review.brand } } : {}),
    ...(ids.image ? { image: { '@id': ids.image } } : {}),
    review: { '@id': reviewId },
    ...(review.price !== undefined ? { offers: offer(review.price, review.url, ids.currency) } : {}),
  }
  const node: Review = {
    '@type': 'Review',
    '@id': reviewId,
    name: review.brand ? `${review.brand} ${review.name}` : review.name,
    itemReviewed: { '@id': productId },
    author: { '@id': ids.author },
    publisher: { '@id': ids.publisher },
    ...(ids.datePublished ? { datePublished: ids.datePublished } : {}),
    reviewRating: { '@type': 'Rating', ratingValue: review.rating, bestRating: review.bestRating, worstRating: 1 },
    ...(review.pros.length > 0 ? { positiveNotes: notes(review.pros) } : {}),
    ...(review.cons.length > 0 ? { negativeNotes: notes(review.cons) } : {}),
    mainEntityOfPage: { '@id': `${ids.pageUrl}#webpage` },
  }
  return [product, node]
}

/**
 * An ItemList of the compared products. A product with neither price nor rating stays a plain
 * ListItem (name and url): a Product needs `offers` or `review` to be valid for Google.
 */
export function productList(products: readonly ProductData[], name: string, ids: RichNodeIds): ItemList {
  return {
    '@type': 'ItemList',
    '@id': `${ids.pageUrl}#products`,
    name,
    numberOfItems: products.length,
    itemListElement: products.map((product, index) => productListItem(product, index + 1, ids)),
  }
}

function productListItem(product: ProductData, position: number, ids: RichNodeIds): ListItem {
  const name = product.brand ? `${product.brand} ${product.name}` : product.name
  if (product.price === undefined && product.rating === undefined) {
    return { '@type': 'ListItem', position, name, ...(product.url ? { url: product.url } : {}) }
  }
  const item: Product = {
    '@type': 'Product',
    name: product.name,
    ...(product.brand ? { brand: { '@type': 'Brand', name: product.brand } } : {}),
    ...(product.rating !== undefined
      ? { review: { '@type': 'Review', author: { '@id': ids.author }, reviewRating: { '@type': 'Rating', ratingValue: product.rating, bestRating: 5, worstRating: 1 } } }
      : {}),
    ...(product.price !== undefined ? { offers: offer(product.price, product.url, ids.currency) } : {}),
  }
  return { '@type': 'ListItem', position, item }
}

function offer(price: number, url: string | undefined, currency: string): Offer {
  return { '@type': 'Offer', price: price.toFixed(2), priceCurrency: currency, ...(url ? { url } : {}) }
}

function notes(entries: readonly string[]): ItemList {
  return { '@type': 'ItemList', itemListElement: entries.map((name, index) => ({ '@type': 'ListItem', position: index + 1, name })) }
}
