import { createReadStream, realpathSync, statSync } from 'node:fs'
import { isIP } from 'node:net'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

/** Options of the static server used by `dev` and `preview`. */
export interface StaticServerOptions {
  dir: string
  /** Rewrites an HTML body before it is sent (the dev server injects its reload script). */
  transformHtml?: (html: string) => string
  /** Handles a request first; return true when it answered. */
  handle?: (request: IncomingMessage, response: ServerResponse) => boolean
  /**
   * Host names requests may name besides localhost, `*.localhost`, 127.0.0.1, [::1] and any IP
   * address (the host the server listens on, the site's own host). Any other name is refused with
   * 403: a page on another site could otherwise reach this server by DNS rebinding.
   */
  allowedHosts?: readonly string[]
  /**
   * The site's folder (`/blog`, from a `url` like https://x.de/blog/; default `''`): the site is
   * served below it, as its host serves it, `/` redirects there and other paths are the 404 page.
   */
  basePath?: string
}

/**
 * A server for a built site: clean URLs (`/a/` → `/a/index.html`), the site's 404.html for misses.
 * Hardened for a developer's machine: foreign `Host` headers are refused (DNS rebinding), a
 * malformed request gets a 400 and never stops the server, files are served only when their real
 * path lies inside the folder (no symlink out of it), and a file vanishing mid-request (the build
 * swapping the output folder) is a 404 or a cut response, never a crash.
 */
export function createStaticServer(options: StaticServerOptions): Server {
  const root = resolve(options.dir)
  const allowed = new Set(['localhost', '127.0.0.1', '::1', ...(options.allowedHosts ?? []).map((host) => host.toLowerCase())])
  const server = createServer((request, response) => {
    try {
      if (!isAllowedHost(request.headers.host, allowed)) {
        response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Host not allowed: nichepress serves localhost only.\n')
        return
      }
      if (options.handle?.(request, response)) return
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed\n')
        return
      }
      serveFile(root, request, response, options.transformHtml, options.basePath ?? '')
    } catch {
      fail(response, 400)
    }
  })
  // Slow or stalled clients cannot hold a connection open for long.
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n')
    else socket.destroy()
  })
  return server
}

function serveFile(root: string, request: IncomingMessage, response: ServerResponse, transformHtml: ((html: string) => string) | undefined, basePath: string): void {
  const url = new URL(request.url ?? '/', 'http://localhost')
  if (basePath !== '' && (url.pathname === '/' || url.pathname === basePath)) {
    response.writeHead(302, { location: `${basePath}/` }).end()
    return
  }
  if (basePath !== '' && !url.pathname.startsWith(`${basePath}/`)) {
    send(response, resolveFile(root, '/404.html'), 404, transformHtml)
    return
  }
  let path: string
  try {
    path = decodeURIComponent(url.pathname.slice(basePath.length))
  } catch {
    fail(response, 400)
    return
  }
  if (path.includes('\0')) {
    fail(response, 400)
    return
  }
  const file = resolveFile(root, path)
  if (!file) {
    if (!path.endsWith('/') && !extname(path) && resolveFile(root, `${path}/`)) {
      response.writeHead(301, { location: `${basePath}${encodeURI(path)}/` }).end()
      return
    }
    send(response, resolveFile(root, '/404.html'), 404, transformHtml)
    return
  }
  send(response, file, 200, transformHtml)
}

function isAllowedHost(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (header === undefined) return true
  let name: string
  try {
    name = new URL(`http://${header}`).hostname.toLowerCase()
  } catch {
    return false
  }
  const bare = name.replace(/^\[|\]$/g, '')
  if (isIP(bare) !== 0) return true
  return allowed.has(bare) || bare.endsWith('.localhost')
}

function fail(response: ServerResponse, status: number): void {
  if (response.headersSent) {
    response.destroy()
    return
  }
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(status === 400 ? 'Bad request\n' : 'Server error\n')
}

function resolveFile(root: string, path: string): string | undefined {
  const candidate = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path))
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined
  try {
    // The real path must stay inside the real output folder: no symlink leads out of it.
    const realRoot = realpathSync(root)
    const real = realpathSync(candidate)
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return undefined
    const stats = statSync(real)
    if (stats.isFile()) return real
  } catch {
    return undefined
  }
  return undefined
}

function send(response: ServerResponse, file: string | undefined, status: number, transformHtml?: (html: string) => string): void {
  if (!file) {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
    return
  }
  const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream'
  const headers = { 'content-type': type, 'cache-control': 'no-cache' }
  if (type.startsWith('text/html') && transformHtml) {
    import('node:fs/promises')
      .then(({ readFile }) => readFile(file, 'utf8'))
      .then((html) => response.writeHead(status, headers).end(transformHtml(html)))
      .catch(() => fail(response, 500))
    return
  }
  const stream = createReadStream(file)
  stream.on('open', () => {
    response.writeHead(status, headers)
    stream.pipe(response)
  })
  // Gone between the check and the read (the output folder was just swapped): no crash.
  stream.on('error', () => (response.headersSent ? response.destroy() : send(response, undefined, 404)))
  response.on('close', () => stream.destroy())
}

/** Listens on `port`, or the next free port when it is taken; resolves to the port used. */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const attempt = (candidate: number, triesLeft: number) => {
      server.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE' && triesLeft > 0) attempt(candidate + 1, triesLeft - 1)
        else reject(error)
      })
      server.listen(candidate, host, () => {
        const address = server.address()
        resolvePort(typeof address === 'object' && address ? address.port : candidate)
      })
    }
    attempt(port, 20)
  })
}

/** Host names the dev and preview servers answer to besides localhost: the one they listen on and the site's own. */
export function allowedHostsOf(host: string, siteUrl: string): string[] {
  const hosts = [host]
  try {
    hosts.push(new URL(siteUrl).hostname)
  } catch {
    // No usable site URL: localhost only.
  }
  return hosts
}
