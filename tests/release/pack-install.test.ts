// The packages as npm users get them: every publishable package packed with `pnpm pack` (as
// `changeset publish` packs them), installed with plain npm into a folder outside the workspace, a
// new site made by create-nichepress from its tarball with --yes, then built, linted and audited.
// Only third-party dependencies come from the npm registry.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { repoRoot } from '../helpers/site.js'

/** Every package a user installs: everything in the workspace that is not private. */
const packageDirs = ['packages', 'templates']
  .flatMap((parent) => readdirSync(join(repoRoot, parent)).map((name) => join(repoRoot, parent, name)))
  .filter((dir) => existsSync(join(dir, 'package.json')) && !(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { private?: boolean }).private)

// The bootstrap's pnpm (on PATH under `npm test`); a global one otherwise.
const pnpm = existsSync(join(repoRoot, '.tools/node_modules/.bin/pnpm')) ? join(repoRoot, '.tools/node_modules/.bin/pnpm') : 'pnpm'
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

let work: string
let tarballs: string[]
// npm must not see the workspace: no inherited npm_* settings from a `pnpm test` / `npm test` parent.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'INIT_CWD' && key !== 'PNPM_SCRIPT_SRC_DIR'))
const npmEnv = { ...env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_loglevel: 'error' }

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env: npmEnv, encoding: 'utf8', timeout: 240_000 })
  if (result.error) throw result.error
  return result
}

function ok(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} exited ${result.status}:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'np-release-'))
  expect(relative(repoRoot, work).startsWith('..')).toBe(true)
  const packs = join(work, 'tarballs')
  mkdirSync(packs)
  for (const dir of packageDirs) execFileSync(pnpm, ['pack', '--pack-destination', packs], { cwd: dir, env, stdio: 'pipe' })
  tarballs = readdirSync(packs).map((name) => join(packs, name)).sort()
}, 240_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true, maxRetries: 5 })
})

function manifestOf(tarball: string): Record<string, unknown> {
  return JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as Record<string, unknown>
}

test('every public package packs with a LICENSE, publishConfig and real versions instead of workspace:*', () => {
  expect(tarballs).toHaveLength(packageDirs.length)
  for (const tarball of tarballs) {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n')
    expect(files, tarball).toContain('package/LICENSE')
    expect(files, tarball).toContain('package/README.md')
    expect(files.filter((file) => /node_modules\/|\.test\.(?:js|ts)$|\/src\/.*\.ts$/.test(file)), tarball).toEqual([])
    const manifest = manifestOf(tarball)
    expect(manifest.license).toBe('MIT')
    expect(manifest.publishConfig).toEqual({ access: 'public' })
    expect(JSON.stringify(manifest)).not.toContain('workspace:')
    const dependencies = { ...(manifest.dependencies as Record<string, string> | undefined) }
    for (const [name, range] of Object.entries(dependencies)) {
      if (name === 'nichepress' || name === 'create-nichepress' || name.startsWith('@nichepress/')) expect(range).toBe(manifest.version)
    }
  }
  const create = tarballs.find((file) => file.includes('create-nichepress-'))
  expect(create).toBeDefined()
  const files = execFileSync('tar', ['-tzf', create as string], { encoding: 'utf8' })
  for (const starter of ['nischenblog', 'blog', 'produkt']) expect(files).toContain(`package/starters/${starter}/nichepress.config.ts`)
  expect(files).not.toMatch(/starters\/[^/]+\/(?:node_modules|public|\.cache)\//)
  // Packing leaves no bundled starters behind in the workspace.
  expect(existsSync(join(repoRoot, 'packages/create-nichepress/starters'))).toBe(false)
})

test('npm installs the tarballs outside the workspace; create-nichepress --yes makes a site that builds, lints and audits', () => {
  const create = tarballs.find((file) => file.includes('create-nichepress-')) as string
  // create-nichepress from its tarball, as `npm create nichepress` runs it (installing is the next step here:
  // the site's `nichepress` range is not on the registry yet, so the tarballs are installed instead).
  const created = ok(run(npm, ['exec', '--yes', `--package=${create}`, '--', 'create-nichepress', 'my-site', '--yes', '--no-install'], work), 'create-nichepress')
  expect(created).toContain('Created')
  const site = join(work, 'my-site')
  const manifest = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
  const { version } = manifestOf(create) as { version: string }
  expect(manifest.dependencies.nichepress).toBe(`^${version}`)

  ok(run(npm, ['install', ...tarballs], site), 'npm install')
  expect(existsSync(join(site, 'node_modules/nichepress/bin/nichepress.js'))).toBe(true)
  // Nothing was linked from the workspace.
  expect(readFileSync(join(site, 'package-lock.json'), 'utf8')).not.toContain(repoRoot)

  expect(ok(run(npm, ['exec', '--', 'nichepress', '--version'], site), 'nichepress --version').trim()).toBe(version)
  const build = ok(run(npm, ['run', 'build'], site), 'npm run build')
  expect(build).toMatch(/✔ \d+ pages, \d+ files/)
  expect(existsSync(join(site, 'public/index.html'))).toBe(true)
  ok(run(npm, ['exec', '--', 'nichepress', 'lint'], site), 'nichepress lint')
  ok(run(npm, ['exec', '--', 'nichepress', 'audit', 'public'], site), 'nichepress audit public')
}, 300_000)
