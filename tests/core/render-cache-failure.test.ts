import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateSite } from '@nichepress/core'
import { afterEach, expect, test } from 'vitest'
import { coreConfig, makeSite, removeSite } from '../helpers/site.js'

// Each page is written to the render cache as its render arrives from a worker. When that write
// fails (a full disk; here a file where the cache's folder should be), the build must fail with
// the error, as it does when it renders in its own thread — not throw where no caller sees it and
// leave the build waiting for pages that never come.

let root = ''
afterEach(() => removeSite(root))

test('a render cache that cannot be written fails the build on render workers; it does not hang', async () => {
  const posts: Record<string, string> = {}
  for (let index = 0; index < 160; index++) posts[`content/posts/post-${index}.md`] = `---\ntitle: Post ${index}\ndate: 2024-01-01\n---\n\nPost number ${index}.\n`
  root = makeSite({ 'nichepress.config.json': coreConfig(), ...posts })
  mkdirSync(join(root, 'node_modules/.cache/nichepress'), { recursive: true })
  writeFileSync(join(root, 'node_modules/.cache/nichepress/pages'), 'not a folder')
  const outcome = await Promise.race([
    generateSite({ root, threads: 2 }).then(() => 'built', (error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`),
    new Promise<string>((resolve) => setTimeout(() => resolve('still waiting after 60 s'), 60_000)),
  ])
  expect(outcome).toMatch(/^failed: .*(ENOTDIR|EEXIST)/)
}, 90_000)
