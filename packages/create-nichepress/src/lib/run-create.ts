import { parseArgs } from 'node:util'
import { relative, resolve } from 'node:path'
import { askAnswers, checkSiteUrl, defaultAnswers, folderCheck, type Answers, type KnownAnswers } from './ask-answers.js'
import { createSite, type CreatedSite } from './create-site.js'
import { CreateSiteError } from './create-site-error.js'
import { detectPackageManager, installDependencies, runScriptCommand, type PackageManager } from './package-manager.js'
import { shellQuote } from './shell-quote.js'
import { findStarter, starters } from './starters.js'

/** Where runCreate reads and writes; the process's streams by default, other streams in tests. */
export interface CreateIo {
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean }
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream
  readonly env: Readonly<Record<string, string | undefined>>
  /** The working directory the printed `cd` is relative to. */
  readonly cwd: string
}

const usage = `Usage: npm create nichepress@latest [dir] -- [options]
       pnpm create nichepress [dir] [options]

Options:
  --starter <name>   ${starters.map((starter) => starter.id).join(' | ')} (default ${starters[0].id})
  --title <text>     Site title (default: from the folder name)
  --lang <de|en>     Site language (default: the starter's)
  --url <url>        Public URL, e.g. https://my-blog.de (default: the starter's example URL)
  --yes, -y          Ask nothing; take the defaults for everything not given
  --no-install       Do not install dependencies
  --help, -h         Show this help

Without a terminal (CI, pipes) nothing is asked, as with --yes.
`

const processIo: CreateIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }

/** The `create-nichepress` command: returns the exit code (0 ok, 1 user error or failed install, 2 usage). */
export async function runCreate(argv: readonly string[], io: CreateIo = processIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        starter: { type: 'string' },
        title: { type: 'string' },
        lang: { type: 'string' },
        url: { type: 'string' },
        yes: { type: 'boolean', short: 'y', default: false },
        'no-install': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout.write(usage)
    return 0
  }
  if (values.lang !== undefined && values.lang !== 'de' && values.lang !== 'en') {
    io.stderr.write(`--lang must be de or en, not "${values.lang}".\n`)
    return 2
  }
  // A flag is checked before anything is asked, so a typo in it costs no answers.
  const urlProblem = values.url === undefined ? undefined : checkSiteUrl(values.url)
  if (urlProblem) {
    io.stderr.write(`--url: ${urlProblem}\n`)
    return 2
  }
  if (values.starter !== undefined && !findStarter(values.starter)) {
    io.stderr.write(`There is no starter "${values.starter}". Available: ${starters.map((entry) => entry.id).join(', ')}.\n`)
    return 1
  }
  const folderProblem = positionals[0] === undefined ? undefined : folderCheck(io.cwd)(positionals[0])
  if (folderProblem) {
    io.stderr.write(`${folderProblem} Nothing was copied.\n`)
    return 1
  }
  const known: KnownAnswers = { dir: positionals[0], starter: values.starter, title: values.title, language: values.lang, url: values.url }
  const isInteractive = io.stdin.isTTY === true && !values.yes
  const answers: Answers = isInteractive ? await askAnswers(known, io.stdin, io.stdout, io.cwd) : defaultAnswers(known)
  return createAndInstall(answers, { install: !values['no-install'], packageManager: detectPackageManager(io.env.npm_config_user_agent) }, io)
}

/** `nichepress init <dir> --starter <name>`: the same steps without installing (the CLI is already there). */
export function runInit(options: { dir: string | undefined; starter: string }): Promise<number> {
  return runCreate([...(options.dir === undefined ? [] : [options.dir]), '--starter', options.starter, '--no-install'])
}

async function createAndInstall(answers: Answers, options: { install: boolean; packageManager: PackageManager }, io: CreateIo): Promise<number> {
  let site: CreatedSite
  try {
    site = await createSite({ ...answers, dir: resolve(io.cwd, answers.dir) })
  } catch (error) {
    if (!(error instanceof CreateSiteError)) throw error
    io.stderr.write(`${error.message}\n`)
    return 1
  }
  io.stdout.write(`✔ Created ${site.dir} from the ${site.starter.id} starter.\n`)
  const installed = options.install ? (await installDependencies(site.dir, options.packageManager, io.env)) === 0 : false
  if (options.install && !installed) io.stderr.write(`Installing with ${options.packageManager} failed; run it yourself (see below).\n`)
  io.stdout.write(nextSteps(site, { installed, packageManager: options.packageManager, cwd: io.cwd }))
  return options.install && !installed ? 1 : 0
}

/** The "Next steps" text printed after creating a site. */
export function nextSteps(site: CreatedSite, options: { installed: boolean; packageManager: PackageManager; cwd: string; platform?: NodeJS.Platform }): string {
  const steps = [`cd ${shellQuote(relative(options.cwd, site.dir) || '.', options.platform ?? process.platform)}`]
  if (!options.installed) steps.push(`${options.packageManager} install`)
  steps.push(`${runScriptCommand(options.packageManager, 'dev')}      # http://127.0.0.1:4321/ with live reload`)
  const lines = ['', 'Next steps:', ...steps.map((step) => `  ${step}`), '']
  if (site.hasExampleLegalDetails) {
    lines.push('Before you publish: nichepress.config.ts still has the starter\'s fictional operator under `legal`.', 'Put in your own name, address and contact (Impressum and privacy policy are made from it).', '')
  }
  lines.push(`Build for production with ${runScriptCommand(options.packageManager, 'build')}; deploy guides: netlify.toml, vercel.json and README.md in the site.`, '')
  return lines.join('\n')
}
