import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { cliBin, makeSite, removeSite } from '../helpers/site.js'

// Issue #16: the dev and preview servers refuse foreign Host headers (DNS rebinding), survive
// malformed requests, never follow symlinks out of the output folder, and survive a request during
// the output swap. Every request goes to 127.0.0.1 only, and every wait is bounded.

const config = { title: 'T', url: 'https://blog.example', language: 'en', legal: { enabled: false }, consent: { enabled: false }, affiliate: { enabled: false }, lint: { audit: 'off' } }
const files = { 'nichepress.config.json': JSON.stringify(config), 'content/posts/hello.md': '---\ntitle: Hello\ndate: 2026-01-01\n---\n\nHello.\n' }

/** Sends raw bytes to 127.0.0.1:port and resolves to the raw response (bounded by a timeout). */
function raw(port: number, request: string | Buffer, timeoutMs = 1500): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let data = ''
    const timer = setTimeout(() => {
      socket.destroy()
      resolve(data || 'TIMEOUT')
    }, timeoutMs)
    socket.on('data', (chunk) => (data += chunk.toString('latin1')))
    socket.on('error', () => undefined)
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(data)
    })
    socket.write(request)
  })
}

const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0)
const get = (port: number, path: string, host = `127.0.0.1:${port}`) => raw(port, `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)

function startServer(args: string[]): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const child = spawn(process.execPath, [cliBin, ...args, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve({ child, port: Number(match[1]), output: () => output })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
}

const hostileRequests: Array<[string, string | Buffer]> = [
  ['dot-dot', 'GET /../../../../etc/passwd HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ['encoded dot-dot', 'GET /%2e%2e/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ['encoded slash', 'GET /..%2f..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ['backslashes', 'GET /..\\..\\..\\etc\\passwd HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ['double slash', 'GET //etc/passwd HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ['lone percent', 'GET /% HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ['bad escape', 'GET /%E0%A4%A HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ['encoded NUL', 'GET /index.html%00.txt HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ['absolute URL', 'GET http://evil.example/ HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ['garbage', 'GARBAGE\r\n\r\n'],
  ['binary', Buffer.from([0, 1, 2, 255, 13, 10, 13, 10])],
  ['huge header', `GET / HTTP/1.1\r\nHost: localhost\r\nX: ${'a'.repeat(100_000)}\r\n\r\n`],
  ['POST', 'POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc'],
  ['reload with %25', 'GET /__nichepress/reload?page=%25 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'],
  ['reload with %', 'GET /__nichepress/reload?page=% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'],
  ['links with bad page', 'GET /__nichepress/links?page=%E0 HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  // Path traversal encodings from OWASP's "Path Traversal" attack page (owasp.org/www-community/attacks/Path_Traversal).
  ['encoded backslashes', 'GET /%2e%2e%5c%2e%2e%5c%2e%2e%5c%2e%2e%5cetc%5cpasswd HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ['overlong UTF-8 dots', 'GET /%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ['double-encoded dot-dot', 'GET /%252e%252e/%252e%252e/%252e%252e/%252e%252e/etc/passwd HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ['mixed dot and %2e', 'GET /.%2e/.%2e/.%2e/.%2e/etc/passwd HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ['dot-dot after a page', 'GET /hello/..%2f..%2f..%2f..%2f..%2fetc/passwd HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ['dot-dot-semicolon', 'GET /..;/..;/..;/..;/etc/passwd HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  ['encoded leading slash', 'GET /%2Fetc%2Fpasswd HTTP/1.1\r\nHost: localhost\r\n\r\n'],
]

for (const command of ['preview', 'dev'] as const) {
  describe(`nichepress ${command}`, () => {
    let root: string
    let server: { child: ChildProcess; port: number; output: () => string }
    let outside: string
    beforeAll(async () => {
      root = makeSite(files)
      outside = mkdtempSync(join(tmpdir(), 'np-secret-'))
      writeFileSync(join(outside, 'secret.txt'), 'TOP-SECRET')
      if (command === 'preview') expect(spawnSync(process.execPath, [cliBin, 'build', '--root', root], { timeout: 60_000 }).status).toBe(0)
      server = await startServer([command, '--root', root])
      symlinkSync(join(outside, 'secret.txt'), join(root, 'public/leak.txt'))
      symlinkSync(outside, join(root, 'public/leakdir'))
    }, 90_000)
    afterAll(() => {
      server?.child.kill()
      removeSite(root)
      removeSite(outside)
    })

    test('answers localhost, 127.0.0.1, [::1] and the site host; refuses any other name (DNS rebinding)', async () => {
      for (const host of ['localhost', `localhost:${server.port}`, '127.0.0.1', `[::1]:${server.port}`, 'blog.example', 'app.localhost']) expect(statusOf(await get(server.port, '/', host)), host).toBe(200)
      for (const host of ['evil.example', `evil.example:${server.port}`, 'localhost.evil.example', '127.0.0.1.nip.io', 'blog.example.evil.example']) expect(statusOf(await get(server.port, '/', host)), host).toBe(403)
    })

    test.each(hostileRequests)('%s: no file outside the output, no crash', async (_name, request) => {
      const response = await raw(server.port, request)
      expect(response).not.toContain('root:')
      expect(response).not.toContain('TOP-SECRET')
      expect(statusOf(await get(server.port, '/'))).toBe(200)
    })

    test('never follows a symlink out of the output folder', async () => {
      expect(statusOf(await get(server.port, '/leak.txt'))).toBe(404)
      expect(await get(server.port, '/leakdir/secret.txt')).not.toContain('TOP-SECRET')
    })

    test('a stalled client and a burst of 200 requests do not stop it', async () => {
      const stalled = connect(server.port, '127.0.0.1')
      stalled.on('error', () => undefined)
      stalled.write('GET / HTTP/1.1\r\nHost: local')
      const statuses = await Promise.all(Array.from({ length: 200 }, (_, index) => get(server.port, index % 2 ? '/' : '/hello/').then(statusOf)))
      expect(statuses.every((status) => status === 200)).toBe(true)
      stalled.destroy()
    }, 60_000)

    if (command === 'preview') {
      test('requests during the output swap get an answer, and the server lives on', async () => {
        const out = join(root, 'public')
        const aside = join(root, '.public.aside')
        const requests: Array<Promise<number>> = []
        for (let round = 0; round < 20; round++) {
          requests.push(get(server.port, '/hello/').then(statusOf))
          renameSync(out, aside)
          requests.push(get(server.port, '/hello/').then(statusOf))
          await new Promise((resolve) => setTimeout(resolve, 5))
          renameSync(aside, out)
        }
        const statuses = await Promise.all(requests)
        expect(statuses.every((status) => status === 200 || status === 404)).toBe(true)
        expect(statusOf(await get(server.port, '/hello/'))).toBe(200)
      }, 60_000)
    }

    test('is still running after all of it', () => {
      expect(server.child.exitCode).toBe(null)
      expect(server.output()).not.toMatch(/\n\s+at .+:\d+:\d+/)
    })
  })
}
