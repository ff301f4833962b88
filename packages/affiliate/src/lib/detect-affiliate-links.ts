import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { AffiliateLinkFact } from './affiliate-facts.js'
import type { AffiliateNetwork } from './affiliate-network.js'
import { classifyAffiliateLink } from './classify-affiliate-link.js'

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

/** A link that looks like an affiliate link of an unknown program (medium confidence): warned about, not disclosed. */
export interface SuspectedLink {
  href: string
  reason: string
  line: number | undefined
  column: number | undefined
}

/** What detection needs besides the tree. */
export interface DetectOptions {
  goLinks: Readonly<Record<string, string>>
  customNetworks: readonly AffiliateNetwork[]
  /** `affiliate.hosts`: hosts confirmed as affiliate. */
  hosts?: readonly string[]
  /** `affiliate.ignore`: hosts or URL prefixes dismissed as no affiliate links. */
  ignore?: readonly string[]
  /** The site's URL, so `https://<own host>/go/x/` counts as a cloaked link. */
  siteUrl?: string
}

/** Finds every `<a href>` that is an affiliate link (and every suspected one), in document order. */
export function detectAffiliateLinks(tree: Root, options: DetectOptions): DetectedLink[] {
  return scanLinks(tree, options).links
}

/** Affiliate links (high confidence) and suspected ones (medium), in document order. */
export function scanLinks(tree: Root, options: DetectOptions): { links: DetectedLink[]; suspects: SuspectedLink[] } {
  const links: DetectedLink[] = []
  const suspects: SuspectedLink[] = []
  tree.children.forEach((child, rootIndex) => {
    if (child.type !== 'element') return
    visit(child, 'element', (element: Element) => {
      if (element.tagName !== 'a') return
      const href = element.properties.href
      if (typeof href !== 'string') return
      const start = element.position?.start
      const detected = classify(href, options)
      if (detected?.kind === 'suspect') {
        suspects.push({ href, reason: detected.reason, line: start?.line, column: start?.column })
        return
      }
      if (!detected) return
      const fact = { href, network: detected.network?.id ?? otherNetworkId, line: start?.line, column: start?.column, ...(detected.target ? { target: detected.target } : {}) }
      links.push({ element, rootIndex, network: detected.network, fact })
    })
  })
  return { links, suspects }
}

type Classified = { kind: 'affiliate'; network: AffiliateNetwork | undefined; target?: string } | { kind: 'suspect'; reason: string }

function classify(href: string, options: DetectOptions): Classified | undefined {
  const result = classifyAffiliateLink(href, {
    networks: options.customNetworks,
    hosts: options.hosts ?? [],
    ignore: options.ignore ?? [],
    goLinks: options.goLinks,
    ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
  })
  if (!result) return undefined
  if (result.confidence === 'medium') return { kind: 'suspect', reason: result.reason }
  return { kind: 'affiliate', network: result.network, ...(result.target ? { target: result.target } : {}) }
}
