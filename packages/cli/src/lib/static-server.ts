import { createReadStream, existsSync, statSync } from 'node:fs'
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
}

/** A server for a built site: clean URLs (`/a/` → `/a/index.html`), the site's 404.html for misses. */
export function createStaticServer(options: StaticServerOptions): Server {
  const root = resolve(options.dir)
  return createServer((request, response) => {
    if (options.handle?.(request, response)) return
    const url = new URL(request.url ?? '/', 'http://localhost')
    let path: string
    try {
      path = decodeURIComponent(url.pathname)
    } catch {
      path = url.pathname
    }
    const file = resolveFile(root, path)
    if (!file) {
      if (!path.endsWith('/') && !extname(path) && resolveFile(root, `${path}/`)) {
        response.writeHead(301, { location: `${path}/` }).end()
        return
      }
      const notFound = join(root, '404.html')
      send(response, existsSync(notFound) ? notFound : undefined, 404, options.transformHtml)
      return
    }
    send(response, file, 200, options.transformHtml)
  })
}

function resolveFile(root: string, path: string): string | undefined {
  const candidate = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path))
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined
  try {
    const stats = statSync(candidate)
    if (stats.isFile()) return candidate
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
      .catch(() => response.writeHead(500).end())
    return
  }
  response.writeHead(status, headers)
  createReadStream(file).pipe(response)
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
