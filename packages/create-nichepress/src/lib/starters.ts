import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** A starter create-nichepress can copy: a complete site in `starters/<id>/`. */
export interface Starter {
  /** Folder name below `starters/`, also the value of `--starter`. */
  readonly id: string
  /** The starter's content language, the default for `--lang`. */
  readonly language: 'de' | 'en'
  /** One line shown in the starter prompt. */
  readonly description: string
}

/** The starters, in the order the prompt lists them; the first is the default. */
export const starters = [
  { id: 'nischenblog', language: 'de', description: 'German affiliate niche blog: reviews, comparisons, how-tos, FAQ, analytics behind consent' },
  { id: 'blog', language: 'en', description: 'English personal or tech blog: minimal, no affiliate links' },
  { id: 'produkt', language: 'de', description: 'Landing page plus blog for your own e-book or course: hero, benefits, FAQ, newsletter, checkout link' },
] as const satisfies readonly Starter[]

/** The id of one of the built-in starters. */
export type StarterId = (typeof starters)[number]['id']

/** The starter with this id, or undefined. */
export function findStarter(id: string): Starter | undefined {
  return starters.find((starter) => starter.id === id)
}

// A published package carries its own copy (scripts/copy-starters.mjs runs on prepack); in the
// monorepo the starters live two folders up.
const bundledStarters = fileURLToPath(new URL('../../starters/', import.meta.url))
const workspaceStarters = fileURLToPath(new URL('../../../../starters/', import.meta.url))

/** The folder that holds the starters: the package's bundled copy, else the monorepo's `starters/`. */
export const startersDir = existsSync(bundledStarters) ? bundledStarters : workspaceStarters
