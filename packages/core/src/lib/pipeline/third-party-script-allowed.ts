/**
 * True when a plugin's `script-src` (or `script-src-elem`, or `default-src` where neither is given)
 * sources in `policy` let `url` load, read as a browser matches CSP source expressions (CSP Level 3
 * §6.7.2.7: `*`, a scheme source, a host source with optional scheme, `*.` wildcard, port and path).
 * `'self'` is not the plugins' to grant here: a third party's script is never the site's own.
 */
export function thirdPartyScriptAllowed(url: string, policy: Readonly<Record<string, readonly string[]>>): boolean {
  const sources = policy['script-src-elem'] ?? policy['script-src'] ?? policy['default-src'] ?? []
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return sources.some((source) => sourceMatches(source.trim(), parsed))
}

function sourceMatches(source: string, url: URL): boolean {
  if (source === '*') return url.protocol === 'https:' || url.protocol === 'http:'
  if (/^[a-z][a-z0-9+.-]*:$/i.test(source)) return url.protocol === source.toLowerCase() || (source.toLowerCase() === 'http:' && url.protocol === 'https:')
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([a-z0-9.-]+)(?::(\d+|\*))?(\/[^?#]*)?$/i.exec(source)
  if (!match) return false
  const [, scheme, wildcard, host = '', port, path] = match
  if (scheme !== undefined && `${scheme.toLowerCase()}:` !== url.protocol && !(scheme.toLowerCase() === 'http' && url.protocol === 'https:')) return false
  const hostname = url.hostname.toLowerCase()
  const wanted = host.toLowerCase()
  if (wildcard ? !hostname.endsWith(`.${wanted}`) : hostname !== wanted) return false
  if (port !== undefined && port !== '*' && url.port !== port && !(url.port === '' && ((port === '443' && url.protocol === 'https:') || (port === '80' && url.protocol === 'http:')))) return false
  if (port === undefined && url.port !== '') return false
  if (path === undefined || path === '/') return true
  return path.endsWith('/') ? url.pathname.startsWith(path) : url.pathname === path
}
