import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cliBin, repoRoot } from '../helpers/site.js'

/** The create-nichepress command of the workspace. */
export const createBin = join(repoRoot, 'packages/create-nichepress/bin/create-nichepress.js')

/** The starters create-nichepress offers; each must build, lint and audit clean. */
export const starterIds = ['nischenblog', 'blog', 'produkt'] as const

/** A site made by create-nichepress from one starter and built with the workspace CLI. */
export interface CreatedSite {
  readonly parent: string
  readonly root: string
  readonly out: string
  readonly summary: { ok: boolean; pages: number; warnings: unknown[] }
}

/**
 * Runs create-nichepress non-interactively (no terminal, `--yes --no-install`) into a temp folder,
 * links the workspace's `nichepress` in place of an install, and builds with the workspace CLI.
 */
export function createAndBuild(starter: string): CreatedSite {
  const parent = mkdtempSync(join(tmpdir(), `np-create-${starter}-`))
  const root = join(parent, `my-${starter}`)
  execFileSync(process.execPath, [createBin, root, '--starter', starter, '--title', `Test ${starter}`, '--url', `https://${starter}.test.example`, '--yes', '--no-install'], { cwd: parent, stdio: ['ignore', 'pipe', 'pipe'] })
  mkdirSync(join(root, 'node_modules'))
  symlinkSync(join(repoRoot, 'packages/cli'), join(root, 'node_modules/nichepress'), 'dir')
  const out = join(parent, 'out')
  const stdout = execFileSync(process.execPath, [cliBin, 'build', '--root', root, '--out', out, '--no-cache', '--json'], { encoding: 'utf8' })
  return { parent, root, out, summary: JSON.parse(stdout) as CreatedSite['summary'] }
}

/** True when the workspace CLI has this command (lint and audit are being wired in). */
export function cliHasCommand(command: string): boolean {
  const usage = execFileSync(process.execPath, [cliBin, '--help'], { encoding: 'utf8' })
  return new RegExp(`^ {2}${command}\\s`, 'm').test(usage)
}
