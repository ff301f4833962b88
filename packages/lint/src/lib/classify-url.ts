/** Link shorteners: the real target (and any affiliate tag in it) is hidden behind them. */
export const shortenerHosts = ['bit.ly', 'buff.ly', 'cutt.ly', 'goo.gl', 'is.gd', 'lnkd.in', 'ow.ly', 'rb.gy', 'rebrand.ly', 'shorturl.at', 't.co', 'tiny.cc', 'tinyurl.com'] as const

/** Query parameters affiliate programs and campaign tracking put on links. */
export const trackingParameters = ['aff', 'aff_id', 'affid', 'affiliate', 'affiliate_id', 'campaign', 'campaign_id', 'campaignid', 'clickref', 'partner', 'partner_id', 'partnerid', 'ref', 'ref_id', 'refid', 'sub_id', 'subid', 'utm_campaign'] as const

// Parameters that carry the real target of a redirector.
const targetParameters = ['dest', 'destination', 'goto', 'murl', 'out', 'redirect', 'redirect_url', 'target', 'to', 'u', 'url']
const redirectorPath = /^\/(?:redirect|redir|out|click|track|go|r)(?:\/|\.php|$)/i

const googleFontsHosts = ['fonts.googleapis.com', 'fonts.gstatic.com']

/** Parses an absolute or protocol-relative web URL; else undefined. */
export function parseWebUrl(href: string): URL | undefined {
  const trimmed = href.trim()
  if (!/^(?:https?:)?\/\//i.test(trimmed)) return undefined
  try {
    return new URL(trimmed, 'https://relative.invalid/')
  } catch {
    return undefined
  }
}

function hostIn(host: string, list: readonly string[]): boolean {
  return list.some((entry) => host === entry || host.endsWith(`.${entry}`))
}

/**
 * Why a link looks like an affiliate or tracking link (a shortener, a tracking parameter, a
 * redirector), or undefined. Callers check the affiliate registry first.
 */
export function suspectedAffiliateReason(href: string, allowHosts: readonly string[] = []): string | undefined {
  const url = parseWebUrl(href)
  if (!url) return undefined
  const host = url.hostname.toLowerCase()
  if (hostIn(host, allowHosts)) return undefined
  if (hostIn(host, shortenerHosts)) return `the shortener ${host} hides where it leads`
  const parameter = [...url.searchParams.keys()].find((name) => (trackingParameters as readonly string[]).includes(name.toLowerCase()))
  if (parameter !== undefined) return `it carries the tracking parameter "${parameter}"`
  const target = [...url.searchParams.entries()].find(([name, value]) => targetParameters.includes(name.toLowerCase()) && /^https?:\/\//i.test(value))
  if (target) return `it redirects through ${host} (parameter "${target[0]}")`
  // On Reddit `/r/…` is a subreddit (reddit.com/r/rust/comments/…), the most linked path of the site.
  if (redirectorPath.test(url.pathname) && !(hostIn(host, ['reddit.com']) && /^\/r\//i.test(url.pathname))) return `it goes through the redirector ${host}${url.pathname}`
  return undefined
}

/** True when `url` loads from Google Fonts' servers. */
export function isGoogleFontsUrl(url: string): boolean {
  const parsed = parseWebUrl(url)
  return parsed !== undefined && hostIn(parsed.hostname.toLowerCase(), googleFontsHosts)
}

/** Offsets of every Google Fonts host named in a text (CSS `@import`, `url()`, a template). */
export function findGoogleFontsMentions(text: string): number[] {
  const offsets: number[] = []
  for (const match of text.matchAll(/fonts\.(?:googleapis|gstatic)\.com/g)) offsets.push(match.index)
  return offsets
}

/** True for `http://` URLs that leave the machine (not localhost). */
export function isInsecureUrl(url: string): boolean {
  const parsed = /^http:\/\//i.test(url.trim()) ? parseWebUrl(url) : undefined
  return parsed !== undefined && !['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)
}
