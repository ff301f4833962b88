import { posix } from 'node:path'
import { knownValues, UndecidableLiquid } from './liquid-drops.js'

/** One document of a collection as the importer read it. */
export interface CollectionDocument {
  collection: string
  /** Below the collection folder, without extension (`mit`, `guides/setup`). */
  path: string
  /** From the site folder (`_licenses/mit.txt`). */
  relativePath: string
  url: string
  frontMatter: Readonly<Record<string, unknown>>
}

// What Jekyll computed while building (rendered text); unknown to the import.
const builtKeys = ['content', 'output', 'excerpt']

/**
 * A collection's documents as Liquid saw them in `site.<label>`: each front matter (with
 * `defaults`) and `url`, `id`, `path`, `relative_path`, `collection`, `slug`, `ext`; sorted by date,
 * then path, as Jekyll sorts them. Reading what the build made (`content`, `excerpt`, `next`; a
 * `date` the front matter lacks, which is the build's time) is undecidable.
 */
export function liquidDocuments(documents: readonly CollectionDocument[]): Array<Record<string, unknown>> {
  return [...documents]
    .sort((first, second) => dateKey(first).localeCompare(dateKey(second)) || first.relativePath.localeCompare(second.relativePath))
    .map((document) => {
      const basename = posix.basename(document.path)
      const slug = typeof document.frontMatter.slug === 'string' ? document.frontMatter.slug : basename
      const values: Record<string, unknown> = {
        ...document.frontMatter,
        url: document.url,
        // Jekyll: `File.join(File.dirname(url), slug)` (`/licenses/mit/` → `/licenses/mit`).
        id: posix.join(posix.dirname(document.url), slug),
        path: document.relativePath,
        relative_path: document.relativePath,
        collection: document.collection,
        slug,
        ext: posix.extname(document.relativePath),
        // The neighbours are drops that stop at any key: liquidjs itself reads `.next` of every value (iterators).
        next: knownValues(`${document.relativePath}'s next`, {}),
        previous: knownValues(`${document.relativePath}'s previous`, {}),
      }
      const unknownKeys = [...builtKeys, ...(Object.hasOwn(document.frontMatter, 'date') ? [] : ['date'])]
      for (const key of unknownKeys) {
        Object.defineProperty(values, key, {
          enumerable: true,
          get: () => {
            throw new UndecidableLiquid(`${document.relativePath}'s ${key}`)
          },
        })
      }
      return values
    })
}

function dateKey(document: CollectionDocument): string {
  const date = document.frontMatter.date
  return date instanceof Date ? date.toISOString() : typeof date === 'string' ? date : ''
}

/**
 * The values `defaults:` in `_config.yml` gives a file (Jekyll's front matter defaults): each
 * entry whose `scope.path` contains the file and whose `scope.type` (`pages`, `posts`, a
 * collection) matches, later entries winning; the file's own front matter wins over all.
 */
export function frontMatterDefaults(config: Readonly<Record<string, unknown>>, relativePath: string, type: string): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  for (const entry of Array.isArray(config.defaults) ? config.defaults : []) {
    if (typeof entry !== 'object' || entry === null) continue
    const { scope, values: entryValues } = entry as { scope?: unknown; values?: unknown }
    const { path = '', type: scopeType } = (typeof scope === 'object' && scope !== null ? scope : {}) as { path?: unknown; type?: unknown }
    if (typeof path !== 'string' || (scopeType !== undefined && scopeType !== type)) continue
    const folder = path.replace(/^\/+|\/+$/g, '')
    const matches = folder === '' || relativePath === folder || relativePath.startsWith(`${folder}/`) || (folder.includes('*') && globMatches(folder, relativePath))
    if (matches && typeof entryValues === 'object' && entryValues !== null) Object.assign(values, entryValues)
  }
  return values
}

function globMatches(glob: string, path: string): boolean {
  const pattern = new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}(?:/|$)`)
  return pattern.test(path)
}
