import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { makeSite, removeSite, repoRoot, writeFiles } from '../helpers/site.js'

// The quality bench reads a Hugo blog whose posts are page bundles (`2024/a/index.md`) beside plain
// files (`2024/b.md`): corpus.json `permalink: "/blog/:path/"` serves both at `/blog/2024/<slug>/`,
// so absolute, slash-less and relative links to them are counted (the OpenTelemetry blog corpus).
const work = makeSite({})

afterAll(() => removeSite(work))

function writeCorpus(files: Record<string, string>): string {
  writeFiles(work, files)
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
  const result = JSON.parse(execFileSync(process.execPath, [join(repoRoot, 'tests/bench/links-quality.mjs'), '--corpus', corpus, '--json'], { encoding: 'utf8' })) as { posts: number; sourcesWithLinks: number; removedLinks: number }
  // The link of survey-results to itself is no post-to-post link.
  expect(result).toMatchObject({ posts: 3, sourcesWithLinks: 2, removedLinks: 3 })
})
