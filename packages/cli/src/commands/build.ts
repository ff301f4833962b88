import { resolve } from 'node:path'
import { defaultReportLimit, type BuildProgress } from '@nichepress/core'
import { buildInWorker } from '../lib/build-in-worker.js'
import { terminalProgress } from '../lib/progress.js'
import pc from 'picocolors'
import { presetUrl } from '../lib/preset-url.js'
import { reportMessages } from '../lib/report.js'
import { writeVercelOutput } from '../lib/write-vercel-output.js'

/** Options of `nichepress build`. */
export interface BuildCommandOptions {
  root: string
  out: string | undefined
  drafts: boolean
  baseUrl: string | undefined
  cache: boolean
  json: boolean
  /** Replace an output folder nichepress did not write. */
  force?: boolean
}

/** Warnings printed in full before the rest are summarised by rule. */

/** `nichepress build`: progress on a TTY, a one-line summary, or JSON with `--json`. */
export async function runBuild(options: BuildCommandOptions): Promise<number> {
  const progress = options.json ? undefined : terminalProgress()
  let result: Awaited<ReturnType<typeof buildInWorker>>
  try {
    result = await buildInWorker(
      { root: options.root, preset: presetUrl, outDir: options.out, baseUrl: options.baseUrl, includeDrafts: options.drafts, cache: options.cache, force: options.force },
      progress ? (event: BuildProgress) => progress.update(event.phase, event.done, event.total) : undefined,
    )
  } finally {
    progress?.clear()
  }
  const vercelOutput = await writeVercelOutput(resolve(options.root), result.outDir)
  const warnings = result.messages.filter((message) => !message.fatal)
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({
        ok: true,
        outDir: result.outDir,
        pages: result.stats.pages,
        files: result.files,
        rendered: result.stats.rendered,
        reused: result.stats.reused,
        cacheHits: result.stats.cacheHits,
        skipped: result.stats.skipped,
        timingsMilliseconds: result.stats.timings,
        markdownParser: result.stats.markdownParser,
        seconds: Number((result.durationMilliseconds / 1000).toFixed(3)),
        heapMegabytes: result.heapMegabytes,
        warnings: warnings.map((message) => ({ file: message.file, line: message.line, column: message.column, ruleId: message.ruleId, reason: message.reason })),
        errors: [],
      })}\n`,
    )
    return 0
  }
  if (vercelOutput) process.stdout.write(`${pc.green('✔')} Vercel Build Output written to ${vercelOutput} (headers, redirects, 404 page)\n`)
  reportMessages(warnings, (text) => process.stderr.write(text), defaultReportLimit)
  const seconds = (result.durationMilliseconds / 1000).toFixed(2)
  if (result.stats.skipped) {
    process.stdout.write(`${pc.green('✔')} Nothing changed since the last build; ${result.outDir} is up to date (${seconds} s). Use --no-cache to rebuild anyway.\n`)
    return 0
  }
  process.stdout.write(
    `${pc.green('✔')} ${result.stats.pages} pages, ${result.files} files in ${seconds} s ` +
      `(${result.stats.cacheHits} cached, ${result.stats.rendered} rendered, ${result.stats.reused} documents unchanged), ${warnings.length} warning${warnings.length === 1 ? '' : 's'}, 0 errors → ${result.outDir}\n`,
  )
  return 0
}
