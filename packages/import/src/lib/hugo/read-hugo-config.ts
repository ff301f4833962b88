import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'

/** Config file names Hugo looks for in the site folder, in Hugo's order. */
export const hugoConfigNames = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'] as const

const extensions = ['.toml', '.yaml', '.yml', '.json']

/** A Hugo config as read, with the file(s) it came from. */
export interface HugoConfig {
  /** Keys lower-cased, as Hugo treats them. */
  values: Record<string, unknown>
  /** Config files read, relative to the source. */
  files: string[]
}

/** True when the folder holds a Hugo config: a root config file or `config/_default/`. */
export function hasHugoConfig(root: string): boolean {
  return hugoConfigNames.some((name) => existsSync(join(root, name))) || configDirFiles(root).length > 0
}

/**
 * Reads a Hugo site's config the way Hugo merges it for `hugo` (the production environment): the root
 * config file (`hugo.toml`, `config.yaml`…), then `config/_default/`, then `config/production/`. In
 * a config folder the `hugo.*`/`config.*` file is the top level and every other file sits under the
 * key of its name (`params.toml` → `params`); a language in the name puts it under that language
 * (`languages.de.toml` → `languages.de`, `menus.de.toml` → `languages.de.menus`, `params.de.toml` →
 * `languages.de.params`), as Hugo's config loader does. Keys are lower-cased because Hugo's are
 * case-insensitive. Throws when a file does not parse.
 */
export function readHugoConfig(root: string): HugoConfig {
  const values: Record<string, unknown> = {}
  const files: string[] = []
  const rootFile = hugoConfigNames.find((name) => existsSync(join(root, name)))
  if (rootFile) {
    Object.assign(values, lowerKeys(parseFile(join(root, rootFile))))
    files.push(rootFile)
  }
  for (const environment of configEnvironments) {
    for (const name of configDirFiles(root, environment)) {
      const parsed = lowerKeys(parseFile(join(root, 'config', environment, name)))
      merge(values, underKeyPath(configKeyPath(name), parsed))
      files.push(`config/${environment}/${name}`)
    }
  }
  return { values, files }
}

// `hugo` builds with the production environment: its folder overrides `_default`.
const configEnvironments = ['_default', 'production'] as const

/** Where a config folder file's values go: [] for the main file, else its key (and language). */
export function configKeyPath(fileName: string): string[] {
  const name = fileName.replace(/\.[a-z]+$/i, '').toLowerCase()
  if (name === 'hugo' || name === 'config') return []
  const dot = name.indexOf('.')
  if (dot === -1) return [name === 'menu' ? 'menus' : name]
  const key = name.slice(0, dot)
  const language = name.slice(dot + 1)
  if (key === 'menu' || key === 'menus') return ['languages', language, 'menus']
  if (key === 'params') return ['languages', language, 'params']
  return ['languages', language]
}

function underKeyPath(path: readonly string[], value: Record<string, unknown>): Record<string, unknown> {
  return path.reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), value)
}

function configDirFiles(root: string, environment: string = '_default'): string[] {
  const folder = join(root, 'config', environment)
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return []
  const names = readdirSync(folder).filter((name) => extensions.some((extension) => name.toLowerCase().endsWith(extension)))
  // The main file first, so the other files' keys win as they do in Hugo.
  return names.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
}

function rank(name: string): number {
  return /^(?:hugo|config)\./i.test(name) ? 0 : 1
}

function parseFile(file: string): unknown {
  const text = readFileSync(file, 'utf8')
  if (file.endsWith('.toml')) return parseToml(text)
  if (file.endsWith('.json')) return JSON.parse(text) as unknown
  return parseYaml(text) as unknown
}

function merge(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key]
    if (isRecord(existing) && isRecord(value)) merge(existing, value)
    else target[key] = value
  }
}

function lowerKeys(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) return {}
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.toLowerCase(), isRecord(item) ? lowerKeys(item) : item]))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}
