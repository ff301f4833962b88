import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
// The schemas and rules are imported through the script, which resolves them from docs/'s dependencies.
import { referenceDocsDir, renderReferenceDocs } from '../../docs/scripts/generate-reference-docs.mjs'

const generated = renderReferenceDocs() as Record<string, string>

test.each(Object.keys(generated))('docs/%s is what the generator makes (run docs/scripts/generate-reference-docs.mjs and commit)', (path) => {
  expect(readFileSync(join(referenceDocsDir as string, path), 'utf8')).toBe(generated[path])
})

test('the config reference lists core options and every plugin section', () => {
  const config = generated['config.md'] ?? ''
  for (const row of ['| `title` | string | **required**', '| `permalinks.pages` |', '| `consent.expiryMonths` |', '| `legal.hosting` |', '| `seo.feeds.limit` |', '| `links.relatedPosts` |', '| `lint.audit` |', '| `affiliate.links` |']) {
    expect(config).toContain(row)
  }
})
