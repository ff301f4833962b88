import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { AffiliateLinkFact } from './affiliate-facts.js'
import type { AffiliateNetwork } from './affiliate-network.js'
import { findAffiliateNetwork } from './find-affiliate-network.js'
import { goSlugOf } from './go-links.js'

/** An affiliate link in a tree: its element, the root child holding it, its network and its fact. */
export interface DetectedLink {
  element: Element
  /** Index of the top-level node of the tree that contains the link. */
  rootIndex: number
  network: AffiliateNetwork | undefined
  fact: AffiliateLinkFact
}

/** Network id recorded for a `/go/` link whose target matches no network (or is defined on another page). */
export const otherNetworkId = 'other'

/** Finds every `<a href>` that is an affiliate link, in document order. */
export function detectAffiliateLinks(
  tree: Root,
  options: { goLinks: Readonly<Record<string, string>>; customNetworks: readonly AffiliateNetwork[] },
): DetectedLink[] {
  const found: DetectedLink[] = []
  tree.children.forEach((child, rootIndex) => {
    if (child.type !== 'element') return
    visit(child, 'element', (element: Element) => {
      if (element.tagName !== 'a') return
      const href = element.properties.href
      if (typeof href !== 'string') return
      const detected = classify(href, options)
      if (!detected) return
      const start = element.position?.start
      const fact = { href, network: detected.network?.id ?? otherNetworkId, line: start?.line, column: start?.column, ...(detected.target ? { target: detected.target } : {}) }
      found.push({ element, rootIndex, network: detected.network, fact })
    })
  })
  return found
}

function classify(
  href: string,
  options: { goLinks: Readonly<Record<string, string>>; customNetworks: readonly AffiliateNetwork[] },
): { network: AffiliateNetwork | undefined; target?: string } | undefined {
  const slug = goSlugOf(href)
  if (slug !== undefined) {
    // Every /go/ link is an affiliate link; its network is known when the slug is defined here.
    const target = options.goLinks[slug]
    return target === undefined ? { network: undefined } : { network: findAffiliateNetwork(target, options.customNetworks), target }
  }
  const network = findAffiliateNetwork(href, options.customNetworks)
  return network ? { network } : undefined
}
