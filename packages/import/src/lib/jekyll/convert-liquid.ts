import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { embedHtml, findEmbedProvider, parseEmbedArgument } from '../embed-providers.js'
import { sourceReferencePrefix } from '../finish-import.js'
import { gistLink } from '../third-party-links.js'
import type { Reporter } from '../report-rules.js'

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
  /**
   * The value of a `site.…` variable other than `url` and `baseurl` (`site.repository` from
   * `_config.yml`, `site.data.ruby.version` from `_data/ruby.yml`), undefined when the site has none.
   */
  siteVariable?: ((path: readonly string[]) => unknown) | undefined
  /** The page's own front matter: `{{ page.lang }}` is its `lang` (a multilingual site's links, `/{{ page.lang }}/news/`). */
  pageData?: Readonly<Record<string, unknown>> | undefined
}

const tagPattern = /\{%-?\s*([a-zA-Z_][\w-]*)\s*([\s\S]*?)\s*-?%\}/g
const highlightPattern = /\{%-?\s*highlight\s+([\w+-]+)[^%]*%\}\n?([\s\S]*?)\n?\{%-?\s*endhighlight\s*-?%\}/g
const outputPattern = /\{\{-?\s*([^}]*?)\s*-?\}\}/g

/**
 * Converts the Liquid Jekyll ran over a post: embed tags become iframes, `highlight` becomes a
 * fenced block, `post_url`/`link` become source references, and an output that depends on the
 * site only (`{{ site.repository }}`, `{{ '/docs/' | relative_url }}`) its value. Every other tag or
 * expression stays as text and is reported. `{% raw %}` regions are left untouched.
 */
export function convertLiquid(body: string, context: LiquidContext): string {
  const parts = body.split(/(\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\})/)
  let offset = 0
  return parts
    .map((part, index) => {
      const start = offset
      offset += part.length
      if (index % 2 === 1) {
        context.reporter.add('shortcodeConverted', context.file, 'A {% raw %} block is now plain text.', { line: lineAt(body, start, context) })
        return part.replace(/^\{%-?\s*raw\s*-?%\}/, '').replace(/\{%-?\s*endraw\s*-?%\}$/, '')
      }
      return convertPart(part, body, start, context)
    })
    .join('')
}

function convertPart(part: string, body: string, partOffset: number, context: LiquidContext): string {
  const line = (offset: number) => lineAt(body, partOffset + offset, context)
  let text = part.replace(highlightPattern, (match, language: string, code: string, offset: number) => {
    context.reporter.add('shortcodeConverted', context.file, `{% highlight ${language} %} is now a fenced code block.`, { line: line(offset), original: firstLine(match) })
    return `\`\`\`${language}\n${code}\n\`\`\``
  })
  text = text.replace(tagPattern, (match, name: string, argument: string, offset: number) => {
    const replacement = convertTag(name, argument, match, line(offset), context)
    return replacement ?? match
  })
  return text.replace(outputPattern, (match, expression: string, offset: number) => {
    const value = evaluateOutput(expression, context)
    if (value === undefined) {
      context.reporter.add('shortcodeKept', context.file, `The Liquid expression ${match} stays as text.`, { line: line(offset), original: match })
      return match
    }
    context.reporter.add('templateOutputReplaced', context.file, `${match} is now "${value}".`, { line: line(offset), original: match, replacement: value })
    return value
  })
}

/**
 * The value Jekyll printed for `{{ … }}` when it depends on the site and the page only: a quoted
 * string, a `site.…` variable or a `page.…` front matter value with a scalar value, through the URL
 * filters `relative_url` and `absolute_url` and `prepend:`/`append:`. Undefined for anything else (a
 * loop variable, another filter): that stays as text and is reported.
 */
function evaluateOutput(expression: string, context: LiquidContext): string | undefined {
  const [operand = '', ...filters] = splitOutsideQuotes(expression, '|')
  let value = operandValue(operand.trim(), context)
  for (const filter of filters) {
    if (value === undefined) return undefined
    const [, name = '', argument] = /^\s*([a-z_]+)\s*(?::\s*([\s\S]*?))?\s*$/.exec(filter) ?? []
    if (name === 'relative_url') value = relativeUrl(value, context.baseUrl)
    else if (name === 'absolute_url') value = isAbsoluteUrl(value) ? value : `${context.siteUrl ?? ''}${relativeUrl(value, context.baseUrl)}`
    else if ((name === 'prepend' || name === 'append') && argument !== undefined) {
      const other = operandValue(argument, context)
      if (other === undefined) return undefined
      value = name === 'prepend' ? other + value : value + other
    } else return undefined
  }
  return value
}

function operandValue(operand: string, context: LiquidContext): string | undefined {
  const quoted = /^(?:'([^']*)'|"([^"]*)")$/.exec(operand)
  if (quoted) return quoted[1] ?? quoted[2] ?? ''
  if (operand === 'site.url') return context.siteUrl
  if (operand === 'site.baseurl') return context.baseUrl
  let value: unknown
  if (/^site(?:\.[\w-]+)+$/.test(operand)) value = context.siteVariable?.(operand.split('.').slice(1))
  else if (/^page(?:\.[\w-]+)+$/.test(operand)) value = pathIn(context.pageData, operand.split('.').slice(1))
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
}

// A front matter value by its path (`page.author.name`); only own keys, never `__proto__` and the like.
function pathIn(data: Readonly<Record<string, unknown>> | undefined, path: readonly string[]): unknown {
  let value: unknown = data
  for (const key of path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, key)) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

// Jekyll's `relative_url`: the base URL and the path, each with one leading slash; absolute URLs unchanged.
function relativeUrl(path: string, baseUrl: string): string {
  if (isAbsoluteUrl(path)) return path
  const base = baseUrl.replace(/^\/*/, '/').replace(/\/+$/, '')
  return `${base === '/' ? '' : base}${path.replace(/^\/*/, '/')}`
}

function isAbsoluteUrl(value: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(value)
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = []
  let quote = ''
  let start = 0
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    if (quote !== '') {
      if (character === quote) quote = ''
    } else if (character === "'" || character === '"') quote = character
    else if (character === separator) {
      parts.push(text.slice(start, index))
      start = index + 1
    }
  }
  parts.push(text.slice(start))
  return parts
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
  for (const parameter of argument.slice(argument.indexOf(fileName) + fileName.length).matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
    parameters.set(parameter[1] ?? '', parameter[2] ?? parameter[3] ?? parameter[4] ?? '')
  }
  const text = readFileSync(path, 'utf8').replace(/\{\{-?\s*include\.([\w-]+)\s*-?\}\}/g, (whole, key: string) => parameters.get(key) ?? whole)
  context.reporter.add('shortcodeConverted', context.file, `{% ${name} ${fileName} %} is now the text of that file.`, { line, original: match })
  return convertLiquid(text, { ...context, bodyLine: line, depth: (context.depth ?? 0) + 1 })
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

function lineAt(body: string, offset: number, context: LiquidContext): number {
  return context.bodyLine + body.slice(0, offset).split('\n').length - 1
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}
