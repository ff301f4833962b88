/**
 * The folder a site is served from, taken from its `url`: `''` at the root of a host
 * (`https://x.de`), `/blog` for `https://x.de/blog` (percent-encoded, without a trailing slash).
 */
export function basePathOf(siteUrl: string): string {
  return withoutTrailingSlashes(new URL(siteUrl).pathname)
}

/** `text` without its trailing slashes; a loop, as `/\/+$/` takes quadratic time on a long run of slashes followed by another character. */
export function withoutTrailingSlashes(text: string): string {
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 47) end--
  return text.slice(0, end)
}

/**
 * A root path as a browser must request it when the site lives in a folder: `/archiv/` →
 * `/blog/archiv/` for base path `/blog`. Anything else (absolute, protocol-relative, relative,
 * fragment-only URLs) is returned unchanged, and so is every URL when the base path is `''`.
 * Leading whitespace, which browsers strip, stays in front.
 */
export function withBasePath(url: string, basePath: string): string {
  if (basePath === '') return url
  const start = url.length - url.trimStart().length
  return isRootPath(url.slice(start)) ? `${url.slice(0, start)}${basePath}${url.slice(start)}` : url
}

/**
 * True for a root path (`/archiv/`): one `/`, then no second `/` or `\` (browsers read `//host` and
 * `/\host` as another host, also with tabs or newlines between them, which they drop).
 */
function isRootPath(url: string): boolean {
  const cleaned = url.replace(/[\t\n\r]/g, '')
  return cleaned.startsWith('/') && cleaned[1] !== '/' && cleaned[1] !== '\\'
}
