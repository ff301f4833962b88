import type { Root } from 'mdast'
import { findLinkableText } from './find-linkable-ranges.js'

/** What the links plugin learns per page while core renders it (cached with the page). */
export interface LinksFacts {
  /**
   * Linkable text as flat `[start, end, …]` offsets into what core parsed: the body prefixed with
   * `bodyLine − 1` newlines (so subtract that to get body offsets).
   */
  ranges: number[]
  /** The runs of `ranges` inside raw HTML (same offsets); missing in facts cached by older versions. */
  html?: number[]
}

interface FileLike {
  value: unknown
  data: { facts?: Record<string, unknown> }
}

/**
 * remark plugin: records where a page's body has linkable text, so suggestions reuse the parse core
 * already does (in worker threads, cached) instead of parsing every post a second time.
 */
export function remarkLinkableText() {
  return (tree: Root, file: FileLike) => {
    const facts: LinksFacts = findLinkableText(tree, String(file.value))
    file.data.facts ??= {}
    file.data.facts.links = facts
  }
}
