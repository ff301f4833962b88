import { posix } from 'node:path'
import { embedHtml, findEmbedProvider, parseEmbedArgument } from '../embed-providers.js'
import { sourceReferencePrefix } from '../finish-import.js'
import type { Reporter } from '../report-rules.js'
import { gistLink, postLink } from '../third-party-links.js'

/** What shortcode conversion needs to know. */
export interface HugoShortcodeContext {
  /** Source file relative to the source root (`content/posts/a.md`). */
  file: string
  bodyLine: number
  reporter: Reporter
  /** The source file of a path below the content root (a `ref` to `/blog/first.md`); default: below `content/`. */
  contentFile?: ((path: string) => string) | undefined
}

const shortcodePattern = /\{\{([<%])\s*(\/?)\s*([\w-]+)((?:"[^"]*"|[^>%}"])*?)\s*[>%]\}\}/g

/**
 * Converts Hugo shortcodes: `youtube` and `vimeo` to iframes, `figure` to an image with caption,
 * `ref`/`relref` to source references; every other shortcode stays as text and is reported.
 */
export function convertHugoShortcodes(body: string, context: HugoShortcodeContext): string {
  return unlinkShortcodeTargets(convertShortcodes(convertPairedShortcodes(body, context), context), context)
}

const highlightPattern = /\{\{([<%])\s*highlight\s+([\w+#.-]+)[^}]*?[>%]\}\}\n?([\s\S]*?)\n?\{\{[<%]\s*\/\s*highlight\s*[>%]\}\}/g
const inlinePattern = /\{\{[<%]\s*([\w-]+)\.inline\s*[>%]\}\}([\s\S]*?)\{\{[<%]\s*\/\s*\1\.inline\s*[>%]\}\}/g

/**
 * `{{< highlight go >}}…{{< /highlight >}}` becomes a fenced code block (its content was code, not
 * HTML of the page); an inline shortcode (`{{< math.inline >}}…{{< /math.inline >}}`, Go template
 * code only Hugo ran, often a script) is removed and reported.
 */
function convertPairedShortcodes(body: string, context: HugoShortcodeContext): string {
  const lineAt = (offset: number) => context.bodyLine + body.slice(0, offset).split('\n').length - 1
  return body
    .replace(highlightPattern, (match, _delimiter: string, language: string, code: string, offset: number) => {
      context.reporter.add('shortcodeConverted', context.file, `The shortcode {{< highlight ${language} >}} is now a fenced code block.`, { line: lineAt(offset), original: match.split('\n')[0] })
      const fence = code.includes('```') ? '~~~~' : '```'
      return `${fence}${language}\n${code.replace(/^\n+|\n+$/g, '')}\n${fence}`
    })
    .replace(inlinePattern, (match, name: string, _template: string, offset: number) => {
      context.reporter.add('shortcodeDropped', context.file, `The inline shortcode {{< ${name}.inline >}} is Go template code only Hugo ran (here: ${firstLineOf(_template)}); it was removed. If the page needs what it did (a script for math, a list), add it to the site's theme or write it as content.`, { line: lineAt(offset), original: match.split('\n')[0] })
      return ''
    })
}

function firstLineOf(text: string): string {
  const line = text.trim().split('\n')[0] ?? ''
  return line.length > 80 ? `${line.slice(0, 77)}…` : line
}

// `[text]({{< param docsURL >}})`: Hugo ran the shortcode before Markdown saw a link. Left as it is,
// the address has spaces, so Markdown shows the whole construct as text; the link becomes its text.
const shortcodeTargetPattern = /(!?)\[((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\(\s*<?(\{\{[<%][^\n]*?[>%]\}\})>?\s*\)/g

function unlinkShortcodeTargets(text: string, context: HugoShortcodeContext): string {
  return text.replace(shortcodeTargetPattern, (_match, bang: string, label: string, target: string, offset: number) => {
    const line = context.bodyLine + text.slice(0, offset).split('\n').length - 1
    const what = bang === '!' ? 'image source' : 'link target'
    context.reporter.add('linkTargetTemplate', context.file, `The ${what} "${target}" is a shortcode only the old site could fill in; the ${bang === '!' ? 'image was removed and its description kept' : 'link was removed and its text kept'}. Put in the address it stood for.`, { line, original: target })
    return label
  })
}

function convertShortcodes(body: string, context: HugoShortcodeContext): string {
  return body.replace(shortcodePattern, (match, _delimiter: string, closing: string, name: string, argumentText: string, offset: number) => {
    const line = context.bodyLine + body.slice(0, offset).split('\n').length - 1
    if (closing) return match
    const attributes = parseArguments(argumentText)
    const provider = findEmbedProvider(name)
    if (provider) {
      const embed = parseEmbedArgument(provider, attributes.id ?? attributes[0] ?? '')
      if (embed) {
        const html = embedHtml(provider, embed.id, { startSeconds: embed.startSeconds ?? numberOf(attributes.start), title: attributes.title })
        context.reporter.add('embedConverted', context.file, `The shortcode {{< ${name} >}} is now a ${provider.name} iframe.`, { line, original: match, replacement: html })
        return html
      }
    }
    if (name === 'figure' && attributes.src) {
      const alt = attributes.alt ?? attributes.title ?? attributes.caption ?? ''
      const caption = attributes.caption ?? attributes.title
      const image = `![${alt.replace(/[[\]]/g, '')}](${attributes.src})`
      const markdown = attributes.link ? `[${image}](${attributes.link})` : image
      context.reporter.add('shortcodeConverted', context.file, 'The shortcode {{< figure >}} is now a Markdown image with its caption below.', { line, original: match })
      return caption ? `${markdown}\n\n_${caption}_` : markdown
    }
    if ((name === 'ref' || name === 'relref') && (attributes[0] ?? attributes.path)) {
      const target = attributes[0] ?? attributes.path ?? ''
      const [path = '', fragment] = target.split('#')
      const resolved = path.startsWith('/') || path.includes('/') ? (context.contentFile?.(path) ?? posix.join('content', path)) : posix.join(posix.dirname(context.file), path)
      context.reporter.add('shortcodeConverted', context.file, `{{< ${name} >}} is now a link to the imported file.`, { line, original: match })
      return `${sourceReferencePrefix}${resolved}${fragment === undefined ? '' : `#${fragment}`}`
    }
    const link = name === 'gist' ? gistLink(attributes.user ?? attributes[0], attributes.id ?? attributes[1], attributes.file ?? attributes[2]) : name === 'tweet' || name === 'twitter' || name === 'x' ? postLink(attributes.user ?? attributes[1] ?? '', attributes.id ?? attributes[0]) : undefined
    if (link) {
      context.reporter.add('shortcodeConverted', context.file, `The shortcode {{< ${name} >}} is now a link to ${link.what}: the embed ran a script from ${link.host}, the link loads nothing before consent.`, { line, original: match, replacement: link.markdown })
      return link.markdown
    }
    context.reporter.add('shortcodeKept', context.file, `The shortcode {{< ${name} >}} has no nichepress equivalent and stays as text.`, { line, original: match })
    return match
  })
}

/** Parses `a="1" b=2 "bare"` into a record; positional values are numbered from 0. */
function parseArguments(text: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  let position = 0
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|`([^`]*)`|(\S+))|"([^"]*)"|`([^`]*)`|(\S+)/g)) {
    if (match[1]) attributes[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? ''
    else attributes[String(position++)] = match[5] ?? match[6] ?? match[7] ?? ''
  }
  return attributes
}

function numberOf(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined
}
