import type { AffiliateNetwork } from './affiliate-network.js'
import { findAffiliateNetwork, paramOf, parseWebUrl } from './find-affiliate-network.js'

/**
 * How sure the classifier is that a link earns a commission. `high`: a network's documented link shape
 * (or a host the author confirmed), treated as affiliate and disclosed. `medium`: affiliate-shaped
 * (tracking parameters, redirect shapes) but no network is known; lint and audit warn and name how to
 * confirm (`affiliate.hosts`) or dismiss (`affiliate.ignore`) it.
 */
export type AffiliateConfidence = 'high' | 'medium'

/** What `classifyAffiliateLink` decided about a link. */
export interface AffiliateClassification {
  confidence: AffiliateConfidence
  /** The network, when one is known (always for `high` links of the registry). */
  network: AffiliateNetwork | undefined
  /** Why, in a few words, for diagnostics ("the parameter aff=…"). */
  reason: string
}

/** What the author told nichepress about links the registry does not know. */
export interface ClassifyOptions {
  /** Custom networks (`affiliate.networks`). */
  networks?: readonly AffiliateNetwork[]
  /** Hosts whose links are affiliate links (`affiliate.hosts`): confirmed, so `high`. */
  hosts?: readonly string[]
  /** Hosts or URL prefixes that are no affiliate links (`affiliate.ignore`): dismisses `medium` only. */
  ignore?: readonly string[]
}

/**
 * Query parameters affiliate programs put on links (publisher ids, click ids, sub ids). On their own,
 * on a host no network lists, they make a link `medium`. `ref`, `source` and `utm_campaign` are not
 * among them: docs (`?ref=main`), shops and newsletters use them for everything.
 */
export const affiliateParameters = [
  'aff', 'aff_id', 'aff_sub', 'affcode', 'affid', 'affiliate', 'affiliate_id', 'affiliateid', 'afftrack', 'a_aid',
  'awc', 'awinaffid', 'campid', 'clickref', 'cjevent', 'fpr', 'hop', 'irclickid', 'irgwc', 'partner', 'partner_id',
  'partnerid', 'partnerref', 'pubref', 'raneaid', 'ranmid', 'ransiteid', 'rfsn', 'sscid', 'sub_id', 'subid',
  'sub1', 'subid1', 'tduid', 'wgcampaignid',
] as const

const affiliateMedia = new Set(['affiliate', 'affiliates', 'aff', 'partner', 'partners', 'affiliation'])

// Path shapes of affiliate redirectors that no network's registry entry covers: /aff/<id>, /ref/<id>…
const redirectPath = /^\/(?:aff|affiliate|affiliates|partner|refer|hop|recommends|out)\/[^/]+/i

/**
 * Classifies a link as a reader would meet it: `high` (affiliate, disclosed), `medium` (looks like one,
 * warn) or undefined (a plain link). Relative links, `mailto:` and broken URLs are plain.
 */
export function classifyAffiliateLink(href: string, options: ClassifyOptions = {}): AffiliateClassification | undefined {
  const url = parseWebUrl(href)
  if (!url) return undefined
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  const network = findAffiliateNetwork(href, options.networks)
  if (network) return { confidence: 'high', network, reason: `a ${network.name} link` }
  if (hostIn(host, options.hosts ?? [])) return { confidence: 'high', network: undefined, reason: `${host} is listed in affiliate.hosts` }
  if (isIgnored(url, host, options.ignore ?? [])) return undefined
  const reason = mediumReason(url)
  return reason ? { confidence: 'medium', network: undefined, reason } : undefined
}

function mediumReason(url: URL): string | undefined {
  for (const name of affiliateParameters) {
    const value = paramOf(url, name)
    if (value !== null && value.trim() !== '') return `it carries the affiliate parameter ${name}=${value.slice(0, 40)}`
  }
  // `ref` is a partner id in many small programs (?ref=jana) but also a git branch (?ref=main), a
  // version or a navigation label (?ref=header_nav): only the first counts.
  const ref = paramOf(url, 'ref')
  if (ref !== null && isPartnerRef(ref)) return `it carries the referral parameter ref=${ref.slice(0, 40)}`
  const medium = paramOf(url, 'utm_medium')
  if (medium !== null && affiliateMedia.has(medium.trim().toLowerCase())) return `it is tagged utm_medium=${medium}`
  // An Amazon-style associate tag (…-20, …-21) on a host that is no Amazon marketplace, e.g. a redirector.
  const tag = paramOf(url, 'tag')
  if (tag !== null && /^[a-z0-9][a-z0-9._-]*-2\d$/i.test(tag.trim())) return `it carries an associate tag tag=${tag}`
  if (redirectPath.test(url.pathname)) return `its path ${url.pathname} has the shape of an affiliate redirect`
  return undefined
}

const gitRef = /^(?:main|master|develop|dev|trunk|head|stable|latest|release|gh-pages|v?\d[\w.-]*|[0-9a-f]{7,40})$/i
const navigationRef = /(?:^|[_\-.])(?:nav|navbar|header|hdr|footer|sidebar|menu|home|homepage|search|sr|cm|share|tab|logo|topbar|banner|readme|docs?|badge|toc|breadcrumbs?|related|dp|pd|sspa|ppx|ref)(?:[_\-.]|$)/i

function isPartnerRef(value: string): boolean {
  const trimmed = value.trim()
  return /^[a-z0-9][a-z0-9_-]{1,40}$/i.test(trimmed) && !gitRef.test(trimmed) && !navigationRef.test(trimmed)
}

function hostIn(host: string, list: readonly string[]): boolean {
  return list.some((entry) => {
    const wanted = entry.trim().toLowerCase().replace(/^www\./, '')
    return wanted !== '' && (host === wanted || host.endsWith(`.${wanted}`))
  })
}

function isIgnored(url: URL, host: string, ignore: readonly string[]): boolean {
  return ignore.some((entry) => {
    const wanted = entry.trim().toLowerCase()
    if (/^https?:\/\//.test(wanted)) return url.href.toLowerCase().startsWith(wanted)
    return hostIn(host, [wanted])
  })
}
