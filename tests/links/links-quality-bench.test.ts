import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, test } from 'vitest'

// The quality bench reads a Hugo blog whose posts are page bundles (`2024/a/index.md`) beside plain
// files (`2024/b.md`): corpus.json `permalink: "/blog/:path/"` serves both at `/blog/2024/<slug>/`,
// so absolute, slash-less and relative links to them are counted (the OpenTelemetry blog corpus).
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const work = mkdtempSync(join(tmpdir(), 'np-links-bench-'))

afterAll(() => rmSync(work, { recursive: true, force: true }))

function writeCorpus(files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(work, path)), { recursive: true })
    writeFileSync(join(work, path), text)
  }
  return work
}

test('corpus.json `:path` gives page bundles and plain files their Hugo URLs', () => {
  const corpus = writeCorpus({
    'corpus.json': JSON.stringify({ hosts: ['example.org'], permalink: '/blog/:path/' }),
    'posts/2024/collector-survey/index.md': '---\ntitle: Collector survey\ndate: 2024-03-01\n---\nWe asked users about the collector.\n',
    'posts/2024/survey-results.md':
      '---\ntitle: Survey results\ndate: 2024-05-01\n---\nThe [collector survey](../collector-survey/) is done; see also [the results](https://example.org/blog/2024/survey-results).\n',
    'posts/2025/year-in-review.md': '---\ntitle: Year in review\ndate: 2025-01-01\n---\nWe ran a [survey](/blog/2024/collector-survey) and [published it](/blog/2024/survey-results/#users).\n',
  })
  const result = JSON.parse(execFileSync(process.execPath, [join(root, 'tests/bench/links-quality.mjs'), '--corpus', corpus, '--json'], { encoding: 'utf8' })) as { posts: number; sourcesWithLinks: number; removedLinks: number }
  // The link of survey-results to itself is no post-to-post link.
  expect(result).toMatchObject({ posts: 3, sourcesWithLinks: 2, removedLinks: 3 })
})
