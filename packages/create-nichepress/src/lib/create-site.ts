import { existsSync } from 'node:fs'
import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { readConfigString, setConfigValue } from './config-source.js'
import { CreateSiteError } from './create-site-error.js'
import { applyLegalDetails, type LegalDetails } from './legal-details.js'
import { siteGitignore } from './site-gitignore.js'
import { findStarter, starters, startersDir, type Starter } from './starters.js'

/** What to create; everything but `dir` and `starter` falls back to the starter's own value. */
export interface CreateSiteOptions {
  /** The new site's folder; it must not exist or be empty. */
  readonly dir: string
  /** A starter id (see `starters`). */
  readonly starter: string
  readonly title?: string | undefined
  readonly language?: 'de' | 'de-AT' | 'en' | undefined
  /** The public URL, e.g. `https://my-blog.de`. Replaces the starter's example URL everywhere in the config. */
  readonly url?: string | undefined
  /** The operator; without it the starter's fictional example stays and must be replaced before going live. */
  readonly legal?: LegalDetails | undefined
  /** `legal.updated` when `legal` is given (`YYYY-MM-DD`, default: today); a parameter so output is reproducible. */
  readonly date?: string | undefined
  /** The version written for `nichepress` in package.json (default: this package's version, kept in lockstep). */
  readonly nichepressVersion?: string | undefined
}

/** The created site. */
export interface CreatedSite {
  /** Absolute path of the new site. */
  readonly dir: string
  readonly starter: Starter
  /** Absolute path of the written nichepress.config.ts. */
  readonly configFile: string
  /** True when the legal section is still the starter's fictional example. */
  readonly hasExampleLegalDetails: boolean
}

const copyIgnored = /[\\/](node_modules|public|\.cache)([\\/]|$)/
const ownVersion = (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version

/** Copies a starter into `options.dir`, writes its config and package.json; installs nothing. */
export async function createSite(options: CreateSiteOptions): Promise<CreatedSite> {
  const starter = findStarter(options.starter)
  if (!starter) throw new CreateSiteError(`There is no starter "${options.starter}". Available: ${starters.map((entry) => entry.id).join(', ')}.`)
  if (options.url !== undefined && !isSiteUrl(options.url)) throw new CreateSiteError(`"${options.url}" is not a site URL; expected one like https://my-blog.de.`)
  const dir = resolve(options.dir)
  if (existsSync(dir) && (await readdir(dir)).length > 0) throw new CreateSiteError(`${dir} is not empty; nothing was copied. Choose a new folder.`)
  const source = join(startersDir, starter.id)
  await cp(source, dir, { recursive: true, filter: (path) => !copyIgnored.test(path.slice(source.length)) })
  await writePackageJson(join(dir, 'package.json'), packageName(basename(dir)), options.nichepressVersion ?? ownVersion)
  // A starter's own .gitignore (none has one yet) wins.
  if (!existsSync(join(dir, '.gitignore'))) await writeFile(join(dir, '.gitignore'), siteGitignore)
  const configFile = join(dir, 'nichepress.config.ts')
  await writeFile(configFile, configureSource(await readFile(configFile, 'utf8'), { ...options, date: options.date ?? new Date().toISOString().slice(0, 10) }))
  return { dir, starter, configFile, hasExampleLegalDetails: options.legal === undefined }
}

/** The starter's config source with the answers applied (pure; `createSite` writes it). */
export function configureSource(source: string, options: Pick<CreateSiteOptions, 'title' | 'language' | 'url' | 'legal'> & { readonly date: string }): string {
  let edited = source
  const exampleUrl = readConfigString(source, 'url')
  if (options.url !== undefined && exampleUrl) edited = edited.split(exampleUrl).join(options.url.replace(/\/+$/, ''))
  if (options.title !== undefined) edited = setConfigValue(edited, 'title', options.title)
  if (options.language !== undefined) edited = setConfigValue(edited, 'language', options.language)
  if (options.legal !== undefined) edited = applyLegalDetails(edited, options.legal, options.date)
  return edited
}

function isSiteUrl(text: string): boolean {
  return URL.canParse(text) && /^https?:$/.test(new URL(text).protocol)
}

// German spells a missing umlaut with an e (Blög → Bloeg); other accents are dropped (Café → Cafe).
const germanLetters: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }

/** A valid npm package name from a folder name (`My Blog` → `my-blog`, `Mein Blög` → `mein-bloeg`). */
export function packageName(folder: string): string {
  const ascii = folder
    .toLowerCase()
    .normalize('NFC')
    .replace(/[äöüß]/g, (letter) => germanLetters[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
  return ascii.replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+|-+$/g, '') || 'nichepress-site'
}

// A site outside the monorepo cannot resolve `workspace:*`; it gets the released version instead.
async function writePackageJson(file: string, name: string, version: string): Promise<void> {
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
  manifest.name = name
  for (const field of ['dependencies', 'devDependencies']) {
    const dependencies = manifest[field] as Record<string, string> | undefined
    for (const [dependency, range] of Object.entries(dependencies ?? {})) {
      if (range.startsWith('workspace:')) (dependencies as Record<string, string>)[dependency] = `^${version}`
    }
  }
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`)
}
