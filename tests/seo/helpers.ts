import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)))
/** CI clones the repo beside shared/. */
export const schemasDir = resolve(repoRoot, '../shared/schemas')

/**
 * Builds a site with the real CLI (default preset, so the seo plugin runs as users get it) into a
 * fresh temp folder, with `env` as the host environment (host variables of this machine removed).
 */
export function buildWithCli(root: string, env: Record<string, string> = {}): string {
  const out = mkdtempSync(join(tmpdir(), 'seo-test-'))
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['CONTEXT', 'URL', 'DEPLOY_PRIME_URL', 'NETLIFY', 'VERCEL_ENV', 'VERCEL_URL', 'VERCEL_PROJECT_PRODUCTION_URL'].includes(name)),
  )
  const result = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/nichepress.js'), 'build', '--root', root, '--out', out, '--no-cache'], {
    cwd: repoRoot,
    env: { ...base, ...env },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  return out
}

/** Every file under `dir`, relative, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = []
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.push(relative(dir, path))
    }
  }
  walk(dir)
  return files.sort()
}

/** Runs xmllint offline; returns its exit status and messages. */
export function xmllint(args: readonly string[], options: { catalog?: boolean } = {}): { status: number; output: string } {
  try {
    const output = execFileSync('xmllint', ['--nonet', '--noout', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...(options.catalog ? { XML_CATALOG_FILES: join(schemasDir, 'catalog.xml') } : {}) },
    })
    return { status: 0, output }
  } catch (error) {
    const failure = error as { status?: number; stderr?: string }
    return { status: failure.status ?? 1, output: failure.stderr ?? String(error) }
  }
}

/** Validates a `<urlset>` (with image and hreflang extensions) or a `<sitemapindex>` against the sitemaps.org XSDs. */
export function validateSitemap(file: string): { status: number; output: string } {
  const isIndex = readFileSync(file, 'utf8').includes('<sitemapindex')
  return isIndex ? xmllint(['--schema', join(schemasDir, 'siteindex.xsd'), file]) : xmllint(['--schema', join(schemasDir, 'sitemap-all.xsd'), file], { catalog: true })
}

/** The JSON-LD blocks of an HTML document, parsed. */
export function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1] ?? '') as unknown)
}

/** The feed parser, a devDependency of @nichepress/seo (tests/ has no package of its own). */
const seoRequire = createRequire(join(repoRoot, 'packages/seo/package.json'))
export const { parseFeed } = seoRequire('@rowanmanning/feed-parser') as {
  parseFeed(xml: string): { title: string | null; items: Array<{ url: string | null; title: string | null; content: string | null; published: Date | null }> }
}
