import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** One file of the output: contents in memory, or a file to copy. */
export type OutputFile = { path: string; contents: string | Uint8Array } | { path: string; copyFrom: string }

/**
 * Writes every file into a fresh folder beside `outDir`, then swaps it into place. A build that
 * fails before the swap leaves the previous output byte-for-byte untouched.
 */
export async function writeOutput(outDir: string, files: readonly OutputFile[]): Promise<void> {
  const parent = dirname(outDir)
  const name = basename(outDir)
  const staging = join(parent, `.${name}.nichepress-new-${process.pid}`)
  const previous = join(parent, `.${name}.nichepress-old-${process.pid}`)
  await rm(staging, { recursive: true, force: true })
  await mkdir(staging, { recursive: true })
  try {
    const folders = new Set(files.map((file) => dirname(join(staging, file.path))))
    for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true })
    await inBatches(files, 64, async (file) => {
      const target = join(staging, file.path)
      if ('copyFrom' in file) await cp(file.copyFrom, target)
      else await writeFile(target, file.contents)
    })
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
  if (existsSync(outDir)) await rename(outDir, previous)
  await rename(staging, outDir)
  await rm(previous, { recursive: true, force: true })
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let index = 0
  const runners = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (index < items.length) {
      const item = items[index++] as T
      await work(item)
    }
  })
  await Promise.all(runners)
}
