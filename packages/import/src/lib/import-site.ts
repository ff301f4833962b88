import { existsSync, statSync } from 'node:fs'
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

/** Thrown when a source holds nothing to import (an empty folder, a Jekyll site without posts or pages). */
export class EmptySourceError extends UnknownSourceError {
  constructor(source: string, kind: SourceKind) {
    super(source)
    const expected = { wordpress: 'posts or pages (<item> with wp:post_type post or page)', jekyll: 'posts in _posts/ (YYYY-MM-DD-title.md), pages with front matter or output collections', hugo: 'Markdown files below content/ (or the languages\' contentDir)' }[kind]
    this.message = `"${source}" holds no ${kind} content to import: expected ${expected}. Check the path, or pass --from if it is another kind of site.`
    this.name = 'EmptySourceError'
  }
}

/** Imports a WordPress export, Jekyll site or Hugo site into memory; `writeImport` writes it. */
export function importSite(source: string, options: ImportSiteOptions = {}): ImportResult {
  const kind = options.from ?? detectSourceKind(source)
  if (kind === 'wordpress' && !(existsSync(source) && statSync(source).isFile())) throw new UnknownSourceError(source)
  options.onProgress?.({ phase: 'read', done: 0, total: 1 })
  const result = kind === 'jekyll' ? importJekyll(source, options) : kind === 'hugo' ? importHugo(source, options) : kind === 'wordpress' ? importWordpress(source, options) : undefined
  if (!result || !kind) throw new UnknownSourceError(source)
  if (result.files.length === 0 && result.siteRedirects.length === 0) throw new EmptySourceError(source, kind)
  return result
}
