import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { cliBin, readTree, repoRoot } from '../helpers/site.js'

// The docs are a nichepress site built in CI: core fails the build on a broken .md link, and this
// test also follows every root-relative href and src in the output (images, assets, nav links).
let out: string
let tree: Map<string, Buffer>
let summary: { ok: boolean; pages: number; warnings: unknown[] }

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'np-docs-'))
  summary = JSON.parse(execFileSync(process.execPath, [cliBin, 'build', '--root', join(repoRoot, 'docs'), '--out', out, '--no-cache', '--json'], { encoding: 'utf8' })) as typeof summary
  tree = readTree(out)
})
afterAll(() => rmSync(out, { recursive: true, force: true }))

test('builds without warnings, with the guides and the generated reference pages', () => {
  expect(summary.ok).toBe(true)
  expect(summary.warnings).toEqual([])
  for (const path of ['index.html', 'getting-started/index.html', 'config/index.html', 'front-matter/index.html', 'deploy-netlify/index.html', 'deploy-vercel/index.html', 'registry/index.html', 'errors/broken-internal-link/index.html', 'errors/index.html', 'lint-rules/index.html']) {
    expect(tree.has(path), path).toBe(true)
  }
})

test('takes titles from the leading # heading and prints a single h1', () => {
  const page = tree.get('consent/index.html')?.toString('utf8') ?? ''
  expect(page).toMatch(/<title>Consent – nichepress<\/title>/)
  expect(page.match(/<h1[\s>]/g)).toHaveLength(1)
})

test('every root-relative link and image in the output leads to a file', () => {
  const broken: string[] = []
  for (const [path, bytes] of tree) {
    if (!path.endsWith('.html')) continue
    // Examples in code are text, not links.
    const html = bytes.toString('utf8').replace(/<pre[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>/g, '')
    for (const match of html.matchAll(/\s(?:href|src)="(\/[^"#?]*)/g)) {
      const target = (match[1] as string).slice(1)
      const file = target === '' || target.endsWith('/') ? `${target}index.html` : target
      if (!tree.has(file)) broken.push(`${path} → /${target}`)
    }
  }
  expect(broken).toEqual([])
  expect(tree.get('getting-started/index.html')?.toString('utf8')).toContain('src="/images/starter-blog.png"')
  expect(tree.get('consent/index.html')?.toString('utf8')).toContain('src="/images/consent-banner.png"')
})
