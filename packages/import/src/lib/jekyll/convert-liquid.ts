import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { embedHtml, findEmbedProvider, parseEmbedArgument } from '../embed-providers.js'
import { sourceReferencePrefix } from '../finish-import.js'
import { gistLink } from '../third-party-links.js'
import type { Reporter } from '../report-rules.js'
import { evaluateLiquid, type LiquidScope, printedText, renderLiquid } from './evaluate-liquid.js'
import { jekyllTagEnd, jekyllTagStart } from './jekyll-tags.js'
import { UndecidableLiquid } from './liquid-drops.js'

/** What Liquid conversion needs to know. */
export interface LiquidContext {
  file: string
  /** Line of the source file where the body starts. */
  bodyLine: number
  reporter: Reporter
  siteUrl: string | undefined
  baseUrl: string
  /** The Jekyll site folder; `{% include %}` files are read from its `_includes/`. */
  root?: string | undefined
  /** How many includes deep this text is (inlining stops at 5). */
  depth?: number | undefined
  /** `site.…` other than `url` and `baseurl`: `_config.yml`'s values and `data`, the data folder (`readDataFolder`). */
  site?: Readonly<Record<string, unknown>> | undefined
  /** The site's `timezone`, for the `date` filter. */
  timeZone?: string | undefined
  /** The page's own front matter: `{{ page.lang }}` is its `lang` (a multilingual site's links, `/{{ page.lang }}/news/`). */
  pageData?: Readonly<Record<string, unknown>> | undefined
  /** Receives each piece of Liquid that decides what the page shows and stays as text. */
  findings?: LiquidFinding[] | undefined
  /** Tags the site's `_plugins/` define: what they print decides the page (a finding). */
  pluginTags?: ReadonlySet<string> | undefined
  /** The page's assigns and open blocks, shared with its includes (made by `convertLiquid`). */
  state?: LiquidState | undefined
}

/** A piece of Liquid the import could not run that decides what the page shows. */
export interface LiquidFinding {
  /** A loop over posts, pages or a collection; other logic (`if`, `for` over data, `capture`…); an unknown value in a link target. */
  kind: 'lists-posts' | 'logic' | 'value-in-link'
  line: number
  column: number
  /** The tag or expression, first line. */
  original: string
  /** Why the import could not run it (`site.posts was only known to Jekyll`), when it tried. */
  reason?: string | undefined
}

interface LiquidState {
  locals: Map<string, unknown>
  openBlocks: number
}

