import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { buildSite, generateSite } from '@nichepress/core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { coreConfig, repoRoot, writeFiles } from '../helpers/site.js'

// Issue #17: site-level findings travel as messages of the step that found them (returned by the
// `site` and `files` hooks), not through a callback on the site model. The site lives inside the
// repository so its config can import @nichepress/core.
const root = join(repoRoot, 'tests/pipeline', `.site-findings-${process.pid}`)
const config = (fatal: boolean) => `
import { defineDiagnostic } from '@nichepress/core'
const noteFound = defineDiagnostic({ id: 'site-note', severity: 'warning', message: (pages) => \`The site has \${pages} pages.\`, hint: 'Nothing to do.' })
const listFound = defineDiagnostic({ id: 'list-note', severity: '${fatal ? 'error' : 'warning'}', message: () => 'The list was written.', hint: 'Nothing to do.' })
const counter = {
  name: 'counter',
  setup: () => ({
    site: (site) => [noteFound.create({ file: 'nichepress.config.ts', line: 1, column: 1 }, [site.pages.length])],
    files: () => ({ files: [{ path: 'list.txt', contents: 'x' }], messages: [listFound.create({ file: 'nichepress.config.ts', line: 2, column: 1 }, [])] }),
  }),
}
export default { ...${coreConfig()}, plugins: [counter] }
`

beforeAll(() => writeFiles(root, { 'nichepress.config.ts': config(false), 'content/posts/hallo.md': '---\ntitle: Hallo\ndate: 2026-01-01\n---\n\nHallo Welt.\n' }))
afterAll(() => rmSync(root, { recursive: true, force: true, maxRetries: 5 }))

describe('site-level findings', () => {
  test('what the site and files hooks return is reported with the build, and the files are written', async () => {
    const site = await generateSite({ root, cache: false, threads: 1 })
    expect(site.messages.map((message) => `${message.ruleId}:${message.line}`)).toEqual(expect.arrayContaining(['site-note:1', 'list-note:2']))
    expect(site.files.map((file) => file.path)).toContain('list.txt')
    expect('report' in site.site).toBe(false)
  })

  test('an error a files hook returns fails the build, with the other findings', async () => {
    writeFiles(root, { 'nichepress.config.ts': config(true) })
    await expect(buildSite({ root, outDir: join(root, 'public'), cache: false, threads: 1 })).rejects.toMatchObject({
      messages: expect.arrayContaining([expect.objectContaining({ ruleId: 'list-note', fatal: true })]),
    })
  })
})
