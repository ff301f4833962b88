import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RenderedContent, SourcePage } from '../content/page.js'

/** A content-addressed store of rendered Markdown; a missing or unreadable entry is a miss. */
export interface RenderCache {
  keyOf(page: SourcePage): string
  get(key: string): RenderedContent | undefined
  set(key: string, value: RenderedContent): void
}

/**
 * Cache under `dir` (by default `node_modules/.cache/nichepress`, which Netlify and Vercel keep
 * between deploys). The key covers the file's bytes, its URL, the config and every version.
 */
export function createRenderCache(dir: string, salt: string): RenderCache {
  const base = join(dir, 'render')
  return {
    keyOf: (page) => createHash('sha256').update(`${salt}\0${page.relativePath}\0${page.url}\0${page.lang}\0${page.contentHash}`).digest('hex'),
    get(key) {
      try {
        return JSON.parse(readFileSync(join(base, key.slice(0, 2), `${key}.json`), 'utf8')) as RenderedContent
      } catch {
        return undefined
      }
    },
    set(key, value) {
      const folder = join(base, key.slice(0, 2))
      mkdirSync(folder, { recursive: true })
      const file = join(folder, `${key}.json`)
      // Write then rename, so a build killed midway never leaves a half-written entry.
      const temporary = `${file}.${process.pid}.tmp`
      writeFileSync(temporary, JSON.stringify(value))
      renameSync(temporary, file)
    },
  }
}
