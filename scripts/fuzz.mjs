#!/usr/bin/env node
// `pnpm fuzz [--n 20000] [--seed 1] [--batch 250]`: runs the seeded fuzz corpus through the real
// pipeline and prints what must never happen (crashes, diagnostics without a line, stack traces).
// Needs `pnpm build` first. Exit 1 when anything was found. The suite runs 1,000 cases per CI run
// (tests/security/fuzz.test.ts); this is the longer run for local use; see docs/security.md.
import { parseArgs } from 'node:util'
import { runFuzz } from '../tests/security/run-fuzz.mjs'

const { values } = parseArgs({ options: { n: { type: 'string', default: '20000' }, seed: { type: 'string', default: '1' }, batch: { type: 'string', default: '250' } } })
const n = Number(values.n)
const seed = Number(values.seed)
const batchSize = Number(values.batch)
if (!Number.isInteger(n) || n <= 0 || !Number.isInteger(seed) || !Number.isInteger(batchSize) || batchSize <= 0) {
  process.stderr.write('usage: pnpm fuzz [--n 20000] [--seed 1] [--batch 250]\n')
  process.exit(2)
}
const result = await runFuzz({
  seed,
  n,
  batchSize,
  onBatch: (done, so) => process.stderr.write(`\r${done}/${n} cases, ${so.messages} diagnostics, ${so.crashes.length} crashes`),
})
process.stderr.write('\n')
const problems = result.crashes.length + result.withoutLine.length + result.stackTraces.length
process.stdout.write(
  [
    `nichepress fuzz: seed ${seed}, ${result.cases} cases in ${(result.durationMs / 1000).toFixed(1)} s (slowest batch of ${batchSize}: ${(result.slowestBatchMs / 1000).toFixed(1)} s)`,
    `diagnostics: ${result.messages} (${result.errors} errors)`,
    `crashes (exit 2): ${result.crashes.length}`,
    `diagnostics without file:line: ${result.withoutLine.length}`,
    `stack traces in messages: ${result.stackTraces.length}`,
    ...[...result.crashes, ...result.withoutLine, ...result.stackTraces].slice(0, 20).map((item) => `  batch ${item.batch.join('–')}: ${(item.error ?? item.message).split('\n').slice(0, 3).join(' | ')}`),
  ].join('\n') + '\n',
)
process.exit(problems === 0 ? 0 : 1)
