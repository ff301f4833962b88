import { detectSourceKind } from './detect-source-kind.js'
import { importHugo, type HugoImportOptions } from './hugo/import-hugo.js'
import type { ImportResult, SourceKind } from './import-result.js'
import { importJekyll, type JekyllImportOptions } from './jekyll/import-jekyll.js'
import { importWordpress, type WordpressImportOptions } from './wordpress/import-wordpress.js'

/** Options of `importSite`: the kind (detected when left out) and the options of every importer. */
export interface ImportSiteOptions extends JekyllImportOptions, HugoImportOptions, WordpressImportOptions {
  from?: SourceKind | undefined
}

/** Thrown when the kind of a source cannot be told; the CLI shows the message and exits 1. */
export class UnknownSourceError extends Error {
  constructor(source: string) {
    super(`"${source}" is neither a WordPress export file (.xml), a Jekyll site (with _posts/) nor a Hugo site (with content/ and a config file). Pass --from wordpress|jekyll|hugo if it is one of them.`)
    this.name = 'UnknownSourceError'
  }
}

/** Imports a WordPress export, Jekyll site or Hugo site into memory; `writeImport` writes it. */
export function importSite(source: string, options: ImportSiteOptions = {}): ImportResult {
  const kind = options.from ?? detectSourceKind(source)
  if (kind === 'jekyll') return importJekyll(source, options)
  if (kind === 'hugo') return importHugo(source, options)
  if (kind === 'wordpress') return importWordpress(source, options)
  throw new UnknownSourceError(source)
}
