import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import type { VFileMessage } from 'vfile-message'
import { configInvalid, configLoadFailed, configNotFound, pluginFailed } from '../diagnostic-catalogue.js'
import { NichepressError } from '../diagnostics.js'
import type { Command, NichepressPlugin } from '../plugin.js'
import { coreConfigSchema } from './config-schema.js'
import { configIssuesToMessages } from './config-issues.js'
import type { ResolvedConfig } from './resolved-config.js'
import { stableStringify } from '../stable-stringify.js'

/** Config file names, in the order they are looked for. */
export const configFileNames = [
  'nichepress.config.ts',
  'nichepress.config.mjs',
  'nichepress.config.js',
  'nichepress.config.json',
  'nichepress.config.yaml',
  'nichepress.config.yml',
] as const

/** A preset supplies the plugins that are on unless a site turns them off, and the default theme. */
export interface Preset {
  plugins(): readonly NichepressPlugin[]
  themeDir?: string
}

/** Options of `loadConfig`. */
export interface LoadConfigOptions {
  /** URL or absolute path of a module whose default export is a `Preset`. */
  preset?: string
  /** Overrides `url` (the `--base-url` flag and host environments). */
  baseUrl?: string
  /** Overrides `outDir`, relative to the current directory. */
  outDir?: string
}

/** Finds the config file in `root`, or undefined. */
export function findConfigFile(root: string): string | undefined {
  for (const name of configFileNames) {
    const candidate = join(root, name)
    if (existsSync(candidate)) return candidate
  }
  return undefined
}

/**
 * Reads, validates and resolves the site config in `root`. Throws a NichepressError carrying
 * every problem at once (option path, expected, got, fix).
 */
export async function loadConfig(root: string, options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  const absoluteRoot = resolve(root)
  const file = findConfigFile(absoluteRoot)
  if (!file) throw new NichepressError('No config file', [configNotFound.create({ file: absoluteRoot }, [absoluteRoot])])
  const raw = await readConfigModule(file)
  const preset = options.preset ? await loadPreset(options.preset) : undefined
  return resolveConfig(raw, { root: absoluteRoot, file, preset, presetSpecifier: options.preset, baseUrl: options.baseUrl, outDir: options.outDir })
}

async function readConfigModule(file: string): Promise<unknown> {
  try {
    const extension = extname(file)
    if (extension === '.json') return JSON.parse(readFileSync(file, 'utf8'))
    if (extension === '.yaml' || extension === '.yml') return parseYaml(readFileSync(file, 'utf8'))
    const version = statSync(file).mtimeMs
    if (extension === '.ts') {
      const { tsImport } = await import('tsx/esm/api')
      const module = (await tsImport(`${pathToFileURL(file).href}?v=${version}`, import.meta.url)) as { default?: unknown }
      return unwrapDefault(module.default)
    }
    const module = (await import(`${pathToFileURL(file).href}?v=${version}`)) as { default?: unknown }
    return module.default
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)
    throw new NichepressError('Config could not be read', [configLoadFailed.create({ file }, [reason])])
  }
}

// tsx may wrap a CommonJS-looking module's default export once more.
function unwrapDefault(value: unknown): unknown {
  if (value && typeof value === 'object' && 'default' in value && !('title' in value)) return (value as { default: unknown }).default
  return value
}

async function loadPreset(specifier: string): Promise<Preset> {
  const url = specifier.startsWith('file:') ? specifier : pathToFileURL(specifier).href
  const module = (await import(url)) as { default: Preset }
  return module.default
}

/** Validates a config object (as a config file exports it) and resolves it. */
export async function resolveConfig(
  raw: unknown,
  context: { root: string; file: string; preset?: Preset | undefined; presetSpecifier?: string | undefined; baseUrl?: string | undefined; outDir?: string | undefined },
): Promise<ResolvedConfig> {
  const { file } = context
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new NichepressError('Config invalid', [
      configInvalid.create({ file }, ['(root)', 'must be an object'], { expected: 'an object (export default defineConfig({ … }))', actual: typeof raw }),
    ])
  }
  const input = { ...(raw as Record<string, unknown>) }
  if (context.baseUrl) input.url = context.baseUrl

  const userPlugins = Array.isArray(input.plugins) ? (input.plugins as unknown[]) : []
  const plugins = [...(context.preset?.plugins() ?? []), ...userPlugins.filter(isPlugin)]
  const sectionShape: Record<string, z.ZodType> = {}
  for (const plugin of plugins) {
    if (plugin.configKey && plugin.configSchema) sectionShape[plugin.configKey] = plugin.configSchema.optional()
  }
  const schema = coreConfigSchema.extend(sectionShape)
  const result = schema.safeParse(input, { reportInput: true })
  if (!result.success) {
    const known = Object.keys(schema.shape)
    throw new NichepressError('Config invalid', configIssuesToMessages(file, result.error.issues, known))
  }
  const parsed = result.data as Record<string, unknown> & z.output<typeof coreConfigSchema>
  const sections: Record<string, unknown> = {}
  for (const plugin of plugins) {
    if (!plugin.configKey) continue
    const section = parsed[plugin.configKey]
    // A section left out is validated as {} so every plugin sees its defaults.
    sections[plugin.configKey] = section === undefined && plugin.configSchema ? plugin.configSchema.parse({}) : section
  }
  const { root } = context
  const outDir = context.outDir ? resolve(context.outDir) : resolve(root, parsed.outDir)
  const paths = {
    content: resolve(root, parsed.contentDir),
    out: outDir,
    static: resolve(root, parsed.staticDir),
    theme: resolve(root, parsed.themeDir),
    defaultTheme: context.preset?.themeDir,
  }
  const { plugins: _plugins, ...core } = parsed
  const hash = createHash('sha256')
    .update(stableStringify({ core, sections, plugins: plugins.map((plugin) => [plugin.name, plugin.version ?? '']) }))
    .digest('hex')
  return { ...core, root, configFile: file, paths, plugins, sections, hash, preset: context.presetSpecifier }
}

function isPlugin(value: unknown): value is NichepressPlugin {
  return typeof value === 'object' && value !== null && 'name' in value && 'setup' in value
}

/** Runs every plugin's setup; a failing plugin becomes a catalogued error naming it. */
export async function setupPlugins(config: ResolvedConfig, command: Command, options: { cache?: boolean } = {}) {
  const mode = command === 'dev' ? 'dev' : 'build'
  const hooks = []
  const messages: VFileMessage[] = []
  for (const plugin of config.plugins) {
    try {
      const section = plugin.configKey ? config.sections[plugin.configKey] : undefined
      const cacheDir = options.cache ? join(config.root, 'node_modules', '.cache', 'nichepress', 'plugins', plugin.name) : undefined
      hooks.push({ name: plugin.name, ...(await plugin.setup({ config, options: section, mode, command, cacheDir })) })
    } catch (error) {
      if (error instanceof NichepressError) messages.push(...error.messages)
      else messages.push(pluginFailed.create({ file: config.configFile }, [plugin.name, error instanceof Error ? error.message : String(error)]))
    }
  }
  if (messages.length > 0) throw new NichepressError('Plugin setup failed', messages)
  return hooks
}
