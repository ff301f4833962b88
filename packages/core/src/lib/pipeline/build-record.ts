import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { toMessageData, type MessageData } from '../diagnostics.js'
import type { GeneratedSite } from './build-options.js'

/** What the last successful build wrote, so an identical rebuild can be skipped. */
export interface BuildRecord {
  fingerprint: string
  outDir: string
  outDirModifiedMs: number
  files: number
  messages: MessageData[]
}

export function readBuildRecord(file: string): BuildRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildRecord
  } catch {
    return undefined
  }
}

/**
 * The output folder must still be the one the last build swapped in (its mtime changes when
 * anything at its top level is added, removed or replaced).
 */
export function isOutputIntact(record: BuildRecord): boolean {
  try {
    return statSync(record.outDir).mtimeMs === record.outDirModifiedMs && existsSync(join(record.outDir, 'index.html'))
  } catch {
    return false
  }
}

export function writeBuildRecord(file: string, generated: Omit<GeneratedSite, 'files'>, files: number): void {
  const outDir = generated.config.paths.out
  const record: BuildRecord = {
    fingerprint: generated.fingerprint,
    outDir,
    outDirModifiedMs: statSync(outDir).mtimeMs,
    files,
    messages: generated.messages.map(toMessageData),
  }
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, JSON.stringify(record))
}
