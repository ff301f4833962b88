import { paramOf } from './find-affiliate-network.js'

/**
 * Query parameters affiliate programs put on links (publisher ids, click ids, sub ids). On their own,
 * on a host no network lists, they make a link `medium`. `ref`, `via`, `source` and `utm_campaign` are
 * not among them: docs (`?ref=main`), news sites (`?via=rss`) and newsletters use them for everything.
 */
export const affiliateParameters = [
  'aff', 'aff_id', 'aff_sub', 'affcode', 'affid', 'affiliate', 'affiliate_id', 'affiliateid', 'afftrack', 'a_aid', 'afid',
  'awc', 'awinaffid', 'campid', 'clickref', 'cjevent', 'fp_ref', 'fpr', 'hop', 'irclickid', 'irgwc', 'partner', 'partner_id',
  'partnerid', 'partnerref', 'pubref', 'raneaid', 'ranmid', 'ransiteid', 'rfsn', 'sscid', 'sub_id', 'subid',
  'sub1', 'subid1', 'tduid', 'wgcampaignid',
] as const

/**
 * Parameters that name a referring partner in small programs (`?ref=jana`, Rewardful's `?via=jana`) but
 * far more often a branch, a page element or the site a visitor came from: only a partner-like value counts.
 */
const referralParameters = ['ref', 'ref_id', 'refid', 'via'] as const

/** Link shorteners: the real target (and any affiliate tag in it) is hidden behind them. */
const shortenerHosts = ['bit.ly', 'buff.ly', 'cutt.ly', 'goo.gl', 'is.gd', 'lnkd.in', 'ow.ly', 'rb.gy', 'rebrand.ly', 'shorturl.at', 't.co', 'tiny.cc', 'tinyurl.com']

// Google Maps' own share links live on goo.gl (maps.app.goo.gl/…, formerly goo.gl/maps/…): they
// lead to a place on Google Maps, which nothing can tag (ruby-lang.org's event pages link 2).
function isMapsShareLink(host: string, path: string): boolean {
  return host === 'maps.app.goo.gl' || (host === 'goo.gl' && /^\/maps(?:\/|$)/i.test(path))
}

// Link managers and programs whose links are affiliate links but whose operator the registry does not
// record (it feeds the privacy policy): Geniuslink adds the author's Amazon or Apple ids; PartnerStack's
// partner links on <vendor>.grsm.io; AliExpress Portals' s.click.aliexpress.com/e/<id> (Portals FAQ,
// http://www.tanphon.com/index.php?route=information/information&information_id=9); AvantLink's
// click.php (https://fmtc.atlassian.net/wiki/pages/diffpagesbyversion.action?originalVersion=5&pageId=1490747429&revisedVersion=8);
// Button's creator shortlinks on o.bttn.io. `path`, when given, is the link's shape on that host.
const partnerLinkHosts: ReadonlyArray<{ host: string; service: string; path?: RegExp }> = [
  { host: 'geni.us', service: 'Geniuslink' },
  { host: 'grsm.io', service: 'PartnerStack' },
  { host: 's.click.aliexpress.com', service: 'AliExpress Portals', path: /^\/e\/[^/]+/ },
  { host: 'avantlink.com', service: 'AvantLink', path: /^\/click\.php$/i },
  { host: 'avantlink.ca', service: 'AvantLink', path: /^\/click\.php$/i },
  { host: 'bttn.io', service: 'Button' },
]

// Parameters that carry the real target of a redirector.
const targetParameters = ['dest', 'destination', 'goto', 'murl', 'out', 'redirect', 'redirect_url', 'target', 'to', 'u', 'url']

const affiliateMedia = new Set(['affiliate', 'affiliates', 'aff', 'partner', 'partners', 'affiliation'])

// Paths affiliate plugins and link cloakers give redirects on the publisher's or vendor's own host
// (ThirstyAffiliates' /recommends/, /refer/, /out/…). `/go/` is not among them: on another site it is
// that site's business (osm.org/go/… is a map, go.dev/… a language); the site's own /go/ links are
// decided by `goSlugOf` and the configured redirects.
const affiliateRedirectPath = /^\/(?:aff|affiliate|affiliates|partner|partners|refer|hop|recommends|out)\/[^/]+/i
// Generic redirect endpoints: evidence only when they carry a target URL (…/redirect?url=https://…).
const redirectEndpoint = /^\/(?:[^/]+\/)*(?:redirect|redir|out|click|track|r|exit|away|outbound|goto)(?:\/|\.(?:php|html?|aspx?|cfm)|$)/i
// A one-segment short redirect /r/<token> whose token has a digit (clicks.example/r/a8Kx2); a word
// after /r/ is a community (/r/rust, /r/ProgrammerHumor/comments/…), and on Reddit every /r/ is one (/r/web3).
// LinkTrust's search-engine-friendly tracking URL carries its ids as path segments:
// /track.aspx/CID/123/AFID/456/… (https://training.affiliate-reporting.com/help/TrackingURL.htm).
const pathAffiliateId = /\.aspx\/(?:[^/]+\/[^/]+\/)*afid\/[^/]+/i
const shortRedirect = /^\/r\/(?=[a-z0-9_-]*\d)[a-z0-9_-]{4,}\/?$/i
const communityHosts = ['reddit.com']

