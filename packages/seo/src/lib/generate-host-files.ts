import type { HostRedirect, Redirect, SiteFile } from '@nichepress/core'

/** Options of `generateHostFiles`. */
export interface HostFilesOptions {
  hosting: 'netlify' | 'vercel' | 'both'
  /** True when building on Vercel (`VERCEL=1`): only then is the Build Output API config written. */
  onVercel?: boolean
  /** Response headers for every path, in order (name → value). */
  headers: ReadonlyArray<readonly [string, string]>
  redirects: readonly Redirect[]
  /** Other hosts that lead to the site as a whole; their rules come first (a path rule must not catch their requests). */
  hostRedirects?: readonly HostRedirect[]
  /** The site's folder (`/blog`; default `''`, the root of the host): `_headers` name it, Vercel serves the files and the 404 page there. */
  basePath?: string
}

/**
 * Netlify `_headers` and `_redirects`; on Vercel, the Build Output API v3 `config.json` (headers,
 * redirects, trailing-slash policy, 404 page). Netlify rules are forced (`301!`) because core also
 * writes a fallback page at each redirect source, which would otherwise shadow the rule.
 *
 * Vercel reads neither a `vercel.json` in the output folder nor one written during the build (it
 * reads the project's before building), but it does use `.vercel/output/` when the build command
 * leaves one in the project folder. The config is emitted at `.vercel/output/config.json` inside the
 * output; `nichepress build` moves it to the site folder and copies the output to
 * `.vercel/output/static/` beside it (see the CLI's write-vercel-output.ts), so it is never published.
 */
export function generateHostFiles(options: HostFilesOptions): SiteFile[] {
  const redirects = [...options.redirects].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  const hostRedirects = options.hostRedirects ?? []
  const files: SiteFile[] = []
  if (options.hosting !== 'vercel') {
    files.push({ path: '_headers', contents: `${options.basePath ?? ''}/*\n${options.headers.map(([name, value]) => `  ${name}: ${value}\n`).join('')}` })
    // Netlify's domain-level rules: `https://example.de/* https://example.com/de/:splat 301!`.
    const hostRules = hostRedirects.map((redirect) => `${encodeUrl(redirect.from)}* ${encodeUrl(redirect.to)}:splat ${redirect.status}!\n`)
    files.push({ path: '_redirects', contents: [...hostRules, ...redirects.map((redirect) => `${encodeUrl(redirect.from)} ${encodeUrl(redirect.to)} ${redirect.status}!\n`)].join('') })
  }
  if (options.hosting !== 'netlify' && options.onVercel) {
    files.push({ path: vercelConfigPath, contents: `${JSON.stringify(vercelBuildOutputConfig(options.headers, redirects, hostRedirects, options.basePath), null, 2)}\n` })
  }
  return files
}

/** Where the Vercel Build Output config is emitted inside the output; the build moves it out. */
export const vercelConfigPath = '.vercel/output/config.json'

/** A Vercel Build Output API v3 route (https://vercel.com/docs/build-output-api/configuration#routes). */
export type VercelRoute =
  | { src: string; dest?: string; status?: number; headers?: Record<string, string>; continue?: boolean; has?: Array<{ type: 'host'; value: string }> }
  | { handle: 'filesystem' | 'error' }

/**
 * The Build Output API v3 config for a static site: every response gets the security headers, each
 * redirect answers with its status and `Location`, a path without a trailing slash or file extension
 * is redirected to the one with it (core's URLs end in `/`), files are served, and anything else is
 * the 404 page with status 404.
 */
export function vercelBuildOutputConfig(headers: ReadonlyArray<readonly [string, string]>, redirects: readonly Redirect[], hostRedirects: readonly HostRedirect[] = [], basePath = ''): { version: 3; routes: VercelRoute[] } {
  const routes: VercelRoute[] = [{ src: '^/.*$', headers: Object.fromEntries(headers), continue: true }]
  // Another host's requests first, matched by host (`has`), so no path rule of this site catches them.
  for (const redirect of hostRedirects) {
    const from = new URL(redirect.from)
    routes.push({ src: `^${escapeRegExp(encodeUrl(from.pathname))}(.*)$`, has: [{ type: 'host', value: from.host }], status: redirect.status, headers: { Location: `${encodeUrl(redirect.to)}$1` } })
  }
  for (const redirect of redirects) routes.push({ src: `^${escapeRegExp(encodeUrl(redirect.from))}$`, status: redirect.status, headers: { Location: encodeUrl(redirect.to) } })
  routes.push({ src: '^/((?:[^/]+/)*[^/.]+)$', status: 308, headers: { Location: '/$1/' } })
  routes.push({ handle: 'filesystem' })
  routes.push({ src: '^/.*$', status: 404, dest: `${basePath}/404.html` })
  return { version: 3, routes }
}

/** A route `src` is a regular expression: escape its special characters so a path matches itself. */
function escapeRegExp(path: string): string {
  return path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Percent-encodes what a `_redirects` line or a Vercel rule cannot hold literally — spaces, `%` not
 * starting an escape, non-ASCII, control characters (a newline would start a new rule) — and keeps
 * valid `%XX` escapes and URL punctuation as written.
 */
export function encodeUrl(url: string): string {
  return url
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .split(/(%[0-9A-Fa-f]{2})/)
    .map((part, index) => (index % 2 === 1 ? part : encodeURI(part)))
    .join('')
}
