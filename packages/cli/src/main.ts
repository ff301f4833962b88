import { parseArgs } from 'node:util'
import pc from 'picocolors'
// Commands are imported when run: a cached build then starts without loading the dev server,
// lint or import code (and `build` loads core in its worker thread only).

const usage = `Usage: nichepress <command> [options]

Commands:
  build     Build the site into the output folder
  dev       Build, serve, rebuild on change and reload the browser
  preview   Serve the built output
  init      Create a new site from a starter: nichepress init <dir> [--starter nischenblog]
  lint      Lint the Markdown sources: nichepress lint [paths…]
  audit     Audit built HTML of any generator: nichepress audit <dir>
  links     Internal link report: orphans and link suggestions with anchor text
  import    Import a WordPress export, Jekyll or Hugo site: nichepress import <source>

Options (all commands):
  --root <dir>       Site folder (default: current directory)
Build and dev:
  --out <dir>        Output folder (default: config outDir, "public")
  --drafts           Include drafts
  --base-url <url>   Override the site URL (e.g. for previews)
  --no-cache         Render everything afresh
  --json             Print the result as JSON (build)
Dev and preview:
  --port <n>         Port (default 4321)
  --host <host>      Host to listen on (default 127.0.0.1)
Lint and audit:
  --format <f>       stylish, json, sarif or github (default stylish)
  --max-warnings <n> Exit 1 when there are more warnings than this
  --quiet            Report errors only
  --fix              Apply safe fixes (lint)
  --site-url <url>   The audited site's own URL, to tell first from third parties (audit)
Links:
  --format <f>       text, markdown or json (default text)
  --page <file>      Only this Markdown file (path relative to the site)
  --limit <n>        Suggestions per page
  --apply            Show the exact, unambiguous suggestions as a diff (dry run)
  --write            With --apply: write them into the Markdown files
Import:
  --from <kind>      wordpress, jekyll or hugo (detected when left out)
  --dry-run          Report what would be written, write nothing
  --overwrite        Replace files changed since an earlier import
  --site-url <url>   The old site's URL, when the source does not say it
  --time-zone <tz>   IANA time zone for date-times without one
`

/** Runs the CLI with `argv` (without node and script) and returns the exit code: 0 ok, 1 user error, 2 internal. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage)
    return command ? 0 : 2
  }
  let parsed
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        root: { type: 'string', default: '.' },
        out: { type: 'string' },
        drafts: { type: 'boolean', default: false },
        'base-url': { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        starter: { type: 'string', default: 'nischenblog' },
        open: { type: 'boolean', default: false },
        format: { type: 'string' },
        page: { type: 'string' },
        limit: { type: 'string' },
        apply: { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        write: { type: 'boolean', default: false },
        from: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        overwrite: { type: 'boolean', default: false },
        'site-url': { type: 'string' },
        'time-zone': { type: 'string' },
      },
    })
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`)
    return 2
  }
  const { values, positionals } = parsed
  const port = values.port === undefined ? undefined : Number(values.port)
  try {
    switch (command) {
      case 'build':
        return await (await import('./commands/build.js')).runBuild({ root: values.root, out: values.out, drafts: values.drafts, baseUrl: values['base-url'], cache: !values['no-cache'], json: values.json })
      case 'dev':
        return await (await import('./commands/dev.js')).runDev({ root: values.root, out: values.out, drafts: values.drafts, baseUrl: values['base-url'], cache: !values['no-cache'], port, host: values.host })
      case 'preview':
        return await (await import('./commands/preview.js')).runPreview({ root: values.root, out: values.out, port, host: values.host })
      case 'lint':
        return await (await import('./commands/lint.js')).runLint({ root: values.root, paths: positionals, format: values.format, maxWarnings: values['max-warnings'], quiet: values.quiet, fix: values.fix })
      case 'audit':
        return await (await import('./commands/audit.js')).runAudit({ dir: positionals[0], format: values.format, maxWarnings: values['max-warnings'], quiet: values.quiet, siteUrl: values['site-url'] })
      case 'links': {
        const format = values.format ?? 'text'
        if (format !== 'text' && format !== 'markdown' && format !== 'json') {
          process.stderr.write(`--format must be text, markdown or json; got "${format}".\n`)
          return 2
        }
        return await (await import('./commands/links.js')).runLinks({
          root: values.root,
          drafts: values.drafts,
          cache: !values['no-cache'],
          format,
          page: values.page,
          limit: values.limit === undefined ? undefined : Number(values.limit),
          apply: values.apply,
          write: values.write,
        })
      }
      case 'import':
        return await (await import('./commands/import.js')).runImport({
          source: positionals[0],
          from: values.from,
          root: values.root,
          dryRun: values['dry-run'],
          overwrite: values.overwrite,
          siteUrl: values['site-url'],
          timeZone: values['time-zone'],
          json: values.json,
        })
      case 'init':
        return await (await import('./commands/init.js')).runInit({ dir: positionals[0], starter: values.starter })
      default:
        process.stderr.write(`Unknown command "${command}".\n\n${usage}`)
        return 2
    }
  } catch (error) {
    const { isNichepressError } = await import('@nichepress/core')
    const { reportMessages } = await import('./lib/report.js')
    if (isNichepressError(error)) {
      if (values.json) {
        const errors = error.messages.map((message) => ({ file: message.file, line: message.line, column: message.column, ruleId: message.ruleId, reason: message.reason, note: message.note }))
        process.stdout.write(`${JSON.stringify({ ok: false, errors })}\n`)
        return 1
      }
      reportMessages(error.messages, (text) => process.stderr.write(text))
      process.stderr.write(pc.red(`✖ ${error.messages.length} problem${error.messages.length === 1 ? '' : 's'}; nothing was written.\n`))
      return 1
    }
    process.stderr.write(`nichepress crashed (a bug, please report it):\n${error instanceof Error ? error.stack : String(error)}\n`)
    return 2
  }
}
