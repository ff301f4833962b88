import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '../content/page.js'

/** A content-addressed store of read and rendered pages; a missing or unreadable entry is a miss. */
export interface RenderCache {
  get(relativePath: string, contentHash: string): Page | undefined
  set(page: Page): void
}

/**
 * Cache under `dir` (by default `node_modules/.cache/nichepress`, which Netlify and Vercel keep
 * between deploys). An entry is keyed by the file's path and bytes plus `salt` (the config hash
 * and every version), so a hit skips front-matter parsing as well as rendering.
 */
export function createRenderCache(dir: string, salt: string): RenderCache {
  const base = join(dir, 'pages')
  const keyOf = (relativePath: string, contentHash: string) => createHash('sha1').update(`${salt}\0${relativePath}\0${contentHash}`).digest('hex')
  const fileOf = (key: string) => join(base, key.slice(0, 2), `${key}.json`)
  return {
    get(relativePath, contentHash) {
      try {
        return JSON.parse(readFileSync(fileOf(keyOf(relativePath, contentHash)), 'utf8')) as Page
      } catch {
        return undefined
      }
    },
    set(page) {
      const file = fileOf(keyOf(page.relativePath, page.contentHash))
      mkdirSync(join(file, '..'), { recursive: true })
      // Write then rename, so a build killed midway never leaves a half-written entry.
      const temporary = `${file}.${process.pid}.tmp`
      writeFileSync(temporary, JSON.stringify({ ...page, sourcePath: '' }))
      renameSync(temporary, file)
    },
  }
}