const highlightPattern = /\{%-?\s*highlight\s+([\w+-]+)[^%]*%\}\n?([\s\S]*?)\n?\{%-?\s*endhighlight\s*-?%\}/g
const liquidPattern = /\{%-?\s*([a-zA-Z_][\w-]*)\s*([\s\S]*?)\s*-?%\}|\{\{-?\s*([^}]*?)\s*-?\}\}/g
const fencePattern = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm
// Tags that decide what the page shows; `end…` closes the first six.
const blockTags = new Set(['for', 'if', 'unless', 'case', 'capture', 'tablerow'])
const flowTags = new Set(['when', 'else', 'elsif', 'break', 'continue', 'cycle', 'increment', 'decrement'])
// A loop over the site's posts, pages or the paginator (not over `site.data` or a collection).
const listingLoop = /\bin\s+\(?\s*(?:site\s*\.\s*(?:posts|pages|html_pages|documents|related_posts|categories|tags)\b|paginator\.)/

/**
 * Converts the Liquid Jekyll ran over a post: embed tags become iframes, `highlight` becomes a
 * fenced block, `post_url`/`link` become source references, `comment` blocks go, an `assign` or an
 * output that depends on the site, the page and earlier assigns only (`{{ site.repository }}`,
 * `{{ '/docs/' | relative_url }}`, `{% assign r = site.data.releases | where: "version", "3.2.3" | first %}`)
 * its value. Every other tag or expression stays as text and is reported; what decides the page's
 * content (loops, conditions, values in link targets) is also put on `context.findings`.
 * `{% raw %}` regions are left untouched.
 */
export function convertLiquid(body: string, context: LiquidContext): string {
  const state = context.state ?? { locals: new Map<string, unknown>(), openBlocks: 0 }
  let offset = 0
  return splitRawAndComments(body)
    .map(({ text: part, isRaw }) => {
      const start = offset
      offset += part.length
      if (isRaw && /^\{%-?\s*comment/.test(part)) {
        context.reporter.add('shortcodeConverted', context.file, 'A {% comment %} block is gone: Jekyll printed nothing for it.', { line: lineAt(body, start, context) })
        return ''
      }
      if (isRaw) {
        context.reporter.add('shortcodeConverted', context.file, 'A {% raw %} block is now plain text.', { line: lineAt(body, start, context) })
        return part.replace(/^\{%-?\s*raw\s*-?%\}/, '').replace(/\{%-?\s*endraw\s*-?%\}$/, '')
      }
      return convertPart(part, body, start, { ...context, state })
    })
    .join('')
}

const rawOrCommentPattern = /\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\}|\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g

// `{% raw %}` and `{% comment %}` regions, except those inside a block that may run at import (it runs them itself).
function splitRawAndComments(body: string): Array<{ text: string; isRaw: boolean }> {
  const regions = [...body.matchAll(rawOrCommentPattern)].map((match) => [match.index, match.index + match[0].length] as const)
  const blocks = topLevelBlocks(body, regions)
  const parts: Array<{ text: string; isRaw: boolean }> = []
  let at = 0
  for (const [start, end] of regions) {
    if (blocks.some((block) => start > block.start && end <= block.end)) continue
    parts.push({ text: body.slice(at, start), isRaw: false }, { text: body.slice(start, end), isRaw: true })
    at = end
  }
  parts.push({ text: body.slice(at), isRaw: false })
  return parts
}

/**
 * The outermost `for`, `if`, `unless`, `case`, `capture` and `tablerow` blocks of a text, each
 * from its opening tag to the end of its closing tag; tags in `skipped` regions do not count.
 * An unclosed block is left out.
 */
function topLevelBlocks(text: string, skipped: ReadonlyArray<readonly [number, number]>): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = []
  let depth = 0
  let start = 0
  for (const match of text.matchAll(liquidPattern)) {
    const name = match[1]
    if (name === undefined || skipped.some(([from, to]) => match.index >= from && match.index < to)) continue
    if (blockTags.has(name)) {
      if (depth === 0) start = match.index
      depth++
    } else if (/^end/.test(name) && blockTags.has(name.slice(3)) && depth > 0) {
      depth--
      if (depth === 0) blocks.push({ start, end: match.index + match[0].length })
    }
  }
  return blocks
}

