import type { AffiliateNetwork, LinkPattern } from './affiliate-network.js'
import { networkByShape } from './link-shapes.js'
import { networks } from './networks.js'

interface IndexedPattern {
  network: AffiliateNetwork
  pattern: LinkPattern
}

type HostIndex = ReadonlyMap<string, readonly IndexedPattern[]>

const indexes = new WeakMap<readonly AffiliateNetwork[], HostIndex>()
const builtInIndex = indexOf(networks)

/**
 * The affiliate network an absolute `http(s)` link belongs to: built-in networks, then
 * `customNetworks` (a custom entry wins over a built-in one with the same host). Relative links,
 * other protocols and unparsable URLs are no affiliate links.
 */
export function findAffiliateNetwork(href: string, customNetworks: readonly AffiliateNetwork[] = []): AffiliateNetwork | undefined {
  const url = parseWebUrl(href)
  if (!url) return undefined
  const custom = customNetworks.length > 0 ? indexes.get(customNetworks) ?? cacheIndex(customNetworks) : undefined
  return (custom && matchIn(custom, url)) ?? matchIn(builtInIndex, url) ?? networkByShape(url)
}

/**
 * The network whose own site `hostname` belongs to (a host, or parent domain, one of its patterns
 * names), or undefined: amazon.com, www.booking.com, brand.sjv.io. A link there that matches no
 * pattern of the network is the network's own page, not an affiliate link of an unknown program.
 */
export function networkOfHost(hostname: string, customNetworks: readonly AffiliateNetwork[] = []): AffiliateNetwork | undefined {
  const custom = customNetworks.length > 0 ? indexes.get(customNetworks) ?? cacheIndex(customNetworks) : undefined
  return (custom && ownerIn(custom, hostname)) ?? ownerIn(builtInIndex, hostname)
}

function ownerIn(index: HostIndex, hostname: string): AffiliateNetwork | undefined {
  let host = hostname.toLowerCase().replace(/\.$/, '')
  for (;;) {
    const entry = index.get(host)?.[0]
    if (entry) return entry.network
    const dot = host.indexOf('.')
    if (dot === -1) return undefined
    host = host.slice(dot + 1)
  }
}

/** Parses an absolute or protocol-relative `http(s)` link; else undefined. */
export function parseWebUrl(href: string): URL | undefined {
  const trimmed = href.trim()
  // Cheap pre-check: most links in a post are relative; URL parsing is the expensive part.
  const lower = trimmed.slice(0, 8).toLowerCase()
  if (!lower.startsWith('http://') && !lower.startsWith('https://') && !lower.startsWith('//')) return undefined
  try {
    return new URL(trimmed, 'https://relative.invalid')
  } catch {
    return undefined
  }
}

function matchIn(index: HostIndex, url: URL): AffiliateNetwork | undefined {
  // Try the host, then each parent domain: `www.amazon.de`, then `amazon.de`, then `de`.
  let host = url.hostname.replace(/\.$/, '')
  for (;;) {
    for (const entry of index.get(host) ?? []) if (matches(entry.pattern, url)) return entry.network
    const dot = host.indexOf('.')
    if (dot === -1) return undefined
    host = host.slice(dot + 1)
  }
}

function matches(pattern: LinkPattern, url: URL): boolean {
  if (pattern.paths && !pattern.paths.some((path) => url.pathname.toLowerCase().startsWith(path.toLowerCase()))) return false
  if (pattern.params && !pattern.params.some((name) => (paramOf(url, name) ?? '').trim() !== '')) return false
  if (pattern.pathPattern && !pattern.pathPattern.test(url.pathname.toLowerCase())) return false
  return pattern.test ? pattern.test(url) : true
}

/** A query parameter by name, ignoring the case of the name (`ranMID`, `ranmid`). */
export function paramOf(url: URL, name: string): string | null {
  const exact = url.searchParams.get(name)
  if (exact !== null) return exact
  const lower = name.toLowerCase()
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === lower) return value
  return null
}

function cacheIndex(list: readonly AffiliateNetwork[]): HostIndex {
  const index = indexOf(list)
  indexes.set(list, index)
  return index
}

function indexOf(list: readonly AffiliateNetwork[]): HostIndex {
  const index = new Map<string, IndexedPattern[]>()
  for (const network of list) {
    for (const pattern of network.patterns) {
      for (const host of pattern.hosts) {
        const key = host.toLowerCase().replace(/^www\./, '')
        const entries = index.get(key) ?? []
        entries.push({ network, pattern })
        index.set(key, entries)
      }
    }
  }
  return index
}
