import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { createLinkIndex, type LinkDocument } from '../../packages/links/dist/index.js'

// Every suggestion (target, anchor, place, score) for every post of the Rust blog (387 real posts,
// MIT/Apache-2.0, see corpora/rust-blog/README.md), pinned in a file. Speed and memory work must
// leave it byte for byte as it is; a change to it is a quality change, made on purpose and measured
// with tests/bench/links-quality.mjs on both corpora (docs/links.md).
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const { parse: parseToml } = createRequire(join(root, 'packages/import/package.json'))('smol-toml') as { parse(text: string): Record<string, unknown> }

function rustBlog(): LinkDocument[] {
  const dir = join(root, 'tests/links/corpora/rust-blog/posts')
  const files = readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith('.md')).sort()
  return files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8')
    const match = /^\+\+\+\r?\n([\s\S]*?)\r?\n\+\+\+\r?\n?/.exec(text)!
    const data = parseToml(match[1]!)
    const path = String(data.path)
    return { id: `posts/${file}`, url: `/${path}/`, title: String(data.title), lang: 'en', date: path.slice(0, 10).replaceAll('/', '-'), body: text.slice(match[0].length), bodyLine: match[0].split('\n').length }
  })
}

test('the suggestions for every post of a real blog are exactly the pinned ones', async () => {
  const documents = rustBlog()
  const index = createLinkIndex(documents)
  const lines = index.documents.flatMap((document) => index.suggest(document.id, { maxSuggestions: 5 }).map((suggestion) => `${document.id} ${suggestion.line}:${suggestion.column} "${suggestion.anchor}" → ${suggestion.target} ${suggestion.score}${suggestion.isExact ? ' exact' : ''}`))
  expect(documents.length).toBe(387)
  expect(lines.length).toBeGreaterThan(1500)
  await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/rust-blog-suggestions.txt')
})
