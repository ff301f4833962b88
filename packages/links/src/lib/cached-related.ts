import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Site } from '@nichepress/core'
import type { RelatedPost } from './link-document.js'
import { relatedIndexOf } from './site-documents.js'

/** Bumped when the ranking changes, so cached lists of an older ranking are never used. */
const rankingVersion = 2

interface RelatedFile {
  key: string
  related: Record<string, RelatedPost[]>
}

/**
 * The related posts of every post (the links plugin asks once per build, in its `site` hook). Related posts depend on every
 * page (words, titles, tags), so they are cached as a whole under `cacheDir`, keyed by every
 * content page's path, bytes, URL and kind: a rebuild with no content change (a redeploy into a
 * fresh output folder) skips the analysis; any content change recomputes them all.
 */
export function relatedPostsOf(site: Site, count: number, cacheDir: string | undefined): ReadonlyMap<string, RelatedPost[]> {
  const hash = createHash('sha1').update(`${rankingVersion}\0${count}\0${site.config.language}\n`)
  for (const page of [...site.contentPages].sort((a, b) => (a.relativePath < b.relativePath ? -1 : 1))) {
    hash.update(`${page.relativePath}\0${page.contentHash}\0${page.url}\0${page.kind}\0${page.lang}\n`)
  }
  const key = hash.digest('hex')
  const file = cacheDir === undefined ? undefined : join(cacheDir, 'related.json')
  let related: ReadonlyMap<string, RelatedPost[]> | undefined
  if (file) {
    try {
      const cached = JSON.parse(readFileSync(file, 'utf8')) as RelatedFile
      if (cached.key === key) related = new Map(Object.entries(cached.related))
    } catch {
      // No cache yet, or unreadable: compute.
    }
  }
  if (!related) {
    const index = relatedIndexOf(site)
    related = new Map(site.contentPages.filter((page) => page.kind === 'post').map((page) => [page.relativePath, index.related(page.relativePath, count)]))
    if (file && cacheDir) {
      mkdirSync(cacheDir, { recursive: true })
      writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify({ key, related: Object.fromEntries(related) } satisfies RelatedFile))
      renameSync(`${file}.${process.pid}.tmp`, file)
    }
  }
  return related
}
