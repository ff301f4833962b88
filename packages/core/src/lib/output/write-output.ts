import { openStagingOutput, type StagingOutput } from './staging-output.js'

/** One file of the output: contents in memory, or a file to copy. */
export type OutputFile = { path: string; contents: string | Uint8Array } | { path: string; copyFrom: string }

/**
 * Writes every file into a fresh folder beside `outDir`, then swaps it into place. A build that
 * fails before the swap leaves the previous output byte-for-byte untouched.
 */
export async function writeOutput(outDir: string, files: readonly OutputFile[]): Promise<void> {
  const staging = await openStagingOutput(outDir)
  await stageFiles(staging, files)
  await staging.commit()
}

/** Writes or copies each file into `staging`; on a failure throws the staging folder away first. */
export async function stageFiles(staging: StagingOutput, files: Iterable<OutputFile>): Promise<void> {
  try {
    for (const file of files) {
      if ('copyFrom' in file) await staging.copy(file.path, file.copyFrom)
      else await staging.write(file.path, file.contents)
    }
  } catch (error) {
    await staging.abort()
    throw error
  }
}
