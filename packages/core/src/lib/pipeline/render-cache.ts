import { createHash } from 'node:crypto'
import { join } from 'node:path'
import type { Page } from '../content/page.js'
import { createFileCache } from './file-cache.js'

/** A content-addressed store of read and rendered pages. */
export interface RenderCache {
  get(relativePath: string, contentHash: string): Page | undefined
  set(page: Page): void
}

/**
 * Cache under `dir` (by default `node_modules/.cache/nichepress`, which Netlify and Vercel keep
 * between deploys). An entry is keyed by the file's path and bytes plus `salt` (the config hash,
 * plugin cache keys and every version), so a hit skips front-matter parsing as well as rendering.
 */
export function createRenderCache(dir: string, salt: string): RenderCache {
  const files = createFileCache<Page>(join(dir, 'pages'))
  const keyOf = (relativePath: string, contentHash: string) => createHash('sha1').update(`${salt}\0${relativePath}\0${contentHash}`).digest('hex')
  return {
    get: (relativePath, contentHash) => {
      const page = files.get(keyOf(relativePath, contentHash))
      // An entry of another shape (a hand-made file with a valid checksum) is a miss too.
      return isPageOf(page, relativePath, contentHash) ? page : undefined
    },
    set: (page) => files.set(keyOf(page.relativePath, page.contentHash), { ...page, sourcePath: '' }),
  }
}

function isPageOf(value: unknown, relativePath: string, contentHash: string): value is Page {
  if (typeof value !== 'object' || value === null) return false
  const page = value as Partial<Page>
  const rendered = page.rendered as Partial<Page['rendered']> | undefined
  return (
    page.relativePath === relativePath &&
    page.contentHash === contentHash &&
    typeof page.url === 'string' &&
    typeof page.body === 'string' &&
    typeof page.frontMatter === 'object' &&
    page.frontMatter !== null &&
    typeof rendered === 'object' &&
    rendered !== null &&
    typeof rendered.html === 'string' &&
    Array.isArray(rendered.links) &&
    Array.isArray(rendered.toc) &&
    Array.isArray(rendered.unsafeHtml)
  )
}
