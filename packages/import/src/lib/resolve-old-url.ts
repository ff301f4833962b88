import { posix } from 'node:path'

const fileExtensions = new Set(['css', 'gif', 'htm', 'html', 'jpeg', 'jpg', 'js', 'json', 'markdown', 'md', 'mp3', 'mp4', 'pdf', 'php', 'png', 'svg', 'txt', 'webp', 'xml', 'zip'])
const bareDomainPattern = /^(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.([a-z]{2,12})(?::\d+)?(?:[/?#]|$)/i

/** A link as the old site saw it, resolved to a root-relative path on that site. */
export type OldLink =
  | { kind: 'internal'; path: string; suffix: string }
  | { kind: 'bare-domain'; url: string }
  | { kind: 'external' }

/** An absolute or protocol-relative (`//host/x`, read as https) URL, or undefined when it is no URL. */
export function parseAbsoluteUrl(href: string): URL | undefined {
  const trimmed = href.trim()
  try {
    return new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed)
  } catch {
    return undefined
  }
}

/**
 * Classifies a link found in old content: a path on the old site (root-relative, relative to the
 * page, or absolute to one of its own hosts), a domain written without `https://`, or external.
 */
export function resolveOldUrl(href: string, pageUrl: string, ownHosts: ReadonlySet<string>): OldLink {
  const trimmed = href.trim()
  if (trimmed === '' || trimmed.startsWith('#')) return { kind: 'external' }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)
  if (scheme || trimmed.startsWith('//')) {
    if (scheme && !/^https?:$/i.test(scheme[0])) return { kind: 'external' }
    const url = parseAbsoluteUrl(trimmed)
    if (!url || !ownHosts.has(url.hostname.toLowerCase())) return { kind: 'external' }
    return { kind: 'internal', path: url.pathname || '/', suffix: `${url.search}${url.hash}` }
  }
  const bareDomain = bareDomainPattern.exec(trimmed)
  if (bareDomain && !fileExtensions.has((bareDomain[1] ?? '').toLowerCase())) return { kind: 'bare-domain', url: `https://${trimmed}` }
  const suffixIndex = trimmed.search(/[?#]/)
  const path = suffixIndex === -1 ? trimmed : trimmed.slice(0, suffixIndex)
  const suffix = suffixIndex === -1 ? '' : trimmed.slice(suffixIndex)
  if (path === '') return { kind: 'external' }
  const absolute = path.startsWith('/') ? path : posix.join(pageUrl.endsWith('/') ? pageUrl : posix.dirname(pageUrl), path)
  const normalized = posix.normalize(absolute)
  return { kind: 'internal', path: path.endsWith('/') && !normalized.endsWith('/') ? `${normalized}/` : normalized, suffix }
}

/** The key two URLs of the same page share: decoded, lower-case, without `index.html`, `.html` or a trailing slash. */
export function urlKey(path: string): string {
  let decoded: string
  try {
    decoded = decodeURI(path)
  } catch {
    decoded = path
  }
  return decoded
    .toLowerCase()
    .replace(/\/index\.html?$/, '/')
    .replace(/\.html?$/, '')
    .replace(/\/+$/, '')
}

/** The hosts of a site URL, with and without `www.`. */
export function ownHostsOf(siteUrl: string | undefined): Set<string> {
  const hosts = new Set<string>()
  if (!siteUrl) return hosts
  try {
    const host = new URL(siteUrl).hostname.toLowerCase()
    hosts.add(host)
    hosts.add(host.startsWith('www.') ? host.slice(4) : `www.${host}`)
  } catch {
    // An unparsable site URL means no own hosts: every absolute link stays external.
  }
  return hosts
}
