import { readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import type { Route } from 'playwright-core'

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
 * means nothing; both are left out unless `https` (a site served by {@link routeSite}), where every
 * directive applies.
 */
export function hostHeaders(root: string, { https = false }: { https?: boolean } = {}): Record<string, string> {
  let text: string
  try {
    text = readFileSync(join(root, '_headers'), 'utf8')
  } catch {
    return {}
  }
  const headers: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line)
    if (!match?.[1] || (!https && match[1] === 'Strict-Transport-Security')) continue
    headers[match[1]] = https ? (match[2] ?? '') : (match[2] ?? '').replace(/;\s*upgrade-insecure-requests/, '')
  }
  return headers
}

/** The file a request path names below `root` (`/dir/` is `/dir/index.html`), or undefined. */
async function fileFor(root: string, pathname: string): Promise<{ body: Buffer; type: string } | undefined> {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '')
  let file = join(root, path)
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
    return { body: await readFile(file), type: types[extname(file)] ?? 'application/octet-stream' }
  } catch {
    return undefined
  }
}

/**
 * Serves `root` to Chromium at an https origin without a certificate: the browser context's route
 * answers every request for `origin` from the folder (with `headers`, e.g. the site's CSP). The page is
 * a secure context as on a real host, so protocol-relative URLs (`//host/x.js`) mean https, as there.
 */
export function routeSite(root: string, headers: Record<string, string> = {}, host = 'site.nichepress.test') {
  return {
    origin: `https://${host}`,
    host,
    async handle(route: Route): Promise<void> {
      const found = await fileFor(root, new URL(route.request().url()).pathname)
      if (!found) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
      return route.fulfill({ status: 200, headers: { ...headers, 'content-type': found.type }, body: found.body })
    },
  }
}

/** Serves `root` on 127.0.0.1 at a random port; `/dir/` serves `/dir/index.html`; `headers` go with every response. */
export async function serve(root: string, headers: Record<string, string> = {}): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const found = await fileFor(root, new URL(request.url ?? '/', 'http://x').pathname).catch(() => undefined)
    if (found) {
      response.writeHead(200, { ...headers, 'content-type': found.type })
      response.end(found.body)
    } else {
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
