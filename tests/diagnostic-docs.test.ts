import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { repoRoot } from './helpers/site.js'

// Every catalogued diagnostic id (defineDiagnostic({ id: … }) in any package) needs docs/errors/<id>.md.
function catalogueIds(): string[] {
  const ids: string[] = []
  for (const pkg of readdirSync(join(repoRoot, 'packages'))) {
    const src = join(repoRoot, 'packages', pkg, 'src')
    if (!existsSync(src)) continue
    for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8')
      for (const match of text.matchAll(/defineDiagnostic\(\{\s*id:\s*'([a-z0-9-]+)'/g)) ids.push(match[1] as string)
    }
  }
  return ids.sort()
}

test('the catalogue is found and has no duplicate ids', () => {
  const ids = catalogueIds()
  expect(ids).toContain('broken-internal-link')
  expect(new Set(ids).size).toBe(ids.length)
})

test.each(catalogueIds())('docs/errors/%s.md exists', (id) => {
  expect(existsSync(join(repoRoot, 'docs/errors', `${id}.md`))).toBe(true)
})
