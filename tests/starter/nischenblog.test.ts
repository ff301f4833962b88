import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { htmlErrors } from '../helpers/html-validate.js'
import { cliBin, readTree, repoRoot } from '../helpers/site.js'

const starter = join(repoRoot, 'starters/nischenblog')
let out: string
let tree: Map<string, Buffer>
let summary: { ok: boolean; pages: number; warnings: unknown[] }

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'np-starter-'))
  const stdout = execFileSync(process.execPath, [cliBin, 'build', '--root', starter, '--out', out, '--no-cache', '--json'], { encoding: 'utf8' })
  summary = JSON.parse(stdout) as typeof summary
  tree = readTree(out)
})
afterAll(() => rmSync(out, { recursive: true, force: true }))

const html = (path: string) => tree.get(path)?.toString('utf8') ?? ''

describe('the nischenblog starter', () => {
  test('builds with the CLI, without warnings', () => {
    expect(summary.ok).toBe(true)
    expect(summary.warnings).toEqual([])
  })

  test('has at least 8 published posts, an about page, tag pages, archive and 404', () => {
    const posts = [...tree.keys()].filter((path) => /^[a-z0-9-]+\/index\.html$/.test(path))
    expect(posts.length).toBeGreaterThanOrEqual(9)
    for (const path of ['index.html', 'ueber-uns/index.html', 'archiv/index.html', '404.html', 'themen/gaskocher/index.html']) {
      expect(tree.has(path), path).toBe(true)
    }
    expect(tree.has('kochen-im-winter/index.html')).toBe(false)
  })

  test('resolves every internal .md link to a URL', () => {
    for (const [path, bytes] of tree) {
      if (path.endsWith('.html')) expect(bytes.toString('utf8'), path).not.toMatch(/href="[^"]*\.md(#[^"]*)?"/)
    }
    expect(html('die-5-besten-gaskocher/index.html')).toContain('href="/test-flammwerk-vanchef-duo/"')
  })

  test('every page is valid HTML (html-validate recommended)', async () => {
    const problems: string[] = []
    for (const [path, bytes] of tree) {
      if (path.endsWith('.html')) problems.push(...(await htmlErrors(bytes.toString('utf8'))).map((error) => `${path} ${error}`))
    }
    expect(problems).toEqual([])
  })

  test('links every page to its stylesheet and favicon, with no third-party fonts', () => {
    for (const [path, bytes] of tree) {
      if (!path.endsWith('.html') || bytes.includes('http-equiv="refresh"')) continue
      const text = bytes.toString('utf8')
      expect(text, path).toContain('href="/assets/style.css"')
      expect(text, path).not.toContain('fonts.googleapis.com')
    }
  })
})

test('nichepress init copies a starter into a new folder and refuses a non-empty one', () => {
  const parent = mkdtempSync(join(tmpdir(), 'np-init-'))
  try {
    const target = join(parent, 'mein-blog')
    execFileSync(process.execPath, [cliBin, 'init', target, '--starter', 'nischenblog'], { encoding: 'utf8' })
    expect(readFileSync(join(target, 'nichepress.config.ts'), 'utf8')).toContain('defineConfig')
    expect(readTree(join(target, 'content')).size).toBe(readTree(join(starter, 'content')).size)
    expect(() => execFileSync(process.execPath, [cliBin, 'init', target], { stdio: 'pipe' })).toThrow(/not empty/)
  } finally {
    rmSync(parent, { recursive: true, force: true })
  }
})
