#!/usr/bin/env node
// Lighthouse over every starter: builds each with the workspace CLI, serves the output the way a static
// host does (gzip, the security headers of the generated `_headers`), and audits the home page and a
// post in Debian's chromium. Budgets: SEO, Best Practices and Accessibility 100, Performance ≥ 95,
// and a post page under 30 KB of gzipped HTML + CSS + JS. Too slow for CI (~11 s per page):
//   pnpm check:lighthouse [starter …]
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const repo = fileURLToPath(new URL('../', import.meta.url))
const pages = { nischenblog: '/haeufige-fragen-kochen-im-van/', blog: '/writing-accessible-markdown/', produkt: '/blog/fuenf-anfaengerfehler-beim-sauerteig/' }
const budgets = { seo: 100, 'best-practices': 100, accessibility: 100, performance: 95 }
const postBudgetBytes = 30 * 1024
const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png' }

// The `/*` block of Netlify's `_headers`, minus what only makes sense over HTTPS.
function siteHeaders(out) {
  const text = readFileSync(join(out, '_headers'), 'utf8')
  const block = /^\/\*\n((?:[ \t]+.+\n?)+)/m.exec(text)?.[1] ?? ''
  const headers = {}
  for (const line of block.split('\n')) {
    const match = /^\s+([^:]+):\s*(.+)$/.exec(line)
    if (match && match[1] !== 'Strict-Transport-Security') headers[match[1]] = match[2].replace(/;?\s*upgrade-insecure-requests/, '')
  }
  return headers
}

function serve(out) {
  const headers = siteHeaders(out)
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname))
    let file = join(out, path.endsWith('/') ? `${path}index.html` : path)
    let status = 200
    if (!file.startsWith(out) || !statSync(file, { throwIfNoEntry: false })?.isFile()) [file, status] = [join(out, '404.html'), 404]
    const type = types[extname(file)] ?? 'application/octet-stream'
    const body = readFileSync(file)
    const compress = /text|svg|json|xml/.test(type) && /gzip/.test(request.headers['accept-encoding'] ?? '')
    response.writeHead(status, { ...headers, 'content-type': type, 'cache-control': path.startsWith('/assets/') || path.startsWith('/_np/') ? 'public, max-age=31536000, immutable' : 'no-cache', ...(compress ? { 'content-encoding': 'gzip' } : {}) })
    response.end(compress ? gzipSync(body) : body)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

function postWeightBytes(out, post) {
  const html = readFileSync(join(out, post, 'index.html'))
  const assets = [...html.toString('utf8').matchAll(/<(?:link rel="stylesheet" href|script src)="(\/[^"?]+)/g)].map((match) => readFileSync(join(out, match[1])))
  return [html, ...assets].reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0)
}

const starters = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(pages)
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags })
const results = []
let failed = false
try {
  for (const starter of starters) {
    const out = mkdtempSync(join(tmpdir(), `np-lighthouse-${starter}-`))
    execFileSync(process.execPath, [join(repo, 'packages/cli/bin/nichepress.js'), 'build', '--root', join(repo, 'starters', starter), '--out', out, '--no-cache', '--json'], { stdio: ['ignore', 'ignore', 'inherit'] })
    const server = await serve(out)
    try {
      for (const path of ['/', pages[starter]]) {
        const url = `http://127.0.0.1:${server.address().port}${path}`
        const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(budgets) })
        const scores = Object.fromEntries(Object.keys(budgets).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]))
        const misses = Object.entries(budgets).filter(([id, minimum]) => scores[id] < minimum)
        const failing = misses.flatMap(([id]) => lhr.categories[id].auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${id}: ${ref.id}`))
        results.push({ starter, path, ...scores, ...(path === '/' ? {} : { 'post KB': (postWeightBytes(out, pages[starter]) / 1024).toFixed(1) }), failing: failing.join(', ') })
        failed ||= misses.length > 0 || (path !== '/' && postWeightBytes(out, pages[starter]) >= postBudgetBytes)
      }
    } finally {
      server.close()
      rmSync(out, { recursive: true, force: true })
    }
  }
} finally {
  await chrome.kill()
}
console.table(results)
console.log(failed ? '✖ Below budget (see failing).' : `✔ Every page: SEO, Best Practices, Accessibility 100, Performance ≥ 95; post pages < 30 KB.`)
process.exitCode = failed ? 1 : 0
