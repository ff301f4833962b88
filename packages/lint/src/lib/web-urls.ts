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
