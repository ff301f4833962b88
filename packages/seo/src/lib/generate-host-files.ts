import type { Redirect, SiteFile } from '@nichepress/core'

/** Options of `generateHostFiles`. */
export interface HostFilesOptions {
  hosting: 'netlify' | 'vercel' | 'both'
  /** Response headers for every path, in order (name → value). */
  headers: ReadonlyArray<readonly [string, string]>
  redirects: readonly Redirect[]
}

/**
 * Netlify `_headers` and `_redirects`, and a Vercel `vercel.json` (headers, redirects,
 * trailing-slash policy). Netlify rules are forced (`301!`) because core also writes a fallback
 * page at each redirect source, which would otherwise shadow the rule.
 */
export function generateHostFiles(options: HostFilesOptions): SiteFile[] {
  const redirects = [...options.redirects].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  const files: SiteFile[] = []
  if (options.hosting !== 'vercel') {
    files.push({ path: '_headers', contents: `/*\n${options.headers.map(([name, value]) => `  ${name}: ${value}\n`).join('')}` })
    files.push({ path: '_redirects', contents: redirects.map((redirect) => `${encodeURI(decodeURI(redirect.from))} ${redirect.to} ${redirect.status}!\n`).join('') })
  }
  if (options.hosting !== 'netlify') {
    const config = {
      $schema: 'https://openapi.vercel.sh/vercel.json',
      trailingSlash: true,
      redirects: redirects.map((redirect) => ({ source: vercelSource(redirect.from), destination: redirect.to, statusCode: redirect.status })),
      headers: [{ source: '/(.*)', headers: options.headers.map(([key, value]) => ({ key, value })) }],
    }
    files.push({ path: 'vercel.json', contents: `${JSON.stringify(config, null, 2)}\n` })
  }
  return files
}

/** Vercel sources are path-to-regexp patterns: escape its special characters so a path matches itself. */
function vercelSource(path: string): string {
  return encodeURI(decodeURI(path)).replace(/[:()*+?{}[\]]/g, (character) => `\\${character}`)
}
