import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { definePlugin, slugify, type HostRedirect, type Redirect, type Site } from '@nichepress/core'
import type { SiteRedirect, SiteRedirectTarget } from './import-result.js'

/** File in the site folder that `writeImport` writes the old site's non-content URLs to. */
export const siteRedirectsFileName = 'import-redirects.json'


/**
 * Serves the redirects an import wrote to `import-redirects.json` (old tag, category, feed,
 * listing and attachment URLs), resolved against the built site: a tag redirect leads to the tag's
 * page, or the archive when no post has the tag any more. A URL the site has a page or a
 * redirect for already is left to it. A site without the file gets nothing.
 */
export const importRedirectsPlugin = () =>
  definePlugin({
    name: 'import-redirects',
    setup({ config }) {
      const file = join(config.root, siteRedirectsFileName)
      const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined
      if (text === undefined) return {}
      const entries = parseSiteRedirects(text)
      const hostRedirects = parseHostRedirects(text)
      return {
        cacheKey: createHash('sha1').update(text).digest('hex'),
        redirects: (site) => resolveSiteRedirects(entries, site),
        ...(hostRedirects.length > 0 ? { hostRedirects: () => hostRedirects } : {}),
      }
    },
  })

/** Reads the file's entries; a malformed entry is skipped (the file is written by the import, not by hand). */
export function parseSiteRedirects(text: string): SiteRedirect[] {
  const value = parseJson(text)
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null && Array.isArray((value as { redirects?: unknown }).redirects) ? (value as { redirects: unknown[] }).redirects : []
  return list.filter((entry): entry is SiteRedirect => typeof entry === 'object' && entry !== null && typeof (entry as SiteRedirect).from === 'string' && (entry as SiteRedirect).from.startsWith('/') && typeof (entry as SiteRedirect).to === 'object')
}

/** The file's old hosts (Hugo multihost languages) as host redirects; an entry that is not two absolute base URLs is skipped. */
export function parseHostRedirects(text: string): HostRedirect[] {
  const value = parseJson(text)
  const list = typeof value === 'object' && value !== null && Array.isArray((value as { hostRedirects?: unknown }).hostRedirects) ? (value as { hostRedirects: unknown[] }).hostRedirects : []
  const isBaseUrl = (url: unknown): url is string => typeof url === 'string' && /^https?:\/\/[^/\s]+(?:\/[^\s]*)?\/$/.test(url)
  return list.flatMap((entry) => {
    const { from, to } = (typeof entry === 'object' && entry !== null ? entry : {}) as { from?: unknown; to?: unknown }
    return isBaseUrl(from) && isBaseUrl(to) ? [{ from, to, status: 301 as const, origin: siteRedirectsFileName }] : []
  })
}

/** The file's JSON, or undefined when it does not parse. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** The entries as redirects of this site; entries whose URL the site serves already are left out. */
export function resolveSiteRedirects(entries: readonly SiteRedirect[], site: Site): Redirect[] {
  const taken = new Set([...site.pages.map((page) => normalize(page.url)), ...site.redirects.map((redirect) => normalize(redirect.from))])
  const archive = site.pages.find((page) => page.kind === 'archive')?.url ?? '/'
  const redirects: Redirect[] = []
  for (const entry of entries) {
    const to = targetOf(entry.to, site, archive)
    const key = normalize(entry.from)
    if (to === undefined || taken.has(key) || normalize(to) === key) continue
    taken.add(key)
    redirects.push({ from: entry.from, to, status: 301, origin: siteRedirectsFileName })
  }
  return redirects
}

function targetOf(target: SiteRedirectTarget, site: Site, archive: string): string | undefined {
  if ('home' in target) return '/'
  if ('archive' in target) return archive
  if ('feed' in target) return '/feed.xml'
  if ('tag' in target) return site.tags.find((tag) => tag.slug === slugify(target.tag))?.url ?? archive
  if ('url' in target && (target.url.startsWith('/') || /^https?:\/\//.test(target.url))) return target.url
  return undefined
}

function normalize(url: string): string {
  let decoded: string
  try {
    decoded = decodeURI(url)
  } catch {
    decoded = url
  }
  return decoded.replace(/\/index\.html$/, '/').replace(/\/+$/, '') || '/'
}
