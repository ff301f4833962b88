#!/usr/bin/env node
// Benchmark (not a test): `nichepress lint` over the 10,000-post corpus.
//
//   node packages/lint/bench/lint-corpus.mjs [--n 10000] [--site /tmp/lint-corpus-site] [--runs 2]
//
// Generates the corpus with ../shared/bench/gen-corpus.mjs (beside the repository), wraps it in a site folder
// (content/posts/ + nichepress.config.json), then lints it in a child process under
// `/usr/bin/time -v` (wall time and peak memory). The first run renders (cold cache); later runs
// reuse the render cache, as CI with a kept node_modules/.cache would.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { n: { type: 'string', default: '10000' }, site: { type: 'string', default: '/tmp/lint-corpus-site' }, runs: { type: 'string', default: '2' } } })
const repo = resolve(import.meta.dirname, '../../..')
const generator = join(repo, '../shared/bench/gen-corpus.mjs')
const site = resolve(values.site)

rmSync(site, { recursive: true, force: true })
mkdirSync(join(site, 'content'), { recursive: true })
execFileSync('node', [generator, '--out', join(site, 'content/posts'), '--n', values.n], { stdio: 'inherit' })
writeFileSync(
  join(site, 'nichepress.config.json'),
  // The corpus links posts as /posts/<slug>/.
  JSON.stringify({ title: 'Lint corpus', url: 'https://corpus.example', language: 'en', description: 'The benchmark corpus.', permalinks: { posts: '/posts/:slug/' } }, null, 2),
)

const runner = join(site, 'run-lint.mjs')
writeFileSync(
  runner,
  `import { lintSite } from ${JSON.stringify(join(repo, 'packages/lint/dist/index.js'))}
const started = performance.now()
const result = await lintSite({ root: ${JSON.stringify(site)}, preset: ${JSON.stringify(join(repo, 'packages/cli/dist/preset.js'))}, now: new Date('2027-01-01T00:00:00Z') })
const byRule = {}
for (const message of result.messages) byRule[message.ruleId] = (byRule[message.ruleId] ?? 0) + 1
console.log(JSON.stringify({ seconds: Number(((performance.now() - started) / 1000).toFixed(2)), findings: result.messages.length, byRule }))
`,
)

const hasTime = existsSync('/usr/bin/time')
for (let run = 1; run <= Number(values.runs); run++) {
  const command = hasTime ? ['/usr/bin/time', ['-v', 'node', runner]] : ['node', [runner]]
  const child = spawnSync(command[0], command[1], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const wall = child.stderr.match(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/)?.[1]
  const peak = child.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1]
  console.log(`run ${run} (${run === 1 ? 'cold cache' : 'warm cache'}): ${child.stdout.trim()} wall ${wall ?? '?'}, peak RSS ${peak ? `${(Number(peak) / 1024).toFixed(0)} MiB` : '?'}`)
  if (child.status !== 0) console.log(child.stderr.slice(-2000))
}
