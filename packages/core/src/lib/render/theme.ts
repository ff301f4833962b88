import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import Handlebars from 'handlebars'
import { isWithin } from '../content/find-markdown-files.js'
import { symlinkOutsideSite, symlinkSkipped, templateError } from '../diagnostic-catalogue.js'
import { NichepressError } from '../diagnostics.js'
import type { SymlinkPolicy } from '../output/list-static-files.js'
import type { VFileMessage } from 'vfile-message'

/** A template's text and its file (a site's own file overrides the default theme's). */
interface Template {
  source: string
  path: string
}

/** Compiled templates of a theme, with the site's own files overriding the default theme's. */
export interface Theme {
  render(layout: string, context: object): string
  has(layout: string): boolean
  /** Absolute folders holding `assets/`, default first, so site assets override theme assets. */
  assetDirs: string[]
  /** Hash input: every template file's name and text. */
  fingerprint: string
}

/**
 * Loads `layouts/*.hbs` and `partials/*.hbs` from the default theme, then from the site's theme
 * folder. A template symlinked from outside its theme folder is a `symlink-outside-site` error
 * (thrown), or with `symlinks: 'skip'` left out with a `symlink-skipped` warning.
 */
export function loadTheme(dirs: ReadonlyArray<string | undefined>, policy: SymlinkPolicy = {}): Theme {
  const handlebars = Handlebars.create()
  handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b)
  handlebars.registerHelper('year', (value: unknown) => (typeof value === 'string' ? value.slice(0, 4) : ''))
  const layouts = new Map<string, Template>()
  const partials = new Map<string, Template>()
  const existing = dirs.filter((dir): dir is string => dir !== undefined && existsSync(dir))
  const fingerprint: string[] = []
  for (const dir of existing) {
    readTemplates(join(dir, 'layouts'), layouts, policy)
    readTemplates(join(dir, 'partials'), partials, policy)
  }
  // Every template is checked once here, so an error names its file and line, not every page it breaks.
  const problems = [...layouts.values(), ...partials.values()].flatMap((template) => checkTemplate(handlebars, template, partials))
  if (problems.length > 0) throw new NichepressError('template error', problems)
  for (const [name, { source }] of partials) {
    handlebars.registerPartial(name, source)
    fingerprint.push(`partial:${name}\n${source}`)
  }
  const compiled = new Map<string, Handlebars.TemplateDelegate>()
  for (const [name, { source }] of layouts) {
    compiled.set(name, handlebars.compile(source, { strict: false, preventIndent: true }))
    fingerprint.push(`layout:${name}\n${source}`)
  }
  return {
    has: (layout) => compiled.has(layout),
    render(layout, context) {
      const template = compiled.get(layout)
      if (!template) throw new Error(`no layout ${layout}`)
      return template(context, { allowProtoPropertiesByDefault: false })
    },
    assetDirs: existing.map((dir) => join(dir, 'assets')).filter((dir) => existsSync(dir)),
    fingerprint: fingerprint.sort().join('\n'),
  }
}

/**
 * A template's syntax errors and the partials it calls that the theme does not have (`{{> nope}}`),
 * at their file, line and column. A partial block (`{{#> name}}…{{/name}}`) has its own fallback, an
 * inline partial (`{{#*inline "name"}}`) is the template's own, and a dynamic name is only known when
 * rendering: none of them is checked.
 */
function checkTemplate(handlebars: typeof Handlebars, { source, path: file }: Template, partials: ReadonlyMap<string, Template>): VFileMessage[] {
  let program: hbs.AST.Program
  try {
    program = handlebars.parse(source)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const described = error as { lineNumber?: unknown; column?: unknown }
    const line = typeof described.lineNumber === 'number' ? described.lineNumber : Number(/on line (\d+)/.exec(message)?.[1] ?? 1)
    const column = typeof described.column === 'number' ? described.column + 1 : 1
    return [templateError.create({ file, line, column }, [message])]
  }
  const inline = new Set<string>()
  const calls: Array<{ name: string; line: number; column: number }> = []
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item)
      return
    }
    if (typeof node !== 'object' || node === null) return
    const statement = node as { type?: string; name?: { type?: string; original?: unknown; value?: unknown }; path?: { original?: unknown }; params?: Array<{ value?: unknown }>; loc?: { start: { line: number; column: number } } }
    if (statement.type === 'DecoratorBlock' && statement.path?.original === 'inline' && typeof statement.params?.[0]?.value === 'string') inline.add(statement.params[0].value)
    if (statement.type === 'PartialStatement' && statement.loc) {
      const name = statement.name?.type === 'PathExpression' ? statement.name.original : statement.name?.type === 'StringLiteral' ? statement.name.value : undefined
      if (typeof name === 'string' && !name.startsWith('@')) calls.push({ name, line: statement.loc.start.line, column: statement.loc.start.column + 1 })
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') visit(value)
  }
  visit(program)
  return calls
    .filter((call) => !partials.has(call.name) && !inline.has(call.name))
    .map((call) => templateError.create({ file, line: call.line, column: call.column }, [`The partial ${call.name} could not be found: add partials/${call.name}.hbs to your theme folder, or correct the name`]))
}

// A template symlinked from outside its theme folder is refused: nothing outside the site is read.
function readTemplates(dir: string, into: Map<string, Template>, policy: SymlinkPolicy): void {
  if (!existsSync(dir)) return
  const theme = realpathSync(join(dir, '..'))
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.hbs')) continue
    const path = join(dir, name)
    let real: string
    try {
      real = realpathSync(path)
    } catch {
      continue // a dangling link: no template
    }
    if (!isWithin(real, theme)) {
      if (policy.symlinks !== 'skip') throw new NichepressError('symlink outside the theme', [symlinkOutsideSite.create({ file: path, line: 1, column: 1 }, [real])])
      policy.report?.(symlinkSkipped.create({ file: path, line: 1, column: 1 }, [real]))
      continue
    }
    into.set(name.slice(0, -'.hbs'.length), { source: readFileSync(path, 'utf8'), path })
  }
}
