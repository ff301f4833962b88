import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import pc from 'picocolors'
// Commands are imported when run: a cached build then starts without loading the dev server,
// lint or import code (and `build` loads core in its worker thread only).

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version

/** Where the CLI writes; the process's streams by default. */
interface Output {
  readonly out: (text: string) => void
  readonly err: (text: string) => void
}

const processOutput: Output = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
}

const exitCodes = `
Exit codes: 0 ok, 1 content or config errors (each printed with file:line:column and the fix),
2 usage or internal error. Docs: https://nichepress.dev/`

/** `--port`: a whole number from 0 to 65535 (0 picks a free port). */
function parsePort(value: string): number {
  const port = Number(value)
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('A port is a whole number from 0 to 65535, e.g. --port 4321.')
  return port
}

/** `--limit` and `--max-warnings`: a whole number ≥ 0. */
function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Expected a whole number ≥ 0, e.g. 0 or 10.')
  return Number(value)
}

/** `--base-url`, `--site-url`: an absolute http(s) URL. */
function parseUrl(value: string): string {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) throw new InvalidArgumentError('Expected an absolute http(s) URL, e.g. https://my-blog.de.')
  return value
}

const rootOption = () => new Option('--root <dir>', 'site folder, the one with nichepress.config.ts').default('.')
const outOption = () => new Option('--out <dir>', 'output folder (default: the config\'s outDir, "public")')
const draftsOption = () => new Option('--drafts', 'include posts with draft: true')
const noCacheOption = () => new Option('--no-cache', 'render everything afresh, ignoring .cache/')
const baseUrlOption = () => new Option('--base-url <url>', 'override the site URL, e.g. for a preview deploy').argParser(parseUrl)
const portOption = () => new Option('--port <n>', 'port to listen on; 0 picks a free one (default: 4321)').argParser(parsePort)
const hostOption = () => new Option('--host <host>', 'host to listen on').default('127.0.0.1')
const findingFormatOption = () => new Option('--format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'github']).default('stylish')
const maxWarningsOption = () => new Option('--max-warnings <n>', 'exit 1 when there are more warnings than this').argParser(parseCount)
const quietOption = () => new Option('--quiet', 'report errors only')

/** The `nichepress` program; `setExitCode` receives each command's result. */
function program(output: Output, setExitCode: (code: number) => void): Command {
  const cli = new Command('nichepress')
    .description('Static site generator for niche blogs, with compliance and SEO built in.')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .addHelpText('after', exitCodes)
    .showHelpAfterError(pc.dim('(nichepress --help lists the commands)'))
    .exitOverride()
    .configureOutput({ writeOut: output.out, writeErr: output.err, outputError: (text, write) => write(pc.red(text)) })
  // Each command's action resolves to its exit code; a content or config error becomes exit 1.
  const act = <T extends unknown[]>(json: (options: T) => boolean, action: (...args: T) => Promise<number>) =>
    async (...args: T): Promise<void> => {
      try {
        setExitCode(await action(...args))
      } catch (error) {
        setExitCode(await reportError(error, json(args), output))
      }
    }
  const noJson = () => false

  cli
    .command('build')
    .description('build the site into the output folder')
    .addOption(rootOption())
    .addOption(outOption())
    .addOption(draftsOption())
    .addOption(baseUrlOption())
    .addOption(noCacheOption())
    .option('--json', 'print the result as JSON on stdout')
    .option('--force', 'replace an output folder nichepress did not write')
    .addHelpText('after', '\nExample:\n  nichepress build --root my-blog --base-url https://preview.my-blog.de')
    .action(
      act(
        ([options]) => Boolean((options as { json?: boolean }).json),
        async (options: { root: string; out?: string; drafts?: boolean; baseUrl?: string; cache: boolean; json?: boolean; force?: boolean }) =>
          (await import('./commands/build.js')).runBuild({ root: options.root, out: options.out, drafts: options.drafts === true, baseUrl: options.baseUrl, cache: options.cache, json: options.json === true, force: options.force === true }),
      ),
    )

  cli
    .command('dev')
    .description('build, serve, rebuild on every change and reload the browser')
    .addOption(rootOption())
    .addOption(outOption())
    .addOption(draftsOption())
    .addOption(baseUrlOption())
    .addOption(noCacheOption())
    .addOption(portOption())
    .addOption(hostOption())
    .action(
      act(noJson, async (options: { root: string; out?: string; drafts?: boolean; baseUrl?: string; cache: boolean; port?: number; host: string }) =>
        (await import('./commands/dev.js')).runDev({ root: options.root, out: options.out, drafts: options.drafts === true, baseUrl: options.baseUrl, cache: options.cache, port: options.port, host: options.host }),
      ),
    )

  cli
    .command('preview')
    .description('serve the built output folder')
    .addOption(rootOption())
    .addOption(outOption())
    .addOption(portOption())
    .addOption(hostOption())
    .action(
      act(noJson, async (options: { root: string; out?: string; port?: number; host: string }) =>
        (await import('./commands/preview.js')).runPreview({ root: options.root, out: options.out, port: options.port, host: options.host }),
      ),
    )

  cli
    .command('init')
    .description('create a new site from a starter (installs nothing; see also npm create nichepress)')
    .argument('[dir]', 'folder for the new site', 'my-nichepress-site')
    .addOption(new Option('--starter <name>', 'starter to copy').choices(['nischenblog', 'blog', 'produkt']).default('nischenblog'))
    .action(act(noJson, async (dir: string, options: { starter: string }) => (await import('./commands/init.js')).runInit({ dir, starter: options.starter })))

  cli
    .command('lint')
    .description('lint the Markdown sources: disclosures, SEO, links, front matter')
    .argument('[paths...]', 'Markdown files or folders (default: the whole site)')
    .addOption(rootOption())
    .addOption(findingFormatOption())
    .addOption(maxWarningsOption())
    .addOption(quietOption())
    .option('--fix', 'apply the safe fixes')
    .action(
      act(noJson, async (paths: string[], options: { root: string; format: string; maxWarnings?: number; quiet?: boolean; fix?: boolean }) =>
        (await import('./commands/lint.js')).runLint({ root: options.root, paths, format: options.format, maxWarnings: options.maxWarnings?.toString(), quiet: options.quiet === true, fix: options.fix === true }),
      ),
    )

  cli
    .command('audit')
    .description('audit the built HTML of any generator: consent, disclosures, SEO, accessibility')
    .argument('<dir>', 'the folder with the built HTML')
    .addOption(findingFormatOption())
    .addOption(maxWarningsOption())
    .addOption(quietOption())
    .addOption(new Option('--site-url <url>', "the audited site's own URL, to tell first from third parties").argParser(parseUrl))
    .action(
      act(noJson, async (dir: string, options: { format: string; maxWarnings?: number; quiet?: boolean; siteUrl?: string }) =>
        (await import('./commands/audit.js')).runAudit({ dir, format: options.format, maxWarnings: options.maxWarnings?.toString(), quiet: options.quiet === true, siteUrl: options.siteUrl }),
      ),
    )

  cli
    .command('links')
    .description('internal link report: orphans and link suggestions with anchor text')
    .addOption(rootOption())
    .addOption(draftsOption())
    .addOption(noCacheOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--page <file>', 'only this Markdown file (path relative to the site)')
    .addOption(new Option('--limit <n>', 'suggestions per page').argParser(parseCount))
    .option('--apply', 'show the exact, unambiguous suggestions as a diff (dry run)')
    .option('--write', 'with --apply: write them into the Markdown files')
    .action(
      act(noJson, async (options: { root: string; drafts?: boolean; cache: boolean; format: 'text' | 'markdown' | 'json'; page?: string; limit?: number; apply?: boolean; write?: boolean }) =>
        (await import('./commands/links.js')).runLinks({
          root: options.root,
          drafts: options.drafts === true,
          cache: options.cache,
          format: options.format,
          page: options.page,
          limit: options.limit,
          apply: options.apply === true,
          write: options.write === true,
        }),
      ),
    )

  cli
    .command('import')
    .description('import a WordPress export, a Jekyll or a Hugo site')
    .argument('<source>', 'WordPress export file (.xml) or Jekyll or Hugo site folder')
    .addOption(rootOption().default('.', 'the current folder'))
    .addOption(new Option('--from <kind>', 'source kind (detected when left out)').choices(['wordpress', 'jekyll', 'hugo']))
    .option('--dry-run', 'report what would be written, write nothing')
    .option('--overwrite', 'replace files changed since an earlier import')
    .addOption(new Option('--site-url <url>', "the old site's URL, when the source does not say it").argParser(parseUrl))
    .option('--time-zone <tz>', 'IANA time zone for date-times without one, e.g. Europe/Berlin')
    .option('--uploads <dir>', "WordPress: the site's wp-content/uploads folder, when it is not next to the export")
    .option('--category-base <base>', 'WordPress: the "Category base" of Settings → Permalinks (default: what the export\'s links show, else category)')
    .option('--tag-base <base>', 'WordPress: the "Tag base" of Settings → Permalinks (default: what the export\'s links show, else tag)')
    .option('--json', 'print the result as JSON on stdout')
    .action(
      act(
        ([, options]) => Boolean((options as { json?: boolean }).json),
        async (source: string, options: { root: string; from?: string; dryRun?: boolean; overwrite?: boolean; siteUrl?: string; timeZone?: string; uploads?: string; categoryBase?: string; tagBase?: string; json?: boolean }) =>
          (await import('./commands/import.js')).runImport({
            source,
            from: options.from,
            root: options.root,
            dryRun: options.dryRun === true,
            overwrite: options.overwrite === true,
            siteUrl: options.siteUrl,
            timeZone: options.timeZone,
            uploads: options.uploads,
            categoryBase: options.categoryBase,
            tagBase: options.tagBase,
            json: options.json === true,
          }),
      ),
    )

  for (const command of cli.commands) {
    command.addHelpText('after', exitCodes).showHelpAfterError(pc.dim(`(nichepress ${command.name()} --help lists its options)`))
  }
  return cli
}

/** A content or config error: its diagnostics, exit 1; anything else is a bug: its stack, exit 2. */
async function reportError(error: unknown, json: boolean, output: Output): Promise<number> {
  const { isNichepressError } = await import('@nichepress/core')
  if (isNichepressError(error)) {
    if (json) {
      const errors = error.messages.map((message) => ({ file: message.file, line: message.line, column: message.column, ruleId: message.ruleId, reason: message.reason, note: message.note }))
      output.out(`${JSON.stringify({ ok: false, errors })}\n`)
      return 1
    }
    const { reportMessages } = await import('./lib/report.js')
    reportMessages(error.messages, output.err)
    const notFound = error.messages.find((message) => message.ruleId === 'config-not-found')
    if (notFound?.file) output.err(await siteBelowHint(String(notFound.file)))
    output.err(pc.red(`✖ ${error.messages.length} problem${error.messages.length === 1 ? '' : 's'}; nothing was written.\n`))
    return 1
  }
  output.err(`nichepress crashed (a bug, please report it with this output):\n${error instanceof Error ? error.stack : String(error)}\n`)
  return 2
}

// No config here, but a site one folder down: the printed `cd` of create-nichepress was skipped.
async function siteBelowHint(dir: string): Promise<string> {
  const { sitesBelow } = await import('./lib/sites-below.js')
  const { shellQuote } = await import('create-nichepress')
  const sites = sitesBelow(dir)
  if (sites.length === 0) return ''
  const commands = sites.map((name) => pc.bold(`cd ${shellQuote(relative(process.cwd(), join(dir, name)), process.platform)}`))
  return `${sites.length === 1 ? 'A site is in the folder below' : 'Sites are in the folders below'}: ${commands.join(' or ')}, then run the command again.\n`
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code: 0 ok, 1 content or config error, 2 usage or internal error. */
export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
  let exitCode = 0
  const cli = program(output, (code) => {
    exitCode = code
  })
  try {
    await cli.parseAsync([...argv], { from: 'user' })
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error
    // --help and --version exit 0; every usage problem (and a bare `nichepress`) exits 2.
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2
  }
  return exitCode
}
