import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSite } from '@nichepress/core'
import { afterAll, expect, test } from 'vitest'
import { importSite, writeImport } from '../../packages/import/src/index.js'
import { siteConfig } from './site-config.js'

const preset = fileURLToPath(new URL('../../packages/cli/dist/preset.js', import.meta.url))
const fixtures = fileURLToPath(new URL('../../packages/import/test/fixtures/', import.meta.url))
const folders: string[] = []

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

function newSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'np-import-site-'))
  folders.push(root)
  writeFileSync(join(root, 'nichepress.config.json'), siteConfig('Outdoor', 'https://outdoor.example'))
  return root
}

test.each([
  // The uncloaked affiliate link is recognised by the affiliate plugin.
  { kind: 'wordpress', source: join(fixtures, 'wordpress/export.xml'), page: 'beste-trekkingzelte/index.html', redirect: '2024/03/beste-trekkingzelte/index.html', expected: /href="https:\/\/www\.amazon\.de\/dp\/B000TEST01[^"]*" rel="sponsored/ },
  { kind: 'hugo', source: join(fixtures, 'hugo'), page: 'zelt-aufbauen/index.html', redirect: 'anleitungen/zelt-aufbauen/index.html', expected: /href="\/files\/preisliste\.pdf"/ },
])('$kind: detected, written, built with every link resolved, idempotent', async ({ kind, source, page, redirect, expected }) => {
  const root = newSite()
  const result = importSite(source)
  expect(result.report.kind).toBe(kind)
  const first = writeImport(root, result)
  expect(first.conflicts).toEqual([])
  for (const asset of result.assets) expect(statSync(join(root, asset.path)).isFile()).toBe(true)
  const generated = await generateSite({ root, preset, cache: false })
  const html = generated.files.find((file) => file.path === page)?.contents ?? ''
  expect(html).toMatch(/<template><iframe[^>]*dQw4w9WgXcQ/)
  expect(html).toMatch(expected)
  expect(generated.files.some((file) => file.path === redirect)).toBe(true)
  const report = JSON.parse(readFileSync(join(root, 'import-report.json'), 'utf8')) as { counts: unknown }
  expect(report.counts).toEqual(first.result.report.counts)
  const again = writeImport(root, importSite(source))
  expect(again.written).toEqual([])
})

test('an edited file is left alone and reported, unless overwrite is asked for', () => {
  const root = newSite()
  const result = importSite(join(fixtures, 'hugo'))
  writeImport(root, result)
  writeFileSync(join(root, 'content/pages/about.md'), '---\ntitle: Edited\n---\n')
  const second = writeImport(root, result)
  expect(second.conflicts).toEqual(['content/pages/about.md'])
  expect(second.result.report.items).toContainEqual(expect.objectContaining({ ruleId: 'import-file-exists', file: 'content/pages/about.md' }))
  expect(readFileSync(join(root, 'content/pages/about.md'), 'utf8')).toContain('Edited')
  writeImport(root, result, { overwrite: true })
  expect(readFileSync(join(root, 'content/pages/about.md'), 'utf8')).toContain('title: Über uns')
})
