// Runs fuzz cases (fuzz-corpus.mjs) through the real pipeline (`generateSite`, in batches of one
// site each) and collects what must never happen: a crash (an error that is not a diagnostic), a
// diagnostic without file and line, a stack trace in a message. Used by the suite and `pnpm fuzz`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSite, isNichepressError } from '@nichepress/core'
import { fuzzCase } from './fuzz-corpus.mjs'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Writes one batch of cases into a fresh site folder; returns its root. */
export function writeFuzzSite(seed, from, to) {
  const root = mkdtempSync(join(tmpdir(), 'np-fuzz-'))
  writeFileSync(join(root, 'nichepress.config.json'), JSON.stringify({ title: 'Fuzz', url: 'https://fuzz.example', language: 'de', themeDir: join(repoRoot, 'templates/default') }))
  const written = new Set()
  for (let index = from; index < to; index++) {
    const { path, bytes } = fuzzCase(seed, index)
    if (written.has(path)) continue
    written.add(path)
    const target = join(root, path)
    mkdirSync(dirname(target), { recursive: true })
    try {
      writeFileSync(target, bytes)
    } catch {
      // A name the file system refuses is not a nichepress input.
    }
  }
  return root
}

/**
 * Runs cases `[0, n)` of `seed` in batches. Returns counts and every violation found.
 * @param {{ seed: number, n: number, batchSize?: number, onBatch?: (done: number, result: object) => void }} options
 */
export async function runFuzz({ seed, n, batchSize = 250, onBatch }) {
  const result = { seed, cases: n, messages: 0, errors: 0, crashes: [], withoutLine: [], stackTraces: [], slowestBatchMs: 0, durationMs: 0 }
  const started = performance.now()
  for (let from = 0; from < n; from += batchSize) {
    const to = Math.min(n, from + batchSize)
    const root = writeFuzzSite(seed, from, to)
    const batchStart = performance.now()
    let messages = []
    try {
      const generated = await generateSite({ root, keepGoing: true, cache: false, threads: 1 })
      messages = generated.messages
    } catch (error) {
      if (isNichepressError(error)) messages = error.messages
      else result.crashes.push({ batch: [from, to], error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) })
    }
    result.slowestBatchMs = Math.max(result.slowestBatchMs, Math.round(performance.now() - batchStart))
    for (const message of messages) {
      result.messages++
      if (message.fatal) result.errors++
      const text = `${message.file}:${message.line}: ${message.reason} [${message.ruleId}]`
      if (!message.file || !(typeof message.line === 'number' && message.line > 0)) result.withoutLine.push({ batch: [from, to], message: text })
      if (/\n\s+at .+:\d+:\d+/.test(`${message.reason}\n${message.note ?? ''}`)) result.stackTraces.push({ batch: [from, to], message: text })
    }
    rmSync(root, { recursive: true, force: true })
    onBatch?.(to, result)
  }
  result.durationMs = Math.round(performance.now() - started)
  return result
}
