/** Options of `generateRobotsTxt`. */
export interface RobotsTxtOptions {
  /** Absolute URL of the sitemap index. */
  sitemapUrl: string | undefined
  /** Paths to keep crawlers out of. */
  disallow: readonly string[]
  /** A preview deploy: disallow everything. */
  isPreview: boolean
  /** The site's folder (`/blog`; default `''`): a preview disallows it, a site without rules allows it. */
  basePath?: string
}

/**
 * robots.txt: `Disallow: /` for previews, else the configured paths, then the absolute Sitemap line.
 * Crawlers read it only at the root of a host: a site in a folder names its folder, for the host's
 * own robots.txt to take over.
 */
export function generateRobotsTxt(options: RobotsTxtOptions): string {
  const folder = `${options.basePath ?? ''}/`
  const rules = options.isPreview ? [`Disallow: ${folder}`] : options.disallow.length > 0 ? [...options.disallow].sort().map((path) => `Disallow: ${path}`) : [`Allow: ${folder}`]
  const lines = ['User-agent: *', ...rules]
  if (options.sitemapUrl !== undefined) lines.push('', `Sitemap: ${options.sitemapUrl}`)
  return `${lines.join('\n')}\n`
}
