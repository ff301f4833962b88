/**
 * The one place that knows which Markdown parser nichepress uses. Everything else (the renderer,
 * lint, link suggestions) asks this module for a unified parser plugin or a parsed tree.
 *
 * - `satteri` (pinned, MIT): a Rust-built CommonMark + GFM parser whose `markdownToMdast` returns
 *   the same mdast, positions included, as remark-parse + remark-gfm, ~10× faster in this process
 *   (see docs/performance.md and tests/core/markdown-parser-equivalence.test.ts).
 * - `remark` (remark-parse + remark-gfm): the fallback, chosen automatically when a site's remark
 *   plugins extend the parser itself (micromark extensions: directives, math, …), which satteri
 *   cannot run, when satteri's prebuilt binary cannot load on this platform, or when
 *   `NICHEPRESS_MARKDOWN_PARSER=remark` asks for it.
 */
import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import remarkGfm from 'remark-gfm'
// Types only: the `micromarkExtensions` and `settings` fields remark-parse declares on unified's data.
import type {} from 'remark-parse'
import { unified, type PluggableList, type Plugin, type Processor } from 'unified'
import { cannotContainAutolinkLiterals, remarkGfmWithoutAutolinkLiterals } from './remark-gfm-without-autolink-literals.js'

/** The parsers nichepress can use. */
export type MarkdownParserName = 'satteri' | 'remark'

/** Which parser a pipeline uses and why; reported by `nichepress build --json` as `markdownParser`. */
export interface MarkdownParserChoice {
  name: MarkdownParserName
  /** Why this parser: the default, or what ruled satteri out. */
  reason: string
}

/** The part of satteri's API the adapter uses. */
export interface SatteriApi {
  markdownToMdast(source: string, options?: { features?: { frontmatter?: boolean; gfm?: boolean }; position?: boolean }): unknown
}

/** Environment variable that forces a parser (`remark` or `satteri`). */
export const parserEnvironmentVariable = 'NICHEPRESS_MARKDOWN_PARSER'

// satteri ships a native binary per platform (optional dependencies) plus a wasm build; if neither
// loads here, nichepress keeps working on remark-parse.
const satteri: SatteriApi | Error = await import('satteri').then(
  (module) => module as SatteriApi,
  (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
)

/**
 * Chooses the parser for a pipeline with these remark plugins. Pure apart from running the
 * plugins' attachers once (as unified does), so it can be tested with a simulated load failure.
 */
export function chooseMarkdownParser(
  remarkPlugins: PluggableList = [],
  options: { satteri?: SatteriApi | Error; requested?: string | undefined } = {},
): MarkdownParserChoice {
  const loaded = options.satteri ?? satteri
  const requested = options.requested ?? process.env[parserEnvironmentVariable]
  if (requested !== undefined && requested !== '' && requested !== 'satteri' && requested !== 'remark') {
    throw new Error(`${parserEnvironmentVariable}=${requested} is not a Markdown parser nichepress knows; use "satteri" or "remark", or unset it.`)
  }
  if (requested === 'remark') return { name: 'remark', reason: `${parserEnvironmentVariable}=remark` }
  const extension = parserExtensionOf(remarkPlugins)
  if (extension) return { name: 'remark', reason: extension }
  if (loaded instanceof Error) return { name: 'remark', reason: `satteri could not load on ${process.platform}-${process.arch}: ${loaded.message.split('\n')[0]}` }
  return { name: 'satteri', reason: requested === 'satteri' ? `${parserEnvironmentVariable}=satteri` : 'default' }
}

/** What in these plugins needs remark-parse (micromark or mdast-util-from-markdown extensions, a parser of their own), or undefined. */
function parserExtensionOf(remarkPlugins: PluggableList): string | undefined {
  if (remarkPlugins.length === 0) return undefined
  const probe = unified().use(remarkPlugins).freeze()
  const data = probe.data()
  if ((data.micromarkExtensions?.length ?? 0) > 0 || (data.fromMarkdownExtensions?.length ?? 0) > 0) {
    return 'a remark plugin extends the Markdown syntax (micromark extension), which only remark-parse can run'
  }
  if (probe.parser) return 'a remark plugin sets a parser of its own'
  return undefined
}

/**
 * unified plugin that parses with the chosen parser: satteri's `markdownToMdast` (remark-parse for
 * the rare document where satteri is known to parse differently, see `satteriDiffersOn`), or
 * remark-parse + remark-gfm (GFM autolink literals only where they can occur — identical output).
 */
export const markdownParser: Plugin<[MarkdownParserChoice], string, Root> = function (this: Processor, choice: MarkdownParserChoice) {
  const remark = remarkParser(this)
  if (choice.name === 'remark') {
    this.parser = remark
    return
  }
  const api = satteri
  if (api instanceof Error) throw api
  this.parser = (document: string) => {
    if (satteriDiffersOn(document)) return remark(document)
    // Front matter is split off before parsing; a body that starts with `---` is a thematic break.
    const tree = api.markdownToMdast(document, { features: { frontmatter: false } }) as Root
    // satteri can leave two text nodes side by side after an autolink literal; remark never does.
    if (!cannotContainAutolinkLiterals(document)) mergeAdjacentText(tree)
    return tree
  }
}

function mergeAdjacentText(node: Nodes): void {
  if (!('children' in node)) return
  const children = node.children as Nodes[]
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index]!
    const previous = children[index - 1]
    if (child.type === 'text' && previous?.type === 'text') {
      previous.value += child.value
      if (previous.position && child.position) previous.position = { start: previous.position.start, end: child.position.end }
      children.splice(index, 1)
    } else mergeAdjacentText(child)
  }
}