function convertPart(part: string, body: string, partOffset: number, context: LiquidContext & { state: LiquidState }): string {
  const line = (offset: number) => lineAt(body, partOffset + offset, context)
  const text = part.replace(highlightPattern, (match, language: string, code: string, offset: number) => {
    context.reporter.add('shortcodeConverted', context.file, `{% highlight ${language} %} is now a fenced code block.`, { line: line(offset), original: firstLine(match) })
    return `\`\`\`${language}\n${code}\n\`\`\``
  })
  // Liquid in fenced code is an example in the text, not what the page does.
  const fences = [...text.matchAll(fencePattern)].map((match) => [match.index, match.index + match[0].length] as const)
  const isInFence = (offset: number) => fences.some(([start, end]) => offset >= start && offset < end)
  const blocks = new Map(topLevelBlocks(text, fences).map((block) => [block.start, block.end]))
  const { state } = context
  const scope: LiquidScope = { siteUrl: context.siteUrl, baseUrl: context.baseUrl, site: context.site, pageData: context.pageData, locals: state.locals, root: context.root, timeZone: context.timeZone, pluginTags: context.pluginTags }
  let output = ''
  let at = 0
  const pattern = new RegExp(liquidPattern.source, 'g')
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const offset = match.index
    output += text.slice(at, offset)
    at = offset + match[0].length
    const place = { line: line(offset), column: columnAt(text, offset) }
    const blockEnd = state.openBlocks === 0 && !isInFence(offset) ? blocks.get(offset) : undefined
    let reason: string | undefined
    if (blockEnd !== undefined) {
      // A block on lines of its own is run with them, so that its tag lines go (`withoutTagLines`).
      const lineStart = output.lastIndexOf('\n') + 1
      const isOwnLines = /^[ \t]*$/.test(output.slice(lineStart))
      const trailing = isOwnLines ? (/^[ \t]*\r?\n/.exec(text.slice(blockEnd))?.[0] ?? '') : ''
      const run = renderLiquid(`${isOwnLines ? output.slice(lineStart) : ''}${text.slice(offset, blockEnd)}${trailing}`, scope)
      if ('text' in run) {
        for (const [variable, value] of run.assigned) state.locals.set(variable, value)
        context.reporter.add('liquidRun', context.file, `${firstLine(match[0])} ran at import with the site's data and the page's front matter; what it printed is now the page's text.`, { ...place, original: firstLine(match[0]) })
        ;[output, at] = placeOnLine(isOwnLines ? output.slice(0, lineStart) : output, convertJekyllTags(run.text, place.line, context), text, blockEnd + trailing.length)
        pattern.lastIndex = at
        continue
      }
      reason = run.reason
    }
    ;[output, at] = placeOnLine(output, convertMatch(match, offset, place, reason, text, scope, context, isInFence), text, at)
  }
  return output + text.slice(at)
}

/**
 * Appends what a tag or block became; when that leaves its line blank (an `assign` on a line of
 * its own), the line goes: a blank line ends an HTML block in Markdown, which Jekyll's kramdown did not.
 */
function placeOnLine(output: string, replacement: string, text: string, after: number): [string, number] {
  const lineStart = output.lastIndexOf('\n') + 1
  const rest = /^[ \t]*(?:\r?\n|$)/.exec(text.slice(after))
  if (lineStart > 0 && rest !== null && /^[ \t]*$/.test(output.slice(lineStart) + replacement)) return [output.slice(0, lineStart), after + rest[0].length]
  return [output + replacement, after]
}

// What a block run at import printed for Jekyll's own tags (`post_url`, `highlight`, embeds) is converted as on the page.
function convertJekyllTags(text: string, line: number, context: LiquidContext & { state: LiquidState }): string {
  const tagPattern = new RegExp(`${jekyllTagStart}([\\s\\S]*?)${jekyllTagEnd}`, 'g')
  return text.replace(tagPattern, (_match, tag: string) => convertLiquid(tag, { ...context, bodyLine: line }))
}

