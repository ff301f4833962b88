import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSite } from '@nichepress/core'
import { afterEach, expect, test } from 'vitest'
import { cliBin, coreConfig, makeSite, readTree, removeSite } from '../helpers/site.js'

// Issue #16: a corrupted cache entry (truncated, garbage, wrong shape, a stored document changed
// with its size kept and its old time set back) is detected by checksum and made again: never
// published, never exit 2.

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) removeSite(root)
})

const post = (n: number) => `---\ntitle: Post ${n}\ndate: 2026-03-1${n}\n---\n\nText number ${n}.\n`

function filesBelow(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

const stampOf = (file: string) => `${statSync(file).size}:${statSync(file).mtimeMs}`

// Sets a file's modification time back to the nanosecond (GNU touch; Node's utimes rounds).
function setModified(file: string, nanoseconds: bigint): void {
  const seconds = nanoseconds / 1_000_000_000n
  const rest = (nanoseconds % 1_000_000_000n).toString().padStart(9, '0')
  const touch = spawnSync('touch', ['-m', '-d', `@${seconds}.${rest}`, file], { encoding: 'utf8' })
  expect(touch.status, touch.stderr).toBe(0)
}

function corrupt(root: string): void {
  const cache = join(root, 'node_modules/.cache/nichepress')
  const pages = filesBelow(join(cache, 'pages'), '.json')
  expect(pages).toHaveLength(4)
  const [truncated, garbage, wrongShape, oldFormat] = pages as [string, string, string, string]
  truncateSync(truncated, Math.floor(statSync(truncated).size / 2))
  writeFileSync(garbage, Buffer.from(Array.from({ length: 500 }, (_, index) => (index * 37) % 256)))
  // Valid JSON with a valid checksum, but not a page of this file.
  const shape = JSON.stringify({ relativePath: 'content/posts/x.md', rendered: { html: '<script>EVIL()</script>' } })
  writeFileSync(wrongShape, `${createHash('sha1').update(shape).digest('hex')}\n${shape}`)
  // A bare page without its checksum line (as a hand-edit or an older format would leave it).
  const page = JSON.parse(readFileSync(oldFormat, 'utf8').slice(41)) as { rendered: { html: string } }
  page.rendered.html = '<p>EVIL</p>'
  writeFileSync(oldFormat, JSON.stringify(page))
  // A stored (hard-linked) document changed in place: same size, modification time set back.
  const documents = filesBelow(join(cache, 'documents'), '.html')
  const target = documents.find((file) => readFileSync(file, 'utf8').includes('Text number 1.'))
  expect(target).toBeDefined()
  const file = target as string
  const before = stampOf(file)
  const modified = statSync(file, { bigint: true }).mtimeNs
  writeFileSync(file, readFileSync(file, 'utf8').replace('Text number 1.', 'EVIL number 1.'))
  setModified(file, modified)
  expect(stampOf(file)).toBe(before)
}

test('corrupted cache entries are detected and made again: the output equals a cold build, nothing corrupt is published', async () => {
  const root = makeSite({ 'nichepress.config.json': coreConfig(), ...Object.fromEntries([1, 2, 3, 4].map((n) => [`content/posts/p${n}.md`, post(n)])) })
  roots.push(root)
  await buildSite({ root })
  const cold = readTree(join(root, 'public'))
  corrupt(root)
  const again = await buildSite({ root, skipUnchanged: false })
  expect(again.stats.cacheHits).toBe(0)
  const output = readTree(join(root, 'public'))
  expect([...output.keys()]).toEqual([...cold.keys()])
  for (const [path, bytes] of output) {
    expect(bytes.toString('utf8'), path).not.toContain('EVIL')
    expect(bytes.equals(cold.get(path) as Buffer), path).toBe(true)
  }
  // The entries were written again: the next build uses them.
  expect((await buildSite({ root, skipUnchanged: false })).stats.cacheHits).toBe(4)
})

test('on the command line a corrupted cache is a normal build: exit 0, not 2', async () => {
  const config = JSON.stringify({ title: 'T', url: 'https://t.example', language: 'de', legal: { enabled: false }, consent: { enabled: false }, affiliate: { enabled: false }, lint: { audit: 'off' } })
  const root = makeSite({ 'nichepress.config.json': config, ...Object.fromEntries([1, 2, 3, 4].map((n) => [`content/posts/p${n}.md`, post(n)])) })
  roots.push(root)
  const build = () => spawnSync(process.execPath, [cliBin, 'build', '--root', root], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } })
  const first = build()
  expect(first.status, first.stdout + first.stderr).toBe(0)
  corrupt(root)
  // Content edited, so the build is not skipped and every entry is looked up.
  writeFileSync(join(root, 'content/posts/p4.md'), `${post(4)}\nMore.\n`)
  const second = build()
  expect(second.status, second.stdout + second.stderr).toBe(0)
  for (const [path, bytes] of readTree(join(root, 'public'))) expect(bytes.toString('utf8'), path).not.toContain('EVIL')
})