/**
 * Constructs on which satteri's tree is known to differ from remark-parse + remark-gfm in more than
 * positions (found by the seeded fuzz set of the equivalence test); documents with them are parsed
 * by remark-parse so that the HTML stays the same whichever parser is used.
 */
const satteriDifferences: ReadonlyArray<{ test: (document: string) => boolean; reason: string }> = [
  // `\**w**`: remark (and the CommonMark spec) give `*<em>w</em>*`, satteri `**w**`.
  { test: (document) => /\\[*_~][*_~]/.test(document), reason: 'escaped emphasis marker before a delimiter run' },
  // `x**😀**`: satteri counts astral-plane symbols as punctuation (CommonMark 0.31), micromark does not.
  { test: (document) => /[\u{10000}-\u{10FFFF}][*_~]|[*_~][\u{10000}-\u{10FFFF}]/u.test(document), reason: 'emoji or other astral-plane character next to an emphasis marker' },
  // `- <!-- c -->` then another item: satteri keeps the line ending in the HTML node (HTML blocks
  // that end on a terminator: comments, <script>, <pre>, <style>, <textarea>, <?…?>, <!…>, CDATA).
  {
    test: (document) => listItem.test(document) && (/<!---?>/.test(document) || htmlBlockEndInItem.test(document)),
    reason: 'HTML block ending on a terminator inside a list',
  },
  // `- [x]  ` then a line: remark keeps the hard break after the checkbox, satteri drops it.
  { test: (document) => /^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+\[[ xX]\][ \t]*(?:\r\n?|\n|$)/m.test(document), reason: 'task list checkbox alone on its line' },
  // Indented code continued by a tab-indented line after a list: satteri splits it in two.
  { test: (document) => /^ {4}.*(?:\r\n?|\n)\t/m.test(document), reason: 'indented code continued with a tab' },
  // `[^1]:` with nothing (or a backslash) after it on its line.
  { test: (document) => /\[\^[^\]]*\]:[ \t]*\\?(?:\r\n?|\n|$)/.test(document), reason: 'footnote definition with an empty first line' },
  // `http://.a`: satteri links it, remark-gfm needs a valid domain; in `xmpp:a@b.c/d@e.f` satteri
  // links all of it (as GFM spec example 634 wants), remark-gfm stops before the second `@`.
  { test: (document) => /(?<!["'=<])\bhttps?:\/\/[^\p{L}\p{N}]|xmpp:/iu.test(document), reason: 'autolink literal without a valid domain, or an xmpp: literal' },
  // A line that is only `\` then an indented HTML tag: remark keeps the indent in the HTML node.
  { test: (document) => /^[ \t>+*-]*\\(?:\r\n?|\n)[ \t]+</m.test(document), reason: 'backslash line before an indented HTML line' },
  // Old Mac line endings (a lone CR): satteri turns them into LF inside code.
  { test: (document) => /\r(?!\n)/.test(document), reason: 'lone CR line endings' },
]

const listItem = /^[ \t>]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/m
// A line inside a list item (after a marker, or indented) with an HTML block terminator, then a non-blank line.
// Linear on any line: one prefix length, the terminator looked for once (a lookahead does not backtrack;
// `<!X` without its `>` counts too, so more documents go to remark-parse, never fewer). The old form,
// `[ \t]+[^\r\n]*` before the terminator, took 48 s on one 100 KB line of spaces.
const htmlBlockEndInItem = /^(?:[ \t>]*(?:[-+*]|\d{1,9}[.)])[ \t]|[ \t])(?=[^\r\n]*(?:-->|\?>|]]>|<\/(?:script|pre|style|textarea)>|<![A-Za-z]))[^\r\n]*(?:\r\n?|\n)[ \t]*\S/im

/** Why satteri may parse `document` differently from remark-parse, or undefined when it parses it the same. */
export function satteriDiffersOn(document: string): string | undefined {
  for (const difference of satteriDifferences) if (difference.test(document)) return difference.reason
  return undefined
}

/** remark-parse + remark-gfm reading `processor`'s syntax extensions, as the previous pipeline parsed. */
function remarkParser(processor: Processor): (document: string) => Root {
  // As remark-parse + remark-gfm would, with the site plugins' own syntax extensions after GFM's
  // (read when parsing, like remark-parse, so plugins added after this one count).
  return (document) => {
    const gfm = cannotContainAutolinkLiterals(document) ? leanGfm : fullGfm
    const data = processor.data()
    return fromMarkdown(document, {
      ...data.settings,
      extensions: [...(gfm.micromarkExtensions ?? []), ...(data.micromarkExtensions ?? [])],
      mdastExtensions: [...(gfm.fromMarkdownExtensions ?? []), ...(data.fromMarkdownExtensions ?? [])],
    })
  }
}

const fullGfm = unified().use(remarkGfm).freeze().data()
const leanGfm = unified().use(remarkGfmWithoutAutolinkLiterals).freeze().data()

const processors = new Map<MarkdownParserName, Processor<Root>>()

/** Parses Markdown into mdast with the default choice (for lint and links, which add no syntax). */
export function parseMarkdown(markdown: string, choice: MarkdownParserChoice = chooseMarkdownParser()): Root {
  let processor = processors.get(choice.name)
  if (!processor) {
    processor = unified().use(markdownParser, choice).freeze() as unknown as Processor<Root>
    processors.set(choice.name, processor)
  }
  return processor.parse(markdown)
}
