import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { basePathCssUrl, configInvalid, configLoadFailed, configNotFound, pluginFailed } from '../diagnostic-catalogue.js'
import { NichepressError } from '../diagnostics.js'
import type { Command, NichepressPlugin } from '../plugin.js'
import type { DocumentPage } from '../site/document-page.js'
import { impliedTextLanguage } from '../content/language.js'
import { coreConfigSchema } from './config-schema.js'
import { configIssuesToMessages } from './config-issues.js'
import type { ResolvedConfig } from './resolved-config.js'
import { stableStringify } from '../stable-stringify.js'
import { prefixRootPaths } from '../output/prefix-root-paths.js'
import { basePathOf } from '../site/base-path.js'

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
  const extension = extname(file)
  try {
    if (extension === '.json') return JSON.parse(readFileSync(file, 'utf8'))
    if (extension === '.yaml' || extension === '.yml') return parseYaml(readFileSync(file, 'utf8'))
    if (extension === '.ts') return await importTypeScript(file)
    const version = statSync(file).mtimeMs
    const module = (await import(`${pathToFileURL(file).href}?v=${version}`)) as { default?: unknown }
    return module.default
  } catch (error) {
    throw new NichepressError('Config could not be read', [await configLoadError(file, error)])
  }
}

/**
 * A TypeScript config is compiled to an ES module beside it (so its imports resolve from the site
 * folder, as Node would resolve them, whatever the folder's package.json says or lacks), imported and
 * removed. Its own relative imports are bundled in; packages stay imports.
 */
async function importTypeScript(file: string): Promise<unknown> {
  const { build } = await import('esbuild')
  const result = await build({
    entryPoints: [file],
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    sourcemap: 'inline',
  })
  const compiled = join(dirname(file), `.${basename(file)}.${process.pid}.${randomUUID().slice(0, 8)}.mjs`)
  await writeFile(compiled, result.outputFiles[0]?.text ?? '')
  try {
    const module = (await import(pathToFileURL(compiled).href)) as { default?: unknown }
    return module.default
  } finally {
    await rm(compiled, { force: true })
  }
}

/** Why a config could not be read, with the position for a syntax error and the fix that fits the cause. */
async function configLoadError(file: string, error: unknown): Promise<VFileMessage> {
  const place = { file }
  // esbuild (TypeScript): the first error with its location (line 1-based, column 0-based).
  const esbuildError = (error as { errors?: { text: string; location?: { line: number; column: number } | null }[] } | undefined)?.errors?.[0]
  if (esbuildError) {
    const location = esbuildError.location
    return configLoadFailed.create(location ? { ...place, line: location.line, column: location.column + 1 } : place, [`syntax error: ${esbuildError.text}`])
  }
  const code = (error as { code?: unknown } | undefined)?.code
  const text = error instanceof Error ? error.message : String(error)
  const missing = /Cannot find (?:package|module) '([^']+)'/.exec(text)?.[1]
  if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && missing) {
    if (!missing.startsWith('.') && !isAbsolute(missing) && !missing.startsWith('file:')) {
      const name = packageNameOf(missing)
      return configLoadFailed.create(place, [`Cannot find package '${name}' — run npm install`], {
        note: `The config imports \`${name}\`, which is not installed in ${dirname(file)}. Run \`npm install\` there (or \`npm install ${name}\` if package.json does not list it yet).`,
      })
    }
    return configLoadFailed.create(place, [`Cannot find the file ${missing}`], { note: 'Check the path of the import in the config file; it is relative to the config file.' })
  }
  if (error instanceof SyntaxError) {
    // Node does not tell where in an ES module the syntax error is; esbuild's parser does.
    const location = await syntaxErrorLocation(file)
    return configLoadFailed.create(location ? { ...place, ...location } : place, [`syntax error: ${text.split('\n')[0] ?? ''}`])
  }
  return configLoadFailed.create(place, [text.split('\n')[0] ?? ''], {
    note: 'Running the config file threw this error; fix it there. The file must export the config object as default (`export default defineConfig({ … })`).',
  })
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageNameOf(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier)
}

/** Line and column (1-based) of the first syntax error esbuild finds in a JavaScript file, if any. */
async function syntaxErrorLocation(file: string): Promise<{ line: number; column: number } | undefined> {
  const { transform } = await import('esbuild')
  try {
    await transform(readFileSync(file, 'utf8'), { loader: 'js', format: 'esm', logLevel: 'silent' })
    return undefined
  } catch (error) {
    const location = (error as { errors?: { location?: { line: number; column: number } | null }[] }).errors?.[0]?.location
    return location ? { line: location.line, column: location.column + 1 } : undefined
  }
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
    throw new NichepressError('Config invalid', configIssuesToMessages(file, result.error.issues, known, readSource(file)))
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
  const { plugins: _plugins, textLanguage: configuredTextLanguage, ...core } = parsed
  const impliedText = impliedTextLanguage(core.language)
  const textLanguage = configuredTextLanguage ?? impliedText ?? 'en'
  const textLanguageDefaulted = configuredTextLanguage === undefined && impliedText === undefined
  const hash = createHash('sha256')
    .update(stableStringify({ core: configuredTextLanguage === undefined ? core : { ...core, textLanguage }, sections, plugins: plugins.map((plugin) => [plugin.name, plugin.version ?? '']) }))
    .digest('hex')
  return { ...core, textLanguage, textLanguageDefaulted, root, configFile: file, paths, plugins, sections, hash, preset: context.presetSpecifier }
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
  // Last, after every plugin's `document` hook: a site in a folder gets its base path in front of
  // every root path of each finished document (plugins and their findings see root paths).
  const basePath = basePathOf(config.url)
  if (basePath !== '') hooks.push({ name: 'base-path', document: (file: VFile, page: DocumentPage) => moveIntoFolder(file, page, basePath) })
  return hooks
}

function moveIntoFolder(file: VFile, page: DocumentPage, basePath: string): void {
  const html = String(file.value)
  const moved = prefixRootPaths(html, basePath)
  for (const found of moved.cssRootPaths) {
    const before = html.slice(0, found.offset)
    const line = before.split('\n').length
    file.messages.push(basePathCssUrl.create({ file: String(file.path), line, column: found.offset - before.lastIndexOf('\n') }, [found.url, basePath, `The inline CSS of ${page.source?.relativePath ?? String(file.path)}`]))
  }
  file.value = moved.html
}

// The config file's text, to place its errors; nothing when it cannot be read (a config given as an object).
function readSource(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}
