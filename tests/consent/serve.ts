import { readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
}

/**
 * The headers of a Netlify `_headers` file's `/*` block, as a host would send them. Over plain http
 * on 127.0.0.1, `upgrade-insecure-requests` would rewrite the site's own requests to https and HSTS
 * means nothing; both are left out, every other directive applies.
 */
export function hostHeaders(root: string): Record<string, string> {
  let text: string
  try {
    text = readFileSync(join(root, '_headers'), 'utf8')
  } catch {
    return {}
  }
  const headers: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line)
    if (!match?.[1] || match[1] === 'Strict-Transport-Security') continue
    headers[match[1]] = (match[2] ?? '').replace(/;\s*upgrade-insecure-requests/, '')
  }
  return headers
}

/** Serves `root` on 127.0.0.1 at a random port; `/dir/` serves `/dir/index.html`; `headers` go with every response. */
export async function serve(root: string, headers: Record<string, string> = {}): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    let file = join(root, path)
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
      const body = await readFile(file)
      response.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      response.end(body)
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' })
      response.end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
