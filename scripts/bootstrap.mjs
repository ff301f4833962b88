#!/usr/bin/env node
// One entry for the README's two commands (`npm start`, `npm test`) on a machine that has only
// Node and npm: it finds or installs the pinned pnpm (never through corepack, which fails against
// a registry without signatures), installs the workspace, builds it, then starts or tests.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { delimiter, dirname, isAbsolute, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devEngines.packageManager.version
const task = process.argv[2]
const extra = process.argv.slice(3)

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options })
  if (result.error) throw result.error
  return result.status ?? 1
}

function versionOf(command) {
  const result = spawnSync(command, ['--version'], { cwd: root, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : undefined
}

function findPnpm() {
  if (versionOf('pnpm') === pinned) return 'pnpm'
  const local = join(root, '.tools', 'node_modules', '.bin', 'pnpm')
  if (existsSync(local) && versionOf(local) === pinned) return local
  console.log(`Installing pnpm ${pinned} into .tools/ …`)
  const status = run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', join(root, '.tools'), `pnpm@${pinned}`])
  if (status !== 0) process.exit(status)
  return local
}

const pnpm = findPnpm()
// Root scripts (`build`: `pnpm -r …`) and the packages' scripts call pnpm by name through `sh`: put
// the pnpm we found first on PATH for every child, so a pnpm installed into .tools/ is found too.
if (isAbsolute(pnpm)) process.env.PATH = `${dirname(pnpm)}${delimiter}${process.env.PATH ?? ''}`
const frozen = process.env.CI ? ['--frozen-lockfile'] : []
let status = run(pnpm, ['install', ...frozen])
if (status === 0) status = run(pnpm, ['run', 'build'])
if (status !== 0) process.exit(status)

if (task === 'test') {
  status = run(pnpm, ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json',
    '--outputFile.json=test-results/vitest.json', ...extra])
} else if (task === 'start') {
  status = run(pnpm, ['exec', 'nichepress', 'dev', '--root', 'starters/nischenblog', ...extra])
} else {
  console.error(`usage: node scripts/bootstrap.mjs start|test`)
  status = 2
}
process.exit(status)
