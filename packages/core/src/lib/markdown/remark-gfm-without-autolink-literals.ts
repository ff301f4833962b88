import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import type { Processor } from 'unified'

// A link destination `[text](url)` (not escaped, no spaces): its URL is a link already, never a literal.
// The text stops at the next `[` as well, so a line of `[[[[` is scanned once, not once per bracket
// (46 s on 100 KB); a nested link keeps its outer URL, which only sends the page the full GFM way.
const linkWithDestination = /(?<!\\)\[[^[\]\n]*\]\([^\s()]*\)/g
// Everything GFM autolink literals start from: `www.`, a scheme's `://`, and `@` of an e-mail address.
const autolinkLiteralTrigger = /www\.|:\/\/|@/i

/**
 * True when GFM autolink literals cannot occur in `markdown`, so parsing may leave out that
 * extension — the costliest part of GFM parsing — with identical output.
 */
export function cannotContainAutolinkLiterals(markdown: string): boolean {
  return !autolinkLiteralTrigger.test(markdown.replace(linkWithDestination, ''))
}

/** remark-gfm without autolink literals: tables, strikethrough, footnotes, task lists, in remark-gfm's order. */
export function remarkGfmWithoutAutolinkLiterals(this: Processor) {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem())
  ;(data.fromMarkdownExtensions ??= []).push(
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  )
}