function convertMatch(
  match: RegExpExecArray,
  offset: number,
  place: { line: number; column: number },
  reason: string | undefined,
  text: string,
  scope: LiquidScope,
  context: LiquidContext & { state: LiquidState },
  isInFence: (offset: number) => boolean,
): string {
  const [whole, name, argument, expression] = match
  const { state } = context
  const find = (kind: LiquidFinding['kind']) => {
    if (!isInFence(offset)) context.findings?.push({ kind, ...place, original: firstLine(whole), reason })
  }
  if (name === undefined) return convertOutput(whole, expression ?? '', text.slice(text.lastIndexOf('\n', offset) + 1, offset), place, scope, context, find)
  if (name === 'assign' && state.openBlocks === 0) {
    const [, variable = '', value = ''] = /^([\w-]+)\s*=\s*([\s\S]+)$/.exec(argument ?? '') ?? []
    const computed = variable === '' ? undefined : evaluateLiquid(value, scope)
    if (computed !== undefined) {
      state.locals.set(variable, computed)
      context.reporter.add('shortcodeConverted', context.file, `{% assign ${variable} %} is computed from the site's data; the page prints its values.`, { line: place.line, original: whole })
      return ''
    }
    state.locals.delete(variable)
  }
  const isEnd = /^end/.test(name) && blockTags.has(name.slice(3))
  if (blockTags.has(name) || flowTags.has(name) || name === 'assign' || isEnd) {
    if (blockTags.has(name)) state.openBlocks++
    if (isEnd) state.openBlocks = Math.max(0, state.openBlocks - 1)
    if (isEnd) return whole
    find(name === 'for' && listingLoop.test(argument ?? '') ? 'lists-posts' : 'logic')
    context.reporter.add('shortcodeKept', context.file, `The Liquid tag {% ${name} %} has no nichepress equivalent and stays as text${reason === undefined ? '' : ` (${reason})`}.`, { line: place.line, original: whole })
    return whole
  }
  const before = context.findings?.length ?? 0
  const converted = convertTag(name, argument ?? '', whole, place.line, context)
  // What an included file decides is reported at the include tag.
  const findings = context.findings ?? []
  for (let index = before; index < findings.length; index++) findings[index] = { ...findings[index]!, ...place, original: `${firstLine(whole)}: ${findings[index]!.original}` }
  if (converted === undefined && context.pluginTags?.has(name)) find('logic')
  return converted ?? whole
}

