/**
 * A folder Hugo reads content from: `source` (relative to the site) appears at `target` below the
 * content root (`''` for the root itself, `blog` for a mount into `content/blog`).
 */
export interface HugoContentRoot {
  source: string
  target: string
  /** The languages whose content it is (`lang`, `sites.matrix.languages`, a language's `contentDir`); empty: the default one. */
  languages: string[]
  /** Whether a file (path relative to `source`) is mounted: `includeFiles`, `excludeFiles`, `files`. */
  isMounted: (path: string) => boolean
}

/**
 * Where Hugo reads content from. `[[module.mounts]]` whose target is `content` or a folder below
 * it (`content/blog`) replace the default `content` folder: "Defining a mount for a component within
 * a project configuration removes the default mount for that component"
 * (https://gohugo.io/configuration/module/#default-mounts). Without such mounts, each language's
 * `contentDir` (default: the site's `contentDir`, else `content`) is its root.
 */
export function hugoContentRoots(config: Readonly<Record<string, unknown>>, languageDirs: ReadonlyArray<{ code: string; contentDir: string }>): HugoContentRoot[] {
  const mounts = recordOf(config.module).mounts
  const roots: HugoContentRoot[] = []
  for (const mount of Array.isArray(mounts) ? mounts : []) {
    const entry = recordOf(mount)
    const source = typeof entry.source === 'string' ? cleanPath(entry.source) : ''
    const target = typeof entry.target === 'string' ? cleanPath(entry.target) : ''
    if (source === '' || (target !== 'content' && !target.startsWith('content/'))) continue
    const languages = [...listOf(entry.lang), ...listOf(recordOf(recordOf(entry.sites).matrix).languages)].map((code) => code.toLowerCase())
    roots.push({ source, target: target.slice('content'.length).replace(/^\//, ''), languages, isMounted: fileFilter(entry) })
  }
  if (roots.length > 0) return roots
  const byDir = new Map<string, string[]>()
  for (const { code, contentDir } of languageDirs) byDir.set(contentDir, [...(byDir.get(contentDir) ?? []), code])
  return [...byDir].map(([source, languages]) => ({ source, target: '', languages, isMounted: () => true }))
}

/** A mount's file filter: `files` (Hugo 0.153; `! ` excludes), else `includeFiles` and `excludeFiles`. */
function fileFilter(mount: Readonly<Record<string, unknown>>): (path: string) => boolean {
  const files = listOf(mount.files)
  if (files.length > 0) {
    const rules = files.map((glob) => ({ exclude: glob.startsWith('!'), pattern: globPattern(glob.replace(/^!\s*/, '')) }))
    const includes = rules.filter((rule) => !rule.exclude)
    return (path) => (includes.length === 0 || includes.some((rule) => rule.pattern.test(path))) && !rules.some((rule) => rule.exclude && rule.pattern.test(path))
  }
  const include = listOf(mount.includefiles ?? mount.includeFiles).map(globPattern)
  const exclude = listOf(mount.excludefiles ?? mount.excludeFiles).map(globPattern)
  return (path) => (include.length === 0 || include.some((pattern) => pattern.test(path))) && !exclude.some((pattern) => pattern.test(path))
}

/** A Hugo (gobwas) glob over a mount-relative path: `*` within a folder, `**` across folders, `{a,b}`, `?`. */
function globPattern(glob: string): RegExp {
  let pattern = ''
  const text = glob.trim().replace(/^\/+/, '')
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? ''
    if (text.startsWith('**', index)) {
      pattern += '.*'
      index++
    } else if (character === '*') pattern += '[^/]*'
    else if (character === '?') pattern += '[^/]'
    else if (character === '{') pattern += '(?:'
    else if (character === '}') pattern += ')'
    else if (character === ',' && pattern.lastIndexOf('(?:') > pattern.lastIndexOf(')')) pattern += '|'
    else pattern += character.replace(/[.+^$()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${pattern}$`)
}

function cleanPath(path: string): string {
  return path.trim().replace(/^\.?\/+/, '').replace(/\/+$/, '')
}

function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string')
  return typeof value === 'string' ? [value] : []
}
