import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import Handlebars from 'handlebars'
import { isWithin } from '../content/find-markdown-files.js'
import { symlinkOutsideSite, symlinkSkipped } from '../diagnostic-catalogue.js'
import { NichepressError } from '../diagnostics.js'
import type { SymlinkPolicy } from '../output/list-static-files.js'

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
  const layouts = new Map<string, string>()
  const partials = new Map<string, string>()
  const existing = dirs.filter((dir): dir is string => dir !== undefined && existsSync(dir))
  const fingerprint: string[] = []
  for (const dir of existing) {
    readTemplates(join(dir, 'layouts'), layouts, policy)
    readTemplates(join(dir, 'partials'), partials, policy)
  }
  for (const [name, source] of partials) {
    handlebars.registerPartial(name, source)
    fingerprint.push(`partial:${name}\n${source}`)
  }
  const compiled = new Map<string, Handlebars.TemplateDelegate>()
  for (const [name, source] of layouts) {
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

// A template symlinked from outside its theme folder is refused: nothing outside the site is read.
function readTemplates(dir: string, into: Map<string, string>, policy: SymlinkPolicy): void {
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
    into.set(name.slice(0, -'.hbs'.length), readFileSync(path, 'utf8'))
  }
}
