import { appendFileSync, cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSite } from '@nichepress/core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { presetPath, readTree, repoRoot } from '../helpers/site.js'

// The German starter with every plugin on: documents carry audit findings and CSP hashes, so
// reusing a document must also reuse what plugins learnt from it.
const root = join(repoRoot, 'tests/core', `.site-incremental-${process.pid}`)
const post = join(root, 'content/posts/spiritus-oder-gas.md')
const build = (outDir: string, cache = true) => buildSite({ root, preset: presetPath, outDir: join(root, outDir), cache, skipUnchanged: false })
const tree = (outDir: string) => readTree(join(root, outDir))

beforeAll(() => {
  cpSync(join(repoRoot, 'starters/nischenblog'), root, { recursive: true, filter: (path) => !/[\\/](node_modules|public)$/.test(path) })
})
afterAll(() => rmSync(root, { recursive: true, force: true, maxRetries: 5 }))

describe('documents are reused from the last build', () => {
  test('unchanged documents are linked, not rendered, also into a fresh output folder, with output identical to a cold build', async () => {
    const cold = await build('cold', false)
    expect(cold.stats.reused).toBe(0)
    const first = await build('public')
    expect(first.stats.reused).toBe(0)
    expect(tree('public')).toEqual(tree('cold'))
    const documents = first.files.filter((path) => path.endsWith('.html')).length
    const someDocument = join(root, 'public/spiritus-oder-gas/index.html')
    const modified = statSync(someDocument).mtimeMs

    // Netlify and Vercel keep the cache folder but not the output.
    rmSync(join(root, 'public'), { recursive: true })
    const fresh = await build('public')
    expect(fresh.stats).toMatchObject({ rendered: 0, reused: documents })
    expect(tree('public')).toEqual(tree('cold'))
    // A hard link to the stored document: same bytes, same modification time.
    expect(statSync(someDocument).mtimeMs).toBe(modified)
    expect(fresh.messages.map(String)).toEqual(first.messages.map(String))
  })

  test('after one edit only the documents showing it are made again, and the output equals a cold build', async () => {
    appendFileSync(post, '\nEin neuer Absatz über Frost und Kartuschen.\n')
    const edited = await build('public')
    const cold = await build('cold', false)
    expect(edited.stats.rendered).toBe(1)
    expect(edited.stats.reused).toBeGreaterThan(0)
    expect(edited.stats.reused).toBeLessThan(edited.files.filter((path) => path.endsWith('.html')).length)
    expect(readFileSync(join(root, 'public/spiritus-oder-gas/index.html'), 'utf8')).toContain('Frost und Kartuschen')
    expect(tree('public')).toEqual(tree('cold'))
    expect(edited.documentHashes).toEqual(cold.documentHashes)
  })

  test('a document changed in place in the output is made again, not reused', async () => {
    const document = join(root, 'public/spiritus-oder-gas/index.html')
    const original = readFileSync(document, 'utf8')
    // A post-processor editing the output in place also edits the stored copy (a hard link).
    appendFileSync(document, '<!-- changed in place -->')
    const next = await build('public')
    expect(readFileSync(document, 'utf8')).toBe(original)
    expect(next.stats.reused).toBeGreaterThan(0)
    await build('public')
    expect(readFileSync(document, 'utf8')).toBe(original)
  })
})

describe('documents summarised and written on worker threads', () => {
  const many = join(repoRoot, 'tests/core', `.site-threads-${process.pid}`)
  afterAll(() => rmSync(many, { recursive: true, force: true, maxRetries: 5 }))

  test('give the same output, CSP hashes and audit findings as one thread', async () => {
    cpSync(join(repoRoot, 'starters/nischenblog'), many, { recursive: true, filter: (path) => !/[\\/](node_modules|public)$/.test(path) })
    // Enough new documents for the worker pool; inline styles feed the CSP, repeated titles the audit.
    for (let index = 0; index < 260; index++) {
      const title = index % 40 === 0 ? 'Doppelter Titel' : `Kocher-Notiz ${index}`
      writeFileSync(
        join(many, 'content/posts', `notiz-${index}.md`),
        `---\ntitle: ${title}\ndate: 2026-01-${String((index % 28) + 1).padStart(2, '0')}\ndescription: Notiz ${index} über Gaskocher.\ntags: [Notizen]\n---\n\nNotiz ${index}: <span style="color: #${String(index % 7).repeat(3)}">farbig</span> und ein Absatz über Kartuschen.\n`,
      )
    }
    const buildMany = (outDir: string, threads: number) => {
      rmSync(join(many, 'node_modules/.cache'), { recursive: true, force: true })
      return buildSite({ root: many, preset: presetPath, outDir: join(many, outDir), threads })
    }
    const threaded = await buildMany('threaded', 2)
    const single = await buildMany('single', 1)
    expect(threaded.files.filter((path) => path.endsWith('.html')).length).toBeGreaterThan(300)
    expect(readTree(join(many, 'threaded'))).toEqual(readTree(join(many, 'single')))
    const headers = readFileSync(join(many, 'threaded/_headers'), 'utf8')
    expect(headers.match(/'sha256-[^']+'/g)?.length).toBeGreaterThanOrEqual(7)
    const findings = (result: typeof threaded) => result.messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
    expect(findings(threaded).filter((finding) => finding.includes('duplicate-title')).length).toBeGreaterThan(0)
    expect(findings(threaded)).toEqual(findings(single))
    // A rebuild takes every document over from the store, summaries included.
    const again = await buildSite({ root: many, preset: presetPath, outDir: join(many, 'threaded'), skipUnchanged: false })
    expect(again.stats.reused).toBe(again.files.filter((path) => path.endsWith('.html')).length)
    expect(findings(again)).toEqual(findings(threaded))
    expect(readFileSync(join(many, 'threaded/_headers'), 'utf8')).toBe(headers)
  }, 120_000)
})
