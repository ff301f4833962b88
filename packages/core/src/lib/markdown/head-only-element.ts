import type { Element } from 'hast'

/**
 * What a `<meta>` or `<link>` in content would set for the whole page (the referrer policy, robots,
 * social previews; a resource loaded or announced), or undefined for microdata, stylesheets and
 * connection hints.
 * A browser and crawlers read these in the body too.
 */
export function headOnlyElement(node: Element): string | undefined {
  const tag = node.tagName.toLowerCase()
  if (tag === 'meta' && !isMicrodata(node)) return `a <meta ${metaKind(node)}> (it sets what the whole page's head decides: the referrer policy, robots, social previews)`
  if (tag === 'link' && !isMicrodata(node) && !isContentLink(node)) return `a <link rel="${relOf(node).join(' ')}"> (it loads or announces a resource for the whole page)`
  return undefined
}

// Microdata (HTML §5.2.4) puts <meta itemprop content> and <link itemprop href> into the body for a
// property's value; they set nothing for the page. Anything else there belongs to the head.
function isMicrodata(node: Element): boolean {
  const { itemProp, name, httpEquiv, charSet, rel } = node.properties
  return itemProp !== undefined && name === undefined && httpEquiv === undefined && charSet === undefined && node.properties['property'] === undefined && rel === undefined
}

function metaKind(node: Element): string {
  for (const [property, attribute] of [['name', 'name'], ['property', 'property'], ['charSet', 'charset']] as const) {
    if (node.properties[property] !== undefined) return `${attribute}="${String(node.properties[property])}"`
  }
  return 'without itemprop'
}

function relOf(node: Element): string[] {
  const rel = node.properties.rel
  const tokens: string[] = Array.isArray(rel) ? rel.map(String) : String(rel ?? '').split(/\s+/)
  return tokens.map((token) => token.toLowerCase()).filter((token) => token !== '')
}

// A stylesheet a post links to styles like its <style> (consent gates a third party's, lint reports
// remote fonts); preconnect and dns-prefetch only open a connection, as font services' snippets ask
// (https://developers.google.com/fonts/docs/getting_started). Other rels act for the page: import,
// preload and modulepreload fetch code, icon and canonical change the page, prerender opens it.
const contentRels = new Set(['stylesheet', 'alternate', 'preconnect', 'dns-prefetch'])

function isContentLink(node: Element): boolean {
  const rel = relOf(node)
  return rel.length > 0 && rel.every((token) => contentRels.has(token)) && !(rel.includes('alternate') && !rel.includes('stylesheet'))
}
