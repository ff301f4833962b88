import { embedHtml, findEmbedProvider, parseEmbedArgument, parseEmbedUrl } from '../embed-providers.js'
import type { Reporter } from '../report-rules.js'

/** Shortcodes of cookie and consent plugins: nichepress's consent banner and cookie page replace them. */
const consentShortcodePattern = /^(?:borlabs-cookie|borlabs_cookie|cookie_settings|cookie_declaration|cookie-declaration|cmplz-[\w-]+|cookiebot|cookie_notice|cookies_policy|gdpr_cookie[\w-]*|cky_[\w-]+|moove_gdpr[\w-]*)$/i

const shortcodePattern = /\[([a-zA-Z][\w-]*)((?:\s+[^\]]*)?)\](?:([\s\S]*?)\[\/\1\])?/g

/**
 * Converts WordPress shortcodes in post HTML: `[caption]` to a figure, `[embed]`/`[youtube]`/
 * `[vimeo]` to iframes, consent-plugin shortcodes dropped; every other shortcode stays as text and
 * is reported.
 */
export function convertShortcodes(html: string, file: string, reporter: Reporter): string {
  return html.replace(shortcodePattern, (match, name: string, attributeText: string, content: string | undefined) => {
    const attributes = parseAttributes(attributeText)
    const lower = name.toLowerCase()
    if (lower === 'caption' || lower === 'wp_caption') {
      const inner = content ?? ''
      const image = /<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i.exec(inner)?.[0] ?? ''
      const caption = attributes.caption ?? inner.replace(image, '').trim()
      reporter.add('shortcodeConverted', file, 'The [caption] shortcode is now an image with its caption below.', { original: firstLine(match) })
      return `<p>${image}</p><p><em>${caption}</em></p>`
    }
    const embed = embedOf(lower, attributes, content)
    if (embed) {
      reporter.add('embedConverted', file, `The [${name}] shortcode is now a ${embed.provider.name} iframe.`, { original: match, replacement: embed.html })
      return `\n\n${embed.html}\n\n`
    }
    if (consentShortcodePattern.test(name)) {
      reporter.add('shortcodeDropped', file, `The cookie plugin shortcode [${name}] was removed; nichepress's consent banner and cookie page take its place.`, { original: firstLine(match) })
      return ''
    }
    reporter.add('shortcodeKept', file, `The shortcode [${name}] has no nichepress equivalent and stays as text.`, { original: firstLine(match) })
    return match
  })
}

function embedOf(name: string, attributes: Record<string, string>, content: string | undefined) {
  const argument = (content ?? attributes.url ?? attributes.id ?? attributes[0] ?? '').trim()
  if (name === 'embed' || name === 'video') {
    const parsed = parseEmbedUrl(attributes.src ?? argument)
    return parsed ? { provider: parsed.provider, html: embedHtml(parsed.provider, parsed.id, { startSeconds: parsed.startSeconds }) } : undefined
  }
  const provider = findEmbedProvider(name)
  const parsed = provider ? parseEmbedArgument(provider, argument) : undefined
  return provider && parsed ? { provider, html: embedHtml(provider, parsed.id, { startSeconds: parsed.startSeconds }) } : undefined
}

/** Parses `a="1" b='2' c=3 bare` into a record; bare words are numbered from 0. */
function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  let position = 0
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))|"([^"]*)"|(\S+)/g)) {
    if (match[1]) attributes[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? ''
    else attributes[String(position++)] = match[5] ?? match[6] ?? ''
  }
  return attributes
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? text
  return line.length > 160 ? `${line.slice(0, 157)}…` : line
}
