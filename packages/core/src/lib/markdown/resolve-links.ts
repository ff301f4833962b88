import { posix } from 'node:path'
import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import type { VFile } from 'vfile'
import type { InternalLink } from '../content/page.js'
import { refusedScheme, schemeOf } from './unsafe-html.js'
import { eachElement } from './walk.js'

/** Prefix of an href that still names a Markdown source; core swaps in the page's URL. */
export const sourceHrefPrefix = 'np-src:'

const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * rehype plugin: records every internal link with its position, marks links to `.md` files
 * for URL substitution, and drops other hrefs with protocols outside the allowlist (`ftp:`, `file:`);
 * those that run script (`javascript:`) are left for `guardContentHtml` to remove and report.
 */
export function resolveLinks() {
  return (tree: Root, file: VFile) => {
    const links: InternalLink[] = []
    const relativePath = file.data.relativePath ?? ''
    const pageUrl = file.data.url ?? '/'
    eachElement(tree, (node: Element) => {
      const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined
      if (!attribute) return
      const value = node.properties[attribute]
      if (typeof value !== 'string') return
      const href = value.trim()
      // As a browser reads it: `java\tscript:` is a scheme too.
      const scheme = schemeOf(href)
      if (scheme !== undefined) {
        // A URL that runs script is removed and reported as an error by guardContentHtml, after the plugins.
        if (!allowedProtocols.has(`${scheme}:`) && !refusedScheme(node.tagName, href)) delete node.properties[attribute]
        return
      }
      if (href.startsWith('//') || href.startsWith('#') || href === '' || attribute === 'src') return
      const [path = '', fragment] = splitFragment(href)
      const line = node.position?.start.line
      const column = node.position?.start.column
      const text = toString(node)
      if (path.endsWith('.md')) {
        const sourceTarget = path.startsWith('/')
          ? posix.normalize(path.slice(1))
          : posix.normalize(posix.join(posix.dirname(relativePath), decodeURIComponent(path)))
        node.properties[attribute] = `${sourceHrefPrefix}${sourceTarget}${fragment === undefined ? '' : `#${fragment}`}`
        links.push({ target: '', sourceTarget, line, column, text })
        return
      }
      const target = sitePath(path, pageUrl)
      links.push({ target: target === '' ? '/' : target, line, column, text })
    })
    file.data.facts ??= {}
    linksOf.set(file, links)
  }
}

/**
 * The images of the site in a finished content tree (`<img src>`, as root paths), read after every
 * plugin (a plugin may rewrite a source), so that each can be checked to exist once the site is known.
 */
export function siteImagesOf(tree: Root, pageUrl: string): InternalLink[] {
  const images: InternalLink[] = []
  eachElement(tree, (node: Element) => {
    if (node.tagName !== 'img') return
    const value = node.properties['src']
    if (typeof value !== 'string') return
    const src = value.trim()
    if (src === '' || src.startsWith('//') || src.startsWith('#') || schemeOf(src) !== undefined) return
    const [path = ''] = splitFragment(src)
    if (path === '') return
    images.push({ target: sitePath(path, pageUrl), line: node.position?.start.line, column: node.position?.start.column, text: typeof node.properties['alt'] === 'string' ? node.properties['alt'] : '' })
  })
  return images
}

/** A link's or image's path as a root path: a relative one is read from the page's URL. */
function sitePath(path: string, pageUrl: string): string {
  return path.startsWith('/') ? path : posix.normalize(posix.join(pageUrl, path))
}

/** Links found by `resolveLinks`, read by `collectFacts`. */
export const linksOf = new WeakMap<VFile, InternalLink[]>()

function splitFragment(href: string): [string, string | undefined] {
  const index = href.search(/[?#]/)
  if (index === -1) return [href, undefined]
  const hash = href.indexOf('#')
  return [href.slice(0, index), hash === -1 ? undefined : href.slice(hash + 1)]
}
