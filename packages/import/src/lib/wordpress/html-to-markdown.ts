import type { Element, Root as HastRoot } from 'hast'
import { toHtml } from 'hast-util-to-html'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { embedHtml, parseEmbedUrl } from '../embed-providers.js'
import type { Reporter } from '../report-rules.js'
import { convertShortcodes } from './convert-shortcodes.js'

/** What HTML conversion needs besides the HTML. */
export interface HtmlToMarkdownContext {
  file: string
  reporter: Reporter
  /** Cloaked affiliate paths (`/recommends/tent/`) and where they lead. */
  cloakedLinks: ReadonlyMap<string, string>
}

// Markdown has no form for these; they stay HTML (and finishImport lists them).
const rawElements = new Set(['iframe', 'script', 'video', 'audio', 'object', 'embed', 'form', 'noscript', 'style', 'details', 'svg'])
const blockEmbedPattern = /<!--\s*wp:(?:core-)?embed(?:\/[\w-]+)?\s+(\{[\s\S]*?\})\s*\/?-->[\s\S]*?<!--\s*\/wp:(?:core-)?embed(?:\/[\w-]+)?\s*-->/g
const blockCommentPattern = /<!--\s*\/?wp:[\s\S]*?-->/g
// A GFM table cell holds one line: a table with lists or paragraphs in its cells stays HTML.
const blockTableName = 'nichepress-block-table'
const cellBlockElements = new Set(['ul', 'ol', 'dl', 'p', 'div', 'table', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'hr'])

const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeRemark, {
    handlers: {
      ...Object.fromEntries([...rawElements].map((tagName) => [tagName, (_state: unknown, node: Element) => ({ type: 'html' as const, value: toHtml(node) })])),
      [blockTableName]: (_state: unknown, node: Element) => ({ type: 'html' as const, value: toHtml({ ...node, tagName: 'table' }) }),
    },
  })
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', listItemIndent: 'one' })

/**
 * Converts the HTML of a WordPress post to Markdown: Gutenberg embed blocks and shortcodes
 * become iframes, other block comments go, classic-editor line breaks become paragraphs,
 * cloaked affiliate links point at their destination, and what Markdown cannot say stays HTML.
 */
export function htmlToMarkdown(html: string, context: HtmlToMarkdownContext): string {
  const isBlockEditor = /<!--\s*wp:/.test(html)
  let source = html.replace(/\r\n?/g, '\n').replace(blockEmbedPattern, (match, json: string) => blockEmbed(match, json, context))
  source = source.replace(blockCommentPattern, '').replace(/<!--more-->/g, '')
  source = convertShortcodes(source, context.file, context.reporter)
  source = autoEmbed(source, context)
  if (!isBlockEditor) source = autoParagraphs(source)
  const tree = processor.parse(source) as HastRoot
  keepBlockTables(tree)
  uncloakLinks(tree, context)
  const markdown = processor.stringify(processor.runSync(tree))
  return markdown.trim()
}

function blockEmbed(match: string, json: string, context: HtmlToMarkdownContext): string {
  let url = ''
  try {
    const attributes = JSON.parse(json) as { url?: unknown }
    url = typeof attributes.url === 'string' ? attributes.url : ''
  } catch {
    return match
  }
  const embed = parseEmbedUrl(url)
  if (!embed) return match
  const html = embedHtml(embed.provider, embed.id, { startSeconds: embed.startSeconds })
  context.reporter.add('embedConverted', context.file, `The ${embed.provider.name} embed block is now an iframe.`, { original: url, replacement: html })
  return `\n\n${html}\n\n`
}

// WordPress turns a platform URL alone on its line into a player ("auto-embed").
function autoEmbed(html: string, context: HtmlToMarkdownContext): string {
  return html.replace(/^[ \t]*(https?:\/\/\S+)[ \t]*$/gm, (line, url: string) => {
    const embed = parseEmbedUrl(url)
    if (!embed) return line
    const iframe = embedHtml(embed.provider, embed.id, { startSeconds: embed.startSeconds })
    context.reporter.add('embedConverted', context.file, `The ${embed.provider.name} URL on its own line (WordPress auto-embed) is now an iframe.`, { original: url, replacement: iframe })
    return `\n${iframe}\n`
  })
}

// A small wpautop: the classic editor stores paragraphs as blank-line-separated text.
function autoParagraphs(html: string): string {
  return html
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => (/^<(?:p|div|h[1-6]|ul|ol|li|table|blockquote|pre|figure|iframe|script|hr|form|video|audio|dl)\b/i.test(block) ? block : `<p>${block.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n\n')
}

function keepBlockTables(tree: HastRoot): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'table') return
    let hasBlockCell = false
    visit(node, 'element', (cell: Element) => {
      if ((cell.tagName === 'td' || cell.tagName === 'th') && cell.children.some((child) => child.type === 'element' && cellBlockElements.has(child.tagName))) hasBlockCell = true
    })
    if (hasBlockCell) node.tagName = blockTableName
  })
}

function uncloakLinks(tree: HastRoot, context: HtmlToMarkdownContext): void {
  if (context.cloakedLinks.size === 0) return
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return
    const href = node.properties.href
    let path: string
    try {
      path = new URL(href, 'https://cloaked.invalid').pathname.replace(/\/?$/, '/')
    } catch {
      return
    }
    const destination = context.cloakedLinks.get(path)
    if (!destination) return
    node.properties.href = destination
    context.reporter.add('affiliateLinkUncloaked', context.file, `The cloaked link ${href} now points to ${destination}.`, { original: href, replacement: destination })
  })
}
