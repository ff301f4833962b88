import { buildSite } from '@nichepress/core'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Writable } from 'node:stream'
import { afterEach, expect, test } from 'vitest'
import { runCreate } from '../../packages/create-nichepress/dist/lib/run-create.js'
import { htmlErrors } from '../helpers/html-validate.js'
import { presetPath, repoRoot } from '../helpers/site.js'

// An Austrian or Swiss operator who answers create-nichepress's questions gets a site that builds:
// no § 18 MStV person (German law, refused elsewhere), and in Austria the Offenlegung of § 25 MedienG
// asked for. Real runs of the prompt, real builds with the workspace's nichepress.

const parents: string[] = []
afterEach(() => {
  for (const parent of parents.splice(0)) rmSync(parent, { recursive: true, force: true })
})

async function createAndBuild(answers: readonly string[]) {
  const parent = mkdtempSync(join(tmpdir(), 'np-created-legal-'))
  parents.push(parent)
  const stdin: PassThrough & { isTTY?: boolean } = new PassThrough()
  stdin.isTTY = true
  stdin.end(`${answers.join('\n')}\n`)
  const chunks: string[] = []
  const stdout = new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk.toString()), done()) })
  const stderr = new Writable({ write: (_chunk, _encoding, done) => done() })
  expect(await runCreate(['--no-install'], { stdin, stdout, stderr, env: { npm_config_user_agent: 'pnpm/10.0.0 node/v20' }, cwd: parent })).toBe(0)
  const root = join(parent, 'site')
  mkdirSync(join(root, 'node_modules'))
  symlinkSync(join(repoRoot, 'packages/cli'), join(root, 'node_modules/nichepress'), 'dir')
  const result = await buildSite({ root, preset: presetPath, outDir: join(parent, 'out'), cache: false })
  return { prompt: chunks.join(''), config: readFileSync(join(root, 'nichepress.config.ts'), 'utf8'), impressum: readFileSync(join(result.outDir, 'impressum/index.html'), 'utf8') }
}

const start = ['site', '2', 'Testblog', 'de', 'https://blog.example', 'Erika Muster']

test('an Austrian operator: asked for the Offenlegung, no § 18 MStV person; the site builds with it', async () => {
  const { prompt, config, impressum } = await createAndBuild([...start, 'at', 'Hauptplatz 1', '8010', 'Graz', 'erika@example.org', '+43 316 123456', 'Betrieb eines Blogs über Campingkocher', 'Unabhängige Tests von Campingkochern'])
  expect(prompt).toContain('What the site does, for the Offenlegung (§ 25 Abs. 2 MedienG)')
  expect(config).not.toContain('responsibleForContent')
  expect(config).toContain("businessPurpose: 'Betrieb eines Blogs über Campingkocher'")
  expect(impressum).toContain('Offenlegung gemäß § 25 MedienG')
  expect(impressum).toContain('Grundlegende Richtung: Unabhängige Tests von Campingkochern')
  expect(await htmlErrors(impressum)).toEqual([])
})

test('an Austrian operator without a Blattlinie gets a "kleine Website" (editorial: false) that builds', async () => {
  const { config, impressum } = await createAndBuild([...start, 'at', 'Hauptplatz 1', '8010', 'Graz', 'erika@example.org', '+43 316 123456', 'Betrieb eines Blogs über Campingkocher', ''])
  expect(config).toContain('editorial: false')
  expect(impressum).toContain('Offenlegung gemäß § 25 MedienG')
  expect(impressum).not.toContain('Grundlegende Richtung')
})

test('a Swiss operator: no § 18 MStV person, no Austrian questions; the site builds with the UWG Impressum', async () => {
  const { prompt, config, impressum } = await createAndBuild([...start, 'ch', 'Seestrasse 5', '8002', 'Zürich', 'erika@example.org', ''])
  expect(prompt).not.toContain('Offenlegung')
  expect(config).not.toContain('responsibleForContent')
  expect(impressum).toContain('Angaben gemäss Art. 3 Abs. 1 lit. s UWG')
})
