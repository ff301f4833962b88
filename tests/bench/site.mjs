#!/usr/bin/env node
// pnpm bench:site --n N --out DIR: writes a complete nichepress benchmark site (config + content)
// built from ../shared/bench's deterministic corpus, so anyone can time `nichepress build --root DIR`
// next to the peer sites from ../shared/bench/prepare-site.sh.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/**
 * ../shared beside the repository (CI clones the repo next to shared/); from a git worktree, the
 * shared/ beside the main checkout the worktree belongs to.
 */
export const sharedRoot = findSharedRoot()
/** ../shared/bench: the corpus generator, the timer and the peer sites. */
export const sharedBench = join(sharedRoot, 'bench')

function findSharedRoot() {
  const beside = resolve(repoRoot, '../shared')
  if (existsSync(beside)) return beside
  const common = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: repoRoot, encoding: 'utf8' })
  const mainCheckout = common.status === 0 ? dirname(common.stdout.trim()) : repoRoot
  return resolve(mainCheckout, '../shared')
}

/** The nichepress config of the benchmark site: every feature on, like a real niche blog. */
export const benchConfig = {
  title: 'Kaffeeblog',
  url: 'https://kaffeeblog.example',
  language: 'en',
  description: 'Coffee gear reviews and guides.',
  publisher: { type: 'person', name: 'Alex Example', url: 'https://kaffeeblog.example/' },
  authors: [{ id: 'alex', name: 'Alex Example' }],
  permalinks: { posts: '/posts/:slug/', pages: '/:slug/' },
  legal: {
    updated: '2026-11-01',
    operator: { kind: 'person', name: 'Alex Example', address: { street: 'Beispielweg 1', postalCode: '10115', city: 'Berlin', country: 'DE' } },
    contact: { email: 'hello@kaffeeblog.example', phone: '+49 30 1234567' },
    responsibleForContent: { name: 'Alex Example', address: { street: 'Beispielweg 1', postalCode: '10115', city: 'Berlin', country: 'DE' } },
    hosting: 'netlify',
  },
  consent: { services: { 'google-analytics': { measurementId: 'G-BENCH12345' } } },
}

/** Generates the corpus (cached by N) and lays out the site in `out`. */
export function writeBenchSite(n, out, corpusDir = join(repoRoot, 'bench-out', `corpus-${n}`)) {
  if (!existsSync(corpusDir) || readdirSync(corpusDir).length !== n) {
    rmSync(corpusDir, { recursive: true, force: true })
    const result = spawnSync(process.execPath, [join(sharedBench, 'gen-corpus.mjs'), '--out', corpusDir, '--n', String(n)], { stdio: 'inherit' })
    if (result.status !== 0) throw new Error('corpus generation failed')
  }
  rmSync(join(out, 'content'), { recursive: true, force: true })
  mkdirSync(join(out, 'content/posts'), { recursive: true })
  cpSync(corpusDir, join(out, 'content/posts'), { recursive: true })
  writeFileSync(join(out, 'nichepress.config.json'), `${JSON.stringify(benchConfig, null, 2)}\n`)
  return corpusDir
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, out: { type: 'string' } } })
  if (!values.out) {
    console.error('usage: pnpm bench:site --n N --out DIR')
    process.exit(2)
  }
  writeBenchSite(Number(values.n), resolve(values.out))
  console.log(`nichepress benchmark site with ${values.n} posts at ${resolve(values.out)}; build it with: pnpm nichepress build --root ${resolve(values.out)}`)
}
