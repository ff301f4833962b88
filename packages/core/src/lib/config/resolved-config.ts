import type { NichepressPlugin } from '../plugin.js'
import type { TextLanguage } from '../content/language.js'
import type { CoreConfig } from './config-schema.js'

/** A validated config with absolute folders, its plugins and their validated sections. */
export interface ResolvedConfig extends Omit<CoreConfig, 'plugins' | 'textLanguage'> {
  /**
   * The language of nichepress's own texts for pages in `language`: the config's `textLanguage`, else
   * the primary subtag of `language` when it is de or en, else `en` (and `textLanguageDefaulted`).
   */
  textLanguage: TextLanguage
  /** True when `language` implies no text language and the config names none: the build warns. */
  textLanguageDefaulted: boolean
  /** Absolute site folder. */
  root: string
  /** Absolute path of the config file. */
  configFile: string
  /** Absolute folders. */
  paths: { content: string; out: string; static: string; theme: string; defaultTheme: string | undefined }
  plugins: readonly NichepressPlugin[]
  /** Each plugin's validated options, by config key. */
  sections: Readonly<Record<string, unknown>>
  /** Hash of everything in the config that can change output; part of the cache key. */
  hash: string
  /** The preset module (see `loadConfig`), passed on to render workers. */
  preset: string | undefined
}
