/** Options of `generateRobotsTxt`. */
export interface RobotsTxtOptions {
  /** Absolute URL of the sitemap index. */
  sitemapUrl: string | undefined
  /** Paths to keep crawlers out of. */
  disallow: readonly string[]
  /** A preview deploy: disallow everything. */
  isPreview: boolean
}

/** robots.txt: `Disallow: /` for previews, else the configured paths, then the absolute Sitemap line. */
export function generateRobotsTxt(options: RobotsTxtOptions): string {
  const rules = options.isPreview ? ['Disallow: /'] : options.disallow.length > 0 ? [...options.disallow].sort().map((path) => `Disallow: ${path}`) : ['Allow: /']
  const lines = ['User-agent: *', ...rules]
  if (options.sitemapUrl !== undefined) lines.push('', `Sitemap: ${options.sitemapUrl}`)
  return `${lines.join('\n')}\n`
}
