import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import type { VFileMessage } from 'vfile-message'
import { basePathCssUrl } from '../diagnostic-catalogue.js'

// `url(/a.png)`, `url("/a.png")`, `@import "/b.css"`: a root path CSS loads from the host's root.
const cssRootUrl = /(?:url\(\s*|@import\s+)(['"]?)(\/(?![/\\])[^'")\s;]*)/gi

/** The root paths a piece of CSS loads (`url(/a.png)`, `@import "/b.css"`), with their index in `css`. */
export function cssRootPaths(css: string): Array<{ url: string; index: number }> {
  return [...css.matchAll(cssRootUrl)].map((match) => {
    const url = match[2] ?? ''
    return { url, index: (match.index ?? 0) + match[0].length - url.length }
  })
}

/**
 * `base-path-css-url` warnings for the stylesheets a site in a folder copies (static files, theme
 * assets): their root paths are copied as written and would load from the host's root.
 */
export function stylesheetRootPathMessages(files: Iterable<string>, basePath: string, root: string): VFileMessage[] {
  if (basePath === '') return []
  const messages: VFileMessage[] = []
  for (const file of files) {
    if (!file.toLowerCase().endsWith('.css')) continue
    const css = readFileSync(file, 'utf8')
    for (const found of cssRootPaths(css)) {
      const before = css.slice(0, found.index)
      const where = relative(root, file)
      messages.push(basePathCssUrl.create({ file: where, line: before.split('\n').length, column: found.index - before.lastIndexOf('\n') }, [found.url, basePath, `The stylesheet ${where}`]))
    }
  }
  return messages
}
