import type { AffiliateNetwork } from './affiliate-network.js'
import { affiliateShapeReason, hostIn } from './affiliate-shape-reason.js'
import { findAffiliateNetwork, networkOfHost, parseWebUrl } from './find-affiliate-network.js'
import { goSlugOf } from './go-links.js'

/**
 * How sure the classifier is that a link earns a commission. `high`: a network's documented link shape,
 * a cloaked `/go/` link of the site (or a host the author confirmed), treated as affiliate and disclosed.
 * `medium`: affiliate-shaped (tracking parameters, redirect shapes, shorteners) but no network is known;
 * build and lint warn and name how to confirm (`affiliate.hosts`) or dismiss (`affiliate.ignore`) it.
 */
export type AffiliateConfidence = 'high' | 'medium'

/** What `classifyAffiliateLink` decided about a link. */
export interface AffiliateClassification {
  confidence: AffiliateConfidence
  /** The network, when one is known (always for `high` links of the registry). */
  network: AffiliateNetwork | undefined
  /** Why, in a few words, for diagnostics ("the parameter aff=…"). */
  reason: string
  /** For a `/go/` link whose slug `goLinks` defines: the URL it redirects to. */
  target?: string
}

/** What the author told nichepress about links the registry does not know. */
export interface ClassifyOptions {
  /** Custom networks (`affiliate.networks`). */
  networks?: readonly AffiliateNetwork[]
  /** Hosts whose links are affiliate links (`affiliate.hosts`): confirmed, so `high`. */
  hosts?: readonly string[]
  /** Hosts or URL prefixes that are no affiliate links (`affiliate.ignore`): dismisses `medium` only. */
  ignore?: readonly string[]
  /** The site's URL: `https://<its host>/go/<slug>/` is a cloaked link like `/go/<slug>/`. */
  siteUrl?: string
  /** `/go/` slugs known here (`affiliate.links`, the page's `affiliateLinks`) → target, for the network. */
  goLinks?: Readonly<Record<string, string>>
}

/**
 * Classifies a link as a reader would meet it: `high` (affiliate, disclosed), `medium` (looks like one,
 * warn) or undefined (a plain link). The site's own `/go/<slug>/` links are cloaked affiliate links
 * (their slug may be defined on another page, so an unknown slug still counts); `/go/` on another
 * host is that site's path and no evidence. Other relative links, `mailto:` and broken URLs are plain.
 * Build (rehypeAffiliate) and `nichepress lint` both decide with this function.
 */
export function classifyAffiliateLink(href: string, options: ClassifyOptions = {}): AffiliateClassification | undefined {
  const slug = goSlugOf(href, options.siteUrl)
  if (slug !== undefined) return cloakedLink(slug, options)
  const url = parseWebUrl(href)
  if (!url) return undefined
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  const network = findAffiliateNetwork(href, options.networks)
  if (network) return { confidence: 'high', network, reason: `a ${network.name} link` }
  if (hostIn(host, options.hosts ?? [])) return { confidence: 'high', network: undefined, reason: `${host} is listed in affiliate.hosts` }
  if (isIgnored(url, host, options.ignore ?? [])) return undefined
  // On a network's own site its documented shapes decide: Amazon's ref=nb_sb_noss, Agoda's cid=-1
  // or Admitad's API are the network's own pages, no program of someone else.
  if (networkOfHost(host, options.networks)) return undefined
  const reason = affiliateShapeReason(url)
  return reason ? { confidence: 'medium', network: undefined, reason } : undefined
}

function cloakedLink(slug: string, options: ClassifyOptions): AffiliateClassification {
  const target = options.goLinks?.[slug]
  if (target === undefined) return { confidence: 'high', network: undefined, reason: `the cloaked link /go/${slug}/` }
  return { confidence: 'high', network: findAffiliateNetwork(target, options.networks), reason: `the cloaked link /go/${slug}/ to ${target}`, target }
}

function isIgnored(url: URL, host: string, ignore: readonly string[]): boolean {
  return ignore.some((entry) => {
    const wanted = entry.trim().toLowerCase()
    if (/^https?:\/\//.test(wanted)) return url.href.toLowerCase().startsWith(wanted)
    return hostIn(host, [wanted])
  })
}