function convertOutput(match: string, expression: string, lineBefore: string, place: { line: number }, scope: LiquidScope, context: LiquidContext, find: (kind: LiquidFinding['kind']) => void): string {
  const value = printedText(evaluateLiquid(expression, scope))
  if (value === undefined) {
    // In a link or image target, an attribute value or an autolink, the text would be a broken link.
    if (/(?:\]\(|\b(?:href|src|srcset|action)\s*=\s*["']?|<)[^\s)"'<>]*$/i.test(lineBefore)) find('value-in-link')
    context.reporter.add('shortcodeKept', context.file, `The Liquid expression ${match} stays as text.`, { line: place.line, original: match })
    return match
  }
  context.reporter.add('templateOutputReplaced', context.file, `${match} is now "${value}".`, { line: place.line, original: match, replacement: value })
  return value
}

function convertTag(name: string, argument: string, match: string, line: number, context: LiquidContext): string | undefined {
  const provider = findEmbedProvider(name) ?? embedProviderOfInclude(name, argument)
  if (provider) {
    const words = name === 'include' ? [includeId(argument) ?? ''] : argument.split(/\s+/)
    const embed = parseEmbedArgument(provider, words[0] ?? '')
    if (embed) {
      const html = embedHtml(provider, embed.id, { startSeconds: embed.startSeconds })
      context.reporter.add('embedConverted', context.file, `The Liquid tag {% ${name} %} is now a ${provider.name} iframe.`, { line, original: match, replacement: html })
      return html
    }
  }
  if ((name === 'include' || name === 'include_relative') && context.root !== undefined) {
    const inlined = inlineInclude(name, argument, match, line, context)
    if (inlined !== undefined) return inlined
  }
  if (name === 'gist') {
    // `{% gist id [file] %}` or `{% gist user/id [file] %}` (jekyll-gist).
    const [reference = '', file] = argument.trim().split(/\s+/)
    const [user, id] = reference.includes('/') ? reference.split('/') : [undefined, reference]
    const link = gistLink(user, id, file)
    if (link) {
      context.reporter.add('shortcodeConverted', context.file, `The Liquid tag {% gist %} is now a link to the gist: the embed ran a script from ${link.host}, the link loads nothing before consent.`, { line, original: match, replacement: link.markdown })
      return link.markdown
    }
  }
  if (name === 'post_url' || name === 'link') {
    const target = argument.trim().replace(/^_posts\//, '')
    context.reporter.add('shortcodeConverted', context.file, `{% ${name} %} is now a link to the imported file.`, { line, original: match })
    return `${sourceReferencePrefix}${target}`
  }
  if (/^end/.test(name) && name !== 'endhighlight') {
    return undefined
  }
  context.reporter.add('shortcodeKept', context.file, `The Liquid tag {% ${name} %} has no nichepress equivalent and stays as text.`, { line, original: match })
  return undefined
}

/**
 * Inlines an include file, its `{{ include.x }}` parameters filled in and its own Liquid converted,
 * so a post whose text lives in includes keeps it. Undefined when the file is not there.
 */
function inlineInclude(name: string, argument: string, match: string, line: number, context: LiquidContext): string | undefined {
  const root = context.root ?? ''
  const fileName = /^\s*([^\s{}]+)/.exec(argument)?.[1]
  if (!fileName || (context.depth ?? 0) >= 5) return undefined
  const base = name === 'include' ? join(root, '_includes') : dirname(join(root, context.file))
  const path = resolve(base, fileName)
  if (!path.startsWith(resolve(root)) || !existsSync(path) || !statSync(path).isFile()) return undefined
  const parameters = new Map<string, string>()
  const include: Record<string, unknown> = {}
  const state = context.state ?? { locals: new Map<string, unknown>(), openBlocks: 0 }
  const scope: LiquidScope = { siteUrl: context.siteUrl, baseUrl: context.baseUrl, site: context.site, pageData: context.pageData, locals: state.locals, root: context.root, timeZone: context.timeZone, pluginTags: context.pluginTags }
  for (const parameter of argument.slice(argument.indexOf(fileName) + fileName.length).matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
    const key = parameter[1] ?? ''
    const literal = parameter[2] ?? parameter[3]
    if (literal !== undefined) parameters.set(key, literal)
    // `id=video.id` is a variable: its value when the import knows it, else reading it is undecidable.
    const value = literal ?? evaluateLiquid(parameter[4] ?? '', scope)
    if (value !== undefined) include[key] = value
    else Object.defineProperty(include, key, { enumerable: true, get: () => { throw new UndecidableLiquid(`include.${key} (${parameter[4]})`) } })
  }
  const text = readFileSync(path, 'utf8').replace(/\{\{-?\s*include\.([\w-]+)\s*-?\}\}/g, (whole, key: string) => parameters.get(key) ?? whole)
  context.reporter.add('shortcodeConverted', context.file, `{% ${name} ${fileName} %} is now the text of that file.`, { line, original: match })
  // The include's Liquid reads its parameters as `include.…`; its assigns stay the page's, as in Jekyll.
  const outer = state.locals.get('include')
  const hadOuter = state.locals.has('include')
  state.locals.set('include', include)
  try {
    return convertLiquid(text, { ...context, state, bodyLine: line, depth: (context.depth ?? 0) + 1 })
  } finally {
    if (hadOuter) state.locals.set('include', outer)
    else state.locals.delete('include')
  }
}

// Themes ship embed includes like `{% include youtube.html id="…" %}`.
function embedProviderOfInclude(name: string, argument: string) {
  if (name !== 'include') return undefined
  const file = /^([\w-]+)/.exec(argument)?.[1] ?? ''
  return findEmbedProvider(file) ?? (file === 'video' ? findEmbedProvider(/provider="?(\w+)/.exec(argument)?.[1] ?? '') : undefined)
}

function includeId(argument: string): string | undefined {
  return /\bid\s*=\s*["']?([^"'\s]+)/.exec(argument)?.[1]
}

function columnAt(text: string, offset: number): number {
  return offset - text.lastIndexOf('\n', offset - 1)
}

function lineAt(body: string, offset: number, context: LiquidContext): number {
  return context.bodyLine + body.slice(0, offset).split('\n').length - 1
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}
