#!/usr/bin/env node
// pnpm bench [--n 1000,10000] [--runs 3] [--json]: nichepress cold / cached / one-edit builds next
// to Hugo (Debian) and Eleventy (npm) on the same generated corpus, in one run, with ratios.
// `cold-remark` is the cold build on the fallback Markdown parser (NICHEPRESS_MARKDOWN_PARSER=remark).
// Times whole processes with ../shared/bench/bench.mjs (GNU time: wall, cpu, peak RSS).
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { measureDevLatency } from './dev-latency.mjs'
import { sharedBench, writeBenchSite } from './site.mjs'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const out = join(repoRoot, 'bench-out')
const cli = join(repoRoot, 'packages/cli/bin/nichepress.js')
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
    // Save-to-browser latency of `nichepress dev` (Debian chromium, median of 20 edits).
    dev: { type: 'boolean', default: true },
    'no-dev': { type: 'boolean', default: false },
  },
})
const runs = values.runs
const log = (text) => (values.json ? process.stderr : process.stdout).write(`${text}\n`)

function time(label, cwd, command, { pre, warmup = 0, env } = {}) {
  const args = [join(sharedBench, 'bench.mjs'), '-n', runs, '--warmup', String(warmup), '--cwd', cwd]
  if (pre) args.push('--pre', pre)
  const result = spawnSync(process.execPath, [...args, '--', ...command], { encoding: 'utf8', env: { ...process.env, ...env } })
  const text = result.stdout ?? ''
  const median = (name) => Number(new RegExp(`^${name}\\s+\\S+\\s+(\\S+)`, 'm').exec(text)?.[1])
  const exits = /exits ([\d,]+)/.exec(text)?.[1]
  if (result.status !== 0 || exits !== '0') {
    log(`  ${label}: failed (exit ${exits ?? result.status})\n${result.stderr ?? ''}${text}`)
    return undefined
  }
  return { wallS: median('wall s'), cpuS: median('cpu s'), peakMiB: median('peak MiB') }
}

function ensureEleventy() {
  const peers = join(out, 'peers')
  const bin = join(peers, 'node_modules/@11ty/eleventy/cmd.cjs')
  if (existsSync(bin)) return bin
  mkdirSync(peers, { recursive: true })
  copyFileSync(join(sharedBench, 'package.json'), join(peers, 'package.json'))
  log('installing Eleventy 3.1.8 for the comparison …')
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--silent'], { cwd: peers, stdio: 'inherit' })
  return result.status === 0 && existsSync(bin) ? bin : undefined
}

const hasHugo = spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0
const eleventy = ensureEleventy()
const rows = []
for (const n of values.n.split(',').map(Number)) {
  log(`\n== ${n} posts ==`)
  const site = join(out, `nichepress-${n}`)
  const corpus = writeBenchSite(n, site)
  const build = [process.execPath, cli, 'build', '--root', site]
  const results = {
    'nichepress cold': time('nichepress cold', site, build, { pre: 'rm -rf node_modules/.cache public' }),
    // The same cold build on the fallback parser (remark-parse + remark-gfm, the parser before satteri).
    'nichepress cold-remark': time('nichepress cold-remark', site, build, { pre: 'rm -rf node_modules/.cache public', env: { NICHEPRESS_MARKDOWN_PARSER: 'remark' } }),
    'nichepress cached': time('nichepress cached', site, build, { warmup: 1 }),
    // What a host (Netlify, Vercel) sees: the cache folder survives between deploys, the output does not.
    'nichepress cached-fresh-output': time('nichepress cached-fresh-output', site, build, { warmup: 1, pre: 'rm -rf public' }),
    'nichepress one-edit': time('nichepress one-edit', site, build, {
      warmup: 1,
      pre: `node -e "const f=require('fs');const p='content/posts/'+f.readdirSync('content/posts').sort()[0];f.appendFileSync(p,'\\nEdited '+process.hrtime.bigint()+'\\n')"`,
    }),
  }
  if (hasHugo) {
    const hugoSite = join(out, `hugo-${n}`)
    spawnSync('bash', [join(sharedBench, 'prepare-site.sh'), 'hugo', corpus, hugoSite], { stdio: 'ignore' })
    results.hugo = time('hugo', hugoSite, ['hugo', '--quiet'], { pre: 'rm -rf public resources' })
  } else log('  hugo: not installed (apt-get install hugo) — skipped')
  if (eleventy) {
    const eleventySite = join(out, 'peers', `eleventy-${n}`)
    spawnSync('bash', [join(sharedBench, 'prepare-site.sh'), 'eleventy', corpus, eleventySite], { stdio: 'ignore' })
    results.eleventy = time('eleventy', eleventySite, [process.execPath, eleventy, '--quiet'], { pre: 'rm -rf _site' })
  } else log('  eleventy: could not be installed — skipped')
  for (const [tool, result] of Object.entries(results)) {
    if (!result) continue
    const [name, mode = 'cold'] = tool.split(' ')
    rows.push({ tool: name, mode, n, ...result })
  }
}

if (values.json) {
  for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`)
} else {
  const find = (tool, mode, n) => rows.find((row) => row.tool === tool && row.mode === mode && row.n === n)
  log('\n| posts | tool | mode | wall s | cpu s | peak MiB | wall ÷ Eleventy | wall ÷ Hugo cold |')
  log('| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |')
  for (const row of rows) {
    const eleventyRow = find('eleventy', 'cold', row.n)
    const hugoRow = find('hugo', 'cold', row.n)
    const ratio = (peer) => (peer ? (row.wallS / peer.wallS).toFixed(2) : '—')
    log(`| ${row.n} | ${row.tool} | ${row.mode} | ${row.wallS.toFixed(2)} | ${row.cpuS.toFixed(2)} | ${row.peakMiB.toFixed(0)} | ${ratio(eleventyRow)} | ${ratio(hugoRow)} |`)
  }
}

if (values.dev && !values['no-dev']) {
  for (const n of values.n.split(',').map(Number)) {
    const latency = await measureDevLatency(n, 20)
    const row = { tool: 'nichepress', mode: 'dev-save-to-browser', n, medianMs: Math.round(latency.medianMs), minMs: Math.round(latency.minMs), maxMs: Math.round(latency.maxMs), serverMedianMs: latency.serverMedianMs }
    if (values.json) process.stdout.write(`${JSON.stringify(row)}\n`)
    else log(`dev server, ${n} posts: save → new text in the browser: median ${row.medianMs} ms (min ${row.minMs}, max ${row.maxMs}, 20 edits; the server's fast path: median ${row.serverMedianMs} ms)`)
  }
}
