/**
 * Makes root-relative `href`, `src`, `poster` and `srcset` URLs in pipeline HTML absolute, for
 * feeds (readers resolve them against the feed, not the site). Other URLs stay as they are.
 */
export function absolutizeUrls(html: string, baseUrl: string): string {
  const absolute = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? `${baseUrl}${url}` : url)
  return html
    .replace(/\s(href|src|poster)=(["'])([^"']*)\2/gi, (_match, name: string, quote: string, url: string) => ` ${name}=${quote}${absolute(url)}${quote}`)
    .replace(/\ssrcset=(["'])([^"']*)\1/gi, (_match, quote: string, list: string) => {
      const entries = list.split(',').map((entry) => entry.trim().replace(/^(\S+)/, (url) => absolute(url)))
      return ` srcset=${quote}${entries.join(', ')}${quote}`
    })
}
