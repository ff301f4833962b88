import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import type { VFile } from 'vfile'
import type { TocEntry } from '../content/page.js'
import { linksOf, siteImagesOf } from './resolve-links.js'
import { eachElement } from './walk.js'

const excerptLength = 300

/** rehype plugin: headings for the table of contents, the first paragraph, word count, links, the site's images. */
export function collectFacts() {
  return (tree: Root, file: VFile) => {
    const toc: TocEntry[] = []
    let excerpt = ''
    eachElement(tree, (node: Element) => {
      if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') {
        toc.push({ depth: Number(node.tagName[1]), id: node.properties.id, text: toString(node).trim() })
      } else if (node.tagName === 'p' && excerpt === '') {
        excerpt = toString(node).replace(/\s+/g, ' ').trim().slice(0, excerptLength)
      }
    })
    const text = toString(tree)
    const wordCount = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
    file.data.rendered = { toc, excerpt, wordCount, links: linksOf.get(file) ?? [], images: siteImagesOf(tree, file.data.url ?? '/') }
  }
}
