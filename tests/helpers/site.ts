import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The monorepo root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/** The default theme folder. */
export const defaultTheme = join(repoRoot, 'templates/default')
/** The CLI's preset module (all default plugins + default theme); needs `pnpm build`. */
export const presetPath = join(repoRoot, 'packages/cli/dist/preset.js')
/** The CLI entry. */
export const cliBin = join(repoRoot, 'packages/cli/bin/nichepress.js')

/** Writes `files` (path → text or bytes) into a new temp folder and returns it. */
export function makeSite(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'np-site-'))
  writeFiles(root, files)
  return root
}

/** Writes files below `root`, creating folders. */
export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, contents] of Object.entries(files)) {
    const target = join(root, path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, contents)
  }
}

/** Every file below `dir` as relative path → bytes, sorted. */
export function readTree(dir: string): Map<string, Buffer> {
  const tree = new Map<string, Buffer>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const absolute = join(entry.parentPath, entry.name)
    tree.set(relative(dir, absolute).split(sep).join('/'), readFileSync(absolute))
  }
  return new Map([...tree.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))
}

/** Removes a temp folder. */
export function removeSite(root: string): void {
  rmSync(root, { recursive: true, force: true, maxRetries: 5 })
}

/** A minimal core-only config (no feature plugins) using the default theme. */
export function coreConfig(extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ title: 'Testblog', url: 'https://test.example', language: 'de', themeDir: defaultTheme, ...extra }, null, 2)
}

/**
 * The `legal` section of a German site run by a private person: what a German site needs to build
 * (the legal plugin refuses to build without an Impressum). Tests of other features spread it in.
 */
export const germanOperatorLegal = {
  updated: '2026-11-01',
  operator: { kind: 'person', name: 'Erika Mustermann', address: { street: 'Musterweg 1', postalCode: '20095', city: 'Hamburg', country: 'DE' } },
  contact: { email: 'kontakt@beispiel.example', phone: '+49 40 1234567' },
  responsibleForContent: { name: 'Erika Mustermann', address: { street: 'Musterweg 1', postalCode: '20095', city: 'Hamburg', country: 'DE' } },
  hosting: 'netlify',
} as const
