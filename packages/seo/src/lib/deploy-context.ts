import { basePathOf } from '@nichepress/core'

/** Where this build will be served, worked out from the host's environment variables. */
export interface DeployContext {
  /** Absolute origin (plus path prefix), no trailing slash. */
  baseUrl: string
  /** A preview or branch deploy: every page gets noindex and robots.txt disallows all. */
  isPreview: boolean
  host: 'netlify' | 'vercel' | undefined
}

/** The environment variables the deploy context reads; others are ignored. */
export type DeployEnvironment = Readonly<Record<string, string | undefined>>

/**
 * Resolves the base URL and preview state. Netlify sets `CONTEXT` (production, deploy-preview,
 * branch-deploy, dev), `URL` (main site URL) and `DEPLOY_PRIME_URL` (this deploy's URL); Vercel
 * sets `VERCEL_ENV` (production, preview, development), `VERCEL_PROJECT_PRODUCTION_URL` and
 * `VERCEL_URL` (host names without scheme). Outside a host build the configured URL stays.
 */
export function resolveDeployContext(configuredUrl: string, env: DeployEnvironment): DeployContext {
  // A site in a folder (https://x.de/blog) links its pages under /blog/ wherever it is deployed: a
  // host's URL gets the same folder, so canonical URLs, sitemaps and feeds name what the links name.
  const basePath = basePathOf(configuredUrl)
  const hostUrl = (value: string | undefined) => {
    const normalized = normalizeBaseUrl(value)
    return normalized === undefined ? undefined : `${normalized}${basePath}`
  }
  const netlifyContext = env.CONTEXT
  if (env.NETLIFY === 'true' || (netlifyContext !== undefined && (env.URL !== undefined || env.DEPLOY_PRIME_URL !== undefined))) {
    const isPreview = netlifyContext !== undefined && netlifyContext !== 'production'
    const url = isPreview ? (env.DEPLOY_PRIME_URL ?? env.URL) : env.URL
    return { baseUrl: hostUrl(url) ?? normalizeBaseUrl(configuredUrl) ?? configuredUrl, isPreview, host: 'netlify' }
  }
  const vercelEnvironment = env.VERCEL_ENV
  if (vercelEnvironment !== undefined) {
    const isPreview = vercelEnvironment !== 'production'
    const hostName = isPreview ? env.VERCEL_URL : (env.VERCEL_PROJECT_PRODUCTION_URL ?? env.VERCEL_URL)
    return { baseUrl: hostUrl(hostName) ?? normalizeBaseUrl(configuredUrl) ?? configuredUrl, isPreview, host: 'vercel' }
  }
  return { baseUrl: normalizeBaseUrl(configuredUrl) ?? configuredUrl, isPreview: false, host: undefined }
}

/** `example.com/` or `https://example.com/` → `https://example.com`; undefined for empty or invalid input. */
export function normalizeBaseUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const withScheme = /^https?:\/\//i.test(value) ? value.trim() : `https://${value.trim()}`
  try {
    const url = new URL(withScheme)
    return `${url.origin}${url.pathname}`.replace(/(?<!\/)\/+$/, '')
  } catch {
    return undefined
  }
}

/**
 * Absolute URL for a root-relative path under `baseUrl`. The one trailing-slash policy: core's
 * page URLs end in `/`, file URLs (`/feed.xml`, `/404.html`) end in their name; both are kept as
 * given, so every canonical, sitemap and feed link matches the URL the host serves.
 */
/**
 * `url` as it may appear in a sitemap or a meta tag: spaces, non-ASCII letters and other characters
 * a URL cannot carry are percent-encoded (UTF-8), `%XX` escapes already there are kept.
 */
export function encodedUrl(url: string): string {
  try {
    return new URL(url).href
  } catch {
    return encodeURI(url)
  }
}

export function absoluteUrl(baseUrl: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) return path
  return `${baseUrl}${path.startsWith('/') ? path : `/${path}`}`
}
