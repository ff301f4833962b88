#!/usr/bin/env node
// Takes docs/images/starter-<name>.png: builds the starter with the workspace CLI, serves it and
// photographs the home page in Debian's chromium (playwright-core, never a downloaded browser).
//   node docs/scripts/screenshot-starter.mjs [blog]
import { execFileSync } from 'node:child_process'
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const starter = process.argv[2] ?? 'blog'
const repo = fileURLToPath(new URL('../../', import.meta.url))
const out = mkdtempSync(join(tmpdir(), 'np-screenshot-'))
execFileSync(process.execPath, [join(repo, 'packages/cli/bin/nichepress.js'), 'build', '--root', join(repo, 'starters', starter), '--out', out, '--no-cache'], { stdio: 'inherit' })
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' }
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname)
  const file = join(out, path.endsWith('/') ? `${path}index.html` : path)
  const found = statSync(file, { throwIfNoEntry: false })?.isFile()
  response.writeHead(found ? 200 : 404, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
  found ? createReadStream(file).pipe(response) : response.end()
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 }, colorScheme: 'light' })
  await page.goto(`http://127.0.0.1:${server.address().port}/`)
  const target = join(repo, 'docs/images', `starter-${starter}.png`)
  await page.screenshot({ path: target })
  process.stdout.write(`Wrote ${target}\n`)
} finally {
  await browser.close()
  server.close()
  rmSync(out, { recursive: true, force: true })
}
