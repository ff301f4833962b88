#!/usr/bin/env node
// Dev-server latency: from saving a post to the new text in the open browser page, measured with
// Debian's chromium (playwright-core), median of 20 edits. Part of `pnpm bench` (--dev).
//   node tests/bench/dev-latency.mjs [--n 1000] [--edits 20]
import { spawn } from 'node:child_process'
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { writeBenchSite } from './site.mjs'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** Median milliseconds from writing a post to its new text in the open page. */
export async function measureDevLatency(n, edits) {
  const site = join(repoRoot, 'bench-out', `nichepress-dev-${n}`)
  writeBenchSite(n, site)
  const dev = spawn(process.execPath, [join(repoRoot, 'packages/cli/bin/nichepress.js'), 'dev', '--root', site, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
  try {
    const url = await new Promise((resolveUrl, reject) => {
      let output = ''
      const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${output}`)), 600_000)
      const onData = (chunk) => {
        output += chunk.toString()
        const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)
        if (match) {
          clearTimeout(timer)
          resolveUrl(match[1])
        }
      }
      dev.stdout.on('data', onData)
      dev.stderr.on('data', () => {})
    })
    // Each edit is measured on an idle server, as when an author saves now and then: wait for the
    // full rebuild that follows the previous edit.
    let builds = 0
    // The server's own share: its fast path prints "⚡ <page> updated in N ms" per edit.
    const serverTimes = []
    dev.stdout.on('data', (chunk) => {
      const text = chunk.toString()
      // ' built N pages', not '✔ built': with CI set the tick carries colour codes.
      builds += (text.match(/ built \d+ pages/g) ?? []).length
      for (const match of text.matchAll(/updated in (\d+) ms/g)) serverTimes.push(Number(match[1]))
    })
    const rebuilt = async (count) => {
      while (builds < count) await new Promise((resolveWait) => setTimeout(resolveWait, 20))
      // …and for the server to stay quiet a moment (no second rebuild under way).
      let seen = builds
      do {
        seen = builds
        await new Promise((resolveWait) => setTimeout(resolveWait, 700))
      } while (builds !== seen)
    }
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs })
    const page = await browser.newPage()
    const name = readdirSync(join(site, 'content/posts')).sort()[0]
    const file = join(site, 'content/posts', name)
    const original = readFileSync(file, 'utf8')
    await page.goto(`${url}posts/${name.replace(/\.md$/, '')}/`)
    const times = []
    for (let edit = 0; edit < edits; edit++) {
      const marker = `latency-marker-${edit}-${Date.now()}`
      const started = performance.now()
      appendFileSync(file, `\n\n${marker}\n`)
      await page.waitForFunction((text) => document.body?.textContent?.includes(text), marker, { timeout: 60_000, polling: 5 })
      times.push(performance.now() - started)
      await rebuilt(edit + 1)
    }
    writeFileSync(file, original)
    await browser.close()
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
    times.sort((a, b) => a - b)
    return { medianMs: median(times), minMs: times[0], maxMs: times[times.length - 1], serverMedianMs: median(serverTimes) }
  } finally {
    dev.kill('SIGTERM')
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, edits: { type: 'string', default: '20' } } })
  for (const n of values.n.split(',').map(Number)) {
    const result = await measureDevLatency(n, Number(values.edits))
    console.log(JSON.stringify({ tool: 'nichepress', mode: 'dev-save-to-browser', n, ...result }))
  }
}
