import { parseMarkdown } from '@nichepress/core'
import type { Html, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { scanHtml, type HtmlElement } from './html-elements.js'

/** A Markdown source file, parsed for the source rules. Lines and columns are the file's own. */
export interface SourceFile {
  relativePath: string
  /** The whole file as on disk. */
  text: string
  frontMatter: Readonly<Record<string, unknown>>
  kind: 'post' | 'page'
  /** mdast of the body (core's Markdown parser, as the renderer uses), positioned in file lines. */
  tree: Root
  /** Elements of the raw HTML in the body, positioned in the file; `offset` and `attributeRanges` in `text` when known. */
  htmlElements: ReadonlyArray<HtmlElement & { offset: number | undefined }>
  /** Raw HTML nodes with where their value starts. */
  htmlNodes: readonly Html[]
  /** Maps an offset in the parsed body to an offset in `text` (undefined when the body is not the file's tail). */
  toTextOffset(parsedOffset: number): number | undefined
}

/** Parses a page's body like core's renderer does (leading newlines keep the file's line numbers). */
export function parseSourceFile(input: { relativePath: string; text: string; body: string; bodyLine: number; frontMatter: Readonly<Record<string, unknown>>; kind: 'post' | 'page' }): SourceFile {
  const padding = input.bodyLine - 1
  const tree: Root = parseMarkdown('\n'.repeat(padding) + input.body)
  const bodyOffset = input.text.endsWith(input.body) ? input.text.length - input.body.length : undefined
  const toTextOffset = (parsedOffset: number) => (bodyOffset === undefined ? undefined : bodyOffset + parsedOffset - padding)
  const htmlNodes: Html[] = []
  const htmlElements: Array<HtmlElement & { offset: number | undefined }> = []
  visit(tree, 'html', (node: Html) => {
    htmlNodes.push(node)
    const start = node.position?.start
    if (!start) return
    for (const element of scanHtml(node.value)) {
      const attributeRanges: Record<string, { start: number; end: number }> = {}
      for (const [name, range] of Object.entries(element.attributeRanges)) {
        const rangeStart = start.offset === undefined ? undefined : toTextOffset(start.offset + range.start)
        if (rangeStart !== undefined) attributeRanges[name] = { start: rangeStart, end: rangeStart + range.end - range.start }
      }
      htmlElements.push({
        ...element,
        line: start.line + element.line - 1,
        column: element.line === 1 ? start.column + element.column - 1 : element.column,
        offset: start.offset === undefined || element.offset === undefined ? undefined : toTextOffset(start.offset + element.offset),
        attributeRanges,
      })
    }
  })
  return { relativePath: input.relativePath, text: input.text, frontMatter: input.frontMatter, kind: input.kind, tree, htmlElements, htmlNodes, toTextOffset }
}

/** Line of a top-level front matter key (`title:`), or undefined. */
export function frontMatterLine(text: string, key: string): number | undefined {
  const lines = text.split('\n')
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return undefined
  const pattern = new RegExp(`^${key}\\s*:`)
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (/^(?:---|\.\.\.)\s*$/.test(line)) return undefined
    if (pattern.test(line)) return index + 1
  }
  return undefined
}

/** Line and column of an offset within a text. */
export function placeOfOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/** Lines on which rules are switched off by `<!-- nichepress-disable-next-line [rule-id …] -->`; `all` when no id is named. */
export function disabledLines(file: SourceFile): Map<number, ReadonlySet<string> | 'all'> {
  const disabled = new Map<number, ReadonlySet<string> | 'all'>()
  for (const node of file.htmlNodes) {
    for (const match of node.value.matchAll(/<!--\s*nichepress-disable-next-line\b([^>]*?)-->/g)) {
      const before = node.value.slice(0, match.index)
      const endLine = (node.position?.start.line ?? 0) + (before.match(/\n/g)?.length ?? 0) + (match[0].match(/\n/g)?.length ?? 0)
      const ids = (match[1] ?? '').split(/[\s,]+/).filter(Boolean)
      disabled.set(endLine + 1, ids.length === 0 ? 'all' : new Set(ids))
    }
  }
  return disabled
}
