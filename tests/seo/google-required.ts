type JsonObject = Record<string, unknown>

const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)
const typesOf = (node: JsonObject) => list(node['@type']) as string[]

/**
 * Google's required properties (for Article, which has none, the recommended headline, datePublished
 * and author) (Search Central structured-data docs) for Review snippet, Product snippet, FAQPage and BreadcrumbList, checked on a `@graph` with `@id` references resolved.
 */
export function googleRequiredProblems(graph: JsonObject): string[] {
  const nodes = list(graph['@graph']).filter(isObject)
  const byId = new Map(nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'] as string, node]))
  const resolve = (value: unknown): JsonObject | undefined => {
    if (!isObject(value)) return undefined
    const id = value['@id']
    return typeof id === 'string' && Object.keys(value).length === 1 ? byId.get(id) : value
  }
  const problems: string[] = []
  const need = (condition: boolean, message: string) => {
    if (!condition) problems.push(message)
  }
  const visit = (node: JsonObject, isNestedInProduct = false) => {
    const types = typesOf(node)
    const name = `${types.join('/')} ${String(node['@id'] ?? '')}`
    if (types.some((type) => ['Article', 'BlogPosting', 'NewsArticle'].includes(type))) {
      need(typeof node.headline === 'string', `${name}: headline`)
      need(typeof node.datePublished === 'string', `${name}: datePublished`)
      const author = resolve(node.author)
      need(typeof author?.name === 'string' && typeof author.url === 'string', `${name}: author with name and url`)
    }
    if (types.includes('Review')) {
      need(resolve(node.author)?.name !== undefined, `${name}: author.name`)
      // A review nested in a Product reviews that product (Google's nested form needs no itemReviewed).
      if (!isNestedInProduct) need(resolve(node.itemReviewed)?.name !== undefined, `${name}: itemReviewed.name`)
      need(resolve(node.reviewRating)?.ratingValue !== undefined, `${name}: reviewRating.ratingValue`)
    }
    if (types.includes('Product')) {
      need(typeof node.name === 'string', `${name}: name`)
      need(['offers', 'review', 'aggregateRating'].some((key) => node[key] !== undefined), `${name}: offers, review or aggregateRating`)
      for (const offer of list(node.offers).map(resolve)) need(offer?.price !== undefined && typeof offer.priceCurrency === 'string', `${name}: offers.price and priceCurrency`)
      for (const review of list(node.review).map(resolve)) need(resolve(review?.reviewRating)?.ratingValue !== undefined && resolve(review?.author)?.name !== undefined, `${name}: review.reviewRating and review.author`)
    }
    if (types.includes('FAQPage')) {
      const questions = list(node.mainEntity).map(resolve)
      need(questions.length > 0, `${name}: mainEntity`)
      for (const question of questions) {
        need(typesOf(question ?? {}).includes('Question') && typeof question?.name === 'string', `${name}: Question.name`)
        need(typeof resolve(question?.acceptedAnswer)?.text === 'string', `${name}: acceptedAnswer.text`)
      }
    }
    if (types.includes('BreadcrumbList')) {
      const items = list(node.itemListElement).map(resolve)
      need(items.length > 0, `${name}: itemListElement`)
      items.forEach((item, index) => {
        need(typeof item?.position === 'number' && typeof item.name === 'string', `${name}: ListItem ${index + 1} position and name`)
        if (index < items.length - 1) need(typeof item?.item === 'string', `${name}: ListItem ${index + 1} item`)
      })
    }
    for (const [key, child] of Object.entries(node)) if (!key.startsWith('@')) for (const value of list(child)) if (isObject(value) && value['@type'] !== undefined) visit(value, types.includes('Product'))
  }
  nodes.forEach(visit)
  return problems
}
