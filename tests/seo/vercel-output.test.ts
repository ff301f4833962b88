// On Vercel the build writes the Build Output API v3 folder (`.vercel/output/config.json` + `static/`)
// beside the site, which Vercel deploys as it is: security headers, redirects and the 404 page included.
// Vercel's own route validator (@vercel/routing-utils) checks the routes; elsewhere no Vercel file is published.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { normalizeRoutes } from '@vercel/routing-utils'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { vercelConfigPath } from '../../packages/cli/dist/lib/write-vercel-output.js'
import { vercelConfigPath as seoVercelConfigPath } from '../../packages/seo/dist/index.js'
import { cliBin, repoRoot } from '../helpers/site.js'
import { listFiles } from './helpers.js'

const hostVariables = ['CONTEXT', 'URL', 'DEPLOY_PRIME_URL', 'NETLIFY', 'VERCEL', 'VERCEL_ENV', 'VERCEL_URL', 'VERCEL_PROJECT_PRODUCTION_URL']
let work: string
let site: string

function build(root: string, env: Record<string, string>): string {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !hostVariables.includes(name)))
  const result = spawnSync(process.execPath, [cliBin, 'build', '--root', root, '--no-cache'], { env: { ...base, ...env, NO_COLOR: '1' }, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

type Route = { src?: string; dest?: string; status?: number; headers?: Record<string, string>; continue?: boolean; handle?: string }

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'np-vercel-'))
  site = join(work, 'site')
  cpSync(join(repoRoot, 'starters/nischenblog'), site, { recursive: true, filter: (path) => !/[\\/](node_modules|public|\.cache)$/.test(path) })
  mkdirSync(join(site, 'node_modules'), { recursive: true })
  symlinkSync(join(repoRoot, 'packages/cli'), join(site, 'node_modules/nichepress'), 'dir')
}, 60_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true, maxRetries: 5 })
})

test('the CLI moves what the seo plugin emits', () => {
  expect(vercelConfigPath).toBe(seoVercelConfigPath)
})

test('a build on Vercel writes .vercel/output with config.json v3 and the site as static/', () => {
  const stdout = build(site, { VERCEL: '1', VERCEL_ENV: 'production', VERCEL_PROJECT_PRODUCTION_URL: 'kocherkompass.example' })
  expect(stdout).toContain('Vercel Build Output written to')
  const output = join(site, '.vercel/output')
  const config = JSON.parse(readFileSync(join(output, 'config.json'), 'utf8')) as { version: number; routes: Route[] }
  expect(config.version).toBe(3)

  // Vercel's own validator accepts the routes as they are.
  const normalized = normalizeRoutes(config.routes as Parameters<typeof normalizeRoutes>[0])
  expect(normalized.error).toBeNull()

  // Headers first, for every response; the same CSP the Netlify file carries.
  const [headers] = config.routes
  expect(headers).toMatchObject({ src: '^/.*$', continue: true })
  const netlifyCsp = /Content-Security-Policy: (.*)/.exec(readFileSync(join(site, 'public/_headers'), 'utf8'))?.[1]
  expect(headers?.headers?.['Content-Security-Policy']).toBe(netlifyCsp)
  for (const name of ['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) expect(headers?.headers).toHaveProperty(name)

  // The affiliate short links and front-matter aliases, each a redirect that matches its own path only.
  const redirect = config.routes.find((route) => route.src === '^/go/campingaz-360/$')
  expect(redirect?.status).toBeGreaterThanOrEqual(301)
  expect(redirect?.headers?.Location).toMatch(/^https:\/\/www\.amazon\.de\//)
  for (const route of config.routes.filter((entry) => entry.headers?.Location && entry.status !== 308)) {
    const path = (route.src as string).slice(1, -1).replace(/\\(.)/g, '$1')
    expect(new RegExp(route.src as string).test(path), route.src).toBe(true)
    expect(new RegExp(route.src as string).test(`${path}x`), route.src).toBe(false)
  }
  // Files, then the 404 page for everything else.
  expect(config.routes.slice(-2)).toEqual([{ handle: 'filesystem' }, { src: '^/.*$', status: 404, dest: '/404.html' }])
  // A page path without its trailing slash is redirected to the one with it; a file path is not.
  const slash = config.routes.find((route) => route.status === 308) as Route
  expect(new RegExp(slash.src as string).test('/impressum')).toBe(true)
  expect(new RegExp(slash.src as string).test('/feed.xml')).toBe(false)
  expect(new RegExp(slash.src as string).test('/impressum/')).toBe(false)

  const files = listFiles(join(output, 'static'))
  expect(files).toContain('index.html')
  expect(files).toContain('404.html')
  expect(files).toContain('robots.txt')
  expect(files.filter((file) => /^(?:_headers|_redirects|vercel\.json|\.vercel\/)/.test(file))).toEqual([])
  expect(listFiles(join(site, 'public')).filter((file) => file.endsWith('.html')).sort()).toEqual(files.filter((file) => file.endsWith('.html')).sort())
}, 120_000)

test('a build elsewhere (or with the Vercel URL variables but not VERCEL=1) writes and publishes no Vercel file', () => {
  for (const env of [{}, { VERCEL_ENV: 'preview', VERCEL_URL: 'np-git-branch.vercel.app' }]) {
    rmSync(join(site, '.vercel'), { recursive: true, force: true })
    build(site, env)
    expect(existsSync(join(site, '.vercel'))).toBe(false)
    const files = listFiles(join(site, 'public'))
    expect(files).not.toContain('vercel.json')
    expect(files.some((file) => file.startsWith('.vercel/'))).toBe(false)
    expect(files).toContain('_headers')
  }
}, 180_000)