const gitRef = /^(?:main|master|develop|dev|trunk|head|stable|latest|release|gh-pages|v?\d[\w.-]*|[0-9a-f]{7,40})$/i
const navigationRef = /(?:^|[_\-.])(?:nav|navbar|header|hdr|footer|sidebar|menu|home|homepage|search|sr|cm|share|tab|logo|topbar|banner|readme|docs?|badge|toc|breadcrumbs?|related|dp|pd|sspa|ppx|ref)(?:[_\-.]|$)/i
// The site or channel a visitor came from (?ref=producthunt, ?ref=hn, ?via=twitter, ?via=rss).
const sourceRef = /^(?:producthunt|product_?hunt|ph|hackernews|hacker_?news|hn|ycombinator|github|gh|gitlab|twitter|x|facebook|fb|instagram|ig|linkedin|reddit|mastodon|bluesky|bsky|threads|youtube|yt|tiktok|pinterest|discord|slack|telegram|whatsapp|newsletter|email|mail|rss|atom|feed|feedly|podcast|social|direct|organic|google|bing|duckduckgo|chatgpt|perplexity|app|ios|android|web|homepage|frontpage|front_page|topnews|top_stories|article|story|link|inline|alternativeto|betalist|indiehackers|lobsters|devto|medium|substack)$/i
const flagValue = /^(?:0|1|true|false|yes|no|on|off|none|null)$/i

/**
 * Why a link on a host no network knows looks like an affiliate link (a parameter, a redirect
 * shape, a shortener), or undefined. The one heuristic behind `medium` for build and lint alike.
 */
export function affiliateShapeReason(url: URL): string | undefined {
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  if (hostIn(host, shortenerHosts) && !isMapsShareLink(host, url.pathname)) return `the shortener ${host} hides where it leads`
  const manager = partnerLinkHosts.find((entry) => hostIn(host, [entry.host]) && (entry.path ? entry.path.test(url.pathname) : url.pathname.length > 1))
  if (manager) return `${host} serves affiliate links (${manager.service}) of a program no network lists`
  for (const name of affiliateParameters) {
    const value = (paramOf(url, name) ?? '').trim()
    if (value !== '' && !flagValue.test(value)) return `it carries the affiliate parameter ${name}=${value.slice(0, 40)}`
  }
  for (const name of referralParameters) {
    const value = paramOf(url, name)
    if (value !== null && isPartnerRef(value)) return `it carries the referral parameter ${name}=${value.slice(0, 40)}`
  }
  const medium = paramOf(url, 'utm_medium')
  if (medium !== null && affiliateMedia.has(medium.trim().toLowerCase())) return `it is tagged utm_medium=${medium}`
  // An Amazon-style associate tag (…-20, …-21) on a host that is no Amazon marketplace, e.g. a redirector.
  const tag = paramOf(url, 'tag')
  if (tag !== null && /^[a-z0-9][a-z0-9._-]*-2\d$/i.test(tag.trim())) return `it carries an associate tag tag=${tag}`
  if (pathAffiliateId.test(url.pathname)) return `its path ${url.pathname} carries an affiliate id (AFID)`
  if (affiliateRedirectPath.test(url.pathname)) return `its path ${url.pathname} has the shape of an affiliate redirect`
  if (redirectEndpoint.test(url.pathname)) {
    const target = [...url.searchParams].find(([name, value]) => targetParameters.includes(name.toLowerCase()) && /^https?:\/\//i.test(value.trim()))
    if (target) return `it redirects through ${host}${url.pathname} (parameter ${target[0]})`
  }
  if (shortRedirect.test(url.pathname) && !hostIn(host, communityHosts)) return `its path ${url.pathname} has the shape of a short redirect`
  return undefined
}

function isPartnerRef(value: string): boolean {
  const trimmed = value.trim()
  return /^[a-z0-9][a-z0-9_-]{1,40}$/i.test(trimmed) && !gitRef.test(trimmed) && !navigationRef.test(trimmed) && !sourceRef.test(trimmed)
}

/** True when `host` is one of `list` or a subdomain of one (`www.` in the list is ignored). */
export function hostIn(host: string, list: readonly string[]): boolean {
  return list.some((entry) => {
    const wanted = entry.trim().toLowerCase().replace(/^www\./, '')
    return wanted !== '' && (host === wanted || host.endsWith(`.${wanted}`))
  })
}
