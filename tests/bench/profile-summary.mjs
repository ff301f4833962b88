#!/usr/bin/env node
// node tests/bench/profile-summary.mjs DIR [--by package|file|function] [--top 25]
// Sums the self time of every `.cpuprofile` in DIR (as written by `node --cpu-prof --cpu-prof-dir DIR`,
// one per thread) by npm package, nichepress file or function, and prints the biggest shares.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { by: { type: 'string', default: 'package' }, top: { type: 'string', default: '25' } } })
const dir = positionals[0]
if (!dir) {
  console.error('usage: node tests/bench/profile-summary.mjs DIR [--by package|file|function] [--top N]')
  process.exit(2)
}

function bucketOf(frame) {
  const url = frame.url ?? ''
  if (!url) return frame.functionName || '(native)'
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url)
  if (pnpm) return values.by === 'package' ? pnpm[1] : `${pnpm[1]}/${pnpm[2]}${values.by === 'function' ? ` ${frame.functionName}` : ''}`
  const own = /packages\/([^/]+)\/dist\/(.*)$/.exec(url)
  if (own) return values.by === 'package' ? `@nichepress/${own[1]} ${own[2].split('/').slice(0, -1).join('/') || '.'}` : `@nichepress/${own[1]}/${own[2]}${values.by === 'function' ? ` ${frame.functionName}` : ''}`
  if (url.startsWith('node:')) return values.by === 'function' ? `${url} ${frame.functionName}` : url
  return url
}

const totals = new Map()
let all = 0
const files = readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'))
for (const file of files) {
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'))
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const deltas = profile.timeDeltas
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)
    const micros = deltas[index] ?? 0
    if (!node || node.callFrame.functionName === '(idle)') return
    const bucket = bucketOf(node.callFrame)
    totals.set(bucket, (totals.get(bucket) ?? 0) + micros)
    all += micros
  })
}
console.log(`${files.length} profiles, ${(all / 1e6).toFixed(2)} s of samples (idle excluded)`)
for (const [bucket, micros] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
  console.log(`${((100 * micros) / all).toFixed(1).padStart(5)} %  ${(micros / 1e6).toFixed(2).padStart(7)} s  ${bucket}`)
}
