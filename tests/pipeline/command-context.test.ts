import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSite } from '@nichepress/core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { lintSite } from '../../packages/lint/dist/index.js'
import { presetPath, repoRoot, writeFiles } from '../helpers/site.js'

// Issue #17, defect 3: linting one site must not switch off the audit of a build of another site
// in the same process. Site A's config holds a plugin that waits in its `pages` hook until site B
// is built, so B's build runs entirely while A is being linted.
const siteA = join(repoRoot, 'tests/pipeline', `.site-lint-a-${process.pid}`)
const siteB = join(repoRoot, 'tests/pipeline', `.site-build-b-${process.pid}`)
const starter = join(repoRoot, 'starters/nischenblog')
const copy = (to: string) => cpSync(starter, to, { recursive: true, filter: (path) => !/[\\/](node_modules|public)$/.test(path) })
const gate = globalThis as { siteBBuilt?: Promise<void>; siteALinting?: () => void }
// An image over plain http on an https site: the audit's `mixed-content` error. From the site's own
// host: one from another host is the consent plugin's `consent-unknown-third-party` first.
const insecure = '\n<img src="http://kocherkompass.example/images/kocher.png" alt="Ein Kocher">\n'

beforeAll(() => {
  copy(siteA)
  copy(siteB)
  const configFile = join(siteA, 'nichepress.config.ts')
  const config = readFileSync(configFile, 'utf8').replace(
    'export default defineConfig({',
    [
      'const gate = globalThis as { siteBBuilt?: Promise<void>; siteALinting?: () => void }',
      "const waitForB = { name: 'wait-for-b', setup: () => ({ async pages() { gate.siteALinting?.(); await gate.siteBBuilt; return [] } }) }",
      'export default defineConfig({',
      '  plugins: [waitForB],',
    ].join('\n'),
  )
  writeFileSync(configFile, config)
  writeFiles(siteB, { 'content/posts/spiritus-oder-gas.md': readFileSync(join(starter, 'content/posts/spiritus-oder-gas.md'), 'utf8') + insecure })
})
afterAll(() => {
  rmSync(siteA, { recursive: true, force: true, maxRetries: 5 })
  rmSync(siteB, { recursive: true, force: true, maxRetries: 5 })
})

const buildB = () => buildSite({ root: siteB, preset: presetPath, outDir: join(siteB, 'public'), cache: false, threads: 1 })

describe('the plugin context says which command runs', () => {
  test('building site B fails alone and also while site A is linted in the same process', async () => {
    await expect(buildB()).rejects.toMatchObject({ messages: expect.arrayContaining([expect.objectContaining({ ruleId: 'mixed-content' })]) })

    let releaseA!: () => void
    gate.siteBBuilt = new Promise<void>((resolve) => (releaseA = resolve))
    const linting = new Promise<void>((resolve) => (gate.siteALinting = resolve))
    const lint = lintSite({ root: siteA, preset: presetPath, now: new Date('2027-01-01T00:00:00Z') })
    await linting
    const whileLinting = await buildB().then(
      () => undefined,
      (error: unknown) => error,
    )
    releaseA()
    const linted = await lint
    expect(whileLinting).toMatchObject({ messages: expect.arrayContaining([expect.objectContaining({ ruleId: 'mixed-content' })]) })
    // Lint itself reports its rules, not the build's audit.
    expect(linted.messages.some((message) => message.source === 'nichepress-audit')).toBe(false)
  }, 120_000)
})
