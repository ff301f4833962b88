import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSite, type BuildResult } from '@nichepress/core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { presetPath, repoRoot, writeFiles } from '../helpers/site.js'

// Issue #17, defect 1: what plugins find in a document must not depend on the cache. A theme
// script from a vendor no registry knows is in every document; the consent plugin warns about it
// per document and the audit (as warnings) finds it too. A reused document must report the same.
const root = join(repoRoot, 'tests/pipeline', `.site-replay-${process.pid}`)
const build = (cache = true) => buildSite({ root, preset: presetPath, outDir: join(root, 'public'), cache, skipUnchanged: false, threads: 1 })
const shown = (result: BuildResult) => result.messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.ruleId} ${message.reason}`)

beforeAll(() => {
  cpSync(join(repoRoot, 'starters/nischenblog'), root, { recursive: true, filter: (path) => !/[\\/](node_modules|public)$/.test(path) })
  const configFile = join(root, 'nichepress.config.ts')
  const config = readFileSync(configFile, 'utf8')
    .replace("consent: {", "consent: {\n    unknownThirdParty: 'warn',")
    .replace("  affiliate: {", "  lint: { audit: 'warn' },\n  affiliate: {")
  writeFileSync(configFile, config)
  const footer = readFileSync(join(repoRoot, 'templates/default/partials/footer.hbs'), 'utf8')
  // The consent plugin reports what it reads in the theme's templates once, at the template's line; a
  // host assembled by the template (here split by a Handlebars comment) is only seen in each finished
  // document, and so reported once per document.
  writeFiles(root, { 'theme/partials/footer.hbs': footer.replace('</footer>', '<script src="https://widgets{{!-- --}}.unbekannter-anbieter.example/w.js"></script>\n</footer>') })
})
afterAll(() => rmSync(root, { recursive: true, force: true, maxRetries: 5 }))

describe('findings recorded per document are replayed when the document is reused', () => {
  test('cold, one-edit and --no-cache builds report the same messages', async () => {
    const cold = await build()
    const unknown = shown(cold).filter((line) => line.includes('consent-unknown-third-party'))
    // One per document the theme script is in: every page, generated ones too.
    expect(unknown.length).toBeGreaterThan(10)
    // Each names the finished document (not the page's Markdown file), the line the script is on there,
    // and the layout that made it.
    for (const line of unknown) {
      const [, file, row] = /^(.+?\.html):(\d+):/.exec(line) ?? []
      expect(file, line).toBeDefined()
      expect(readFileSync(join(root, 'public', file ?? ''), 'utf8').split('\n')[Number(row) - 1], line).toContain('unbekannter-anbieter.example')
      expect(line).toMatch(/layout or its partials made/)
    }

    const again = await build()
    expect(again.stats.reused).toBe(again.files.filter((path) => path.endsWith('.html')).length)
    expect(shown(again)).toEqual(shown(cold))
    expect(shown(await build(false))).toEqual(shown(cold))

    // After one edit the edited post's document is made again, the rest reused: the messages are
    // those of a build without cache of the same input.
    appendFileSync(join(root, 'content/posts/spiritus-oder-gas.md'), '\nEin neuer Absatz über Frost und Kartuschen.\n')
    const edited = await build()
    expect(edited.stats.reused).toBeGreaterThan(0)
    expect(shown(edited).filter((line) => line.includes('consent-unknown-third-party'))).toHaveLength(unknown.length)
    expect(shown(edited)).toEqual(shown(await build(false)))
  }, 120_000)
})
