import type { Reporter } from '../report-rules.js'
import type { WxrItem } from './read-wxr.js'

/** What resolving references to other items of the export needs. */
export interface ExportReferences {
  /** Every item of the export by its id. */
  byId: ReadonlyMap<string, WxrItem>
  /** Attachments by the id of the post they were uploaded to, in export order. */
  attachmentsOf: ReadonlyMap<string, readonly WxrItem[]>
  siteUrl: string
  reporter: Reporter
}

const reusableBlockPattern = /<!--\s*wp:block\s+(\{[\s\S]*?\})\s*\/-->/g
const selfClosingBlockPattern = /<!--\s*wp:([a-z][\w-]*(?:\/[\w-]+)?)(?:\s+(\{[\s\S]*?\}))?\s*\/-->/g
const galleryPattern = /\[gallery((?:\s+[^\]]*)?)\]/g
const mediaPattern = /\[(audio|video)((?:\s+[^\]]*)?)\](?:\s*\[\/\1\])?/g
const queryLinkPattern = /\b(href|src)=(["'])((?:https?:\/\/[^"'?#\s]*)?\/?\?(p|page_id|attachment_id)=(\d+)[^"']*)\2/g
const audioExtensions = /\.(?:mp3|m4a|ogg|oga|wav|flac)$/i
const videoExtensions = /\.(?:mp4|m4v|webm|ogv|mov)$/i

/**
 * Resolves what a WordPress post takes from other items of the export, before its HTML becomes
 * Markdown: reusable blocks (`<!-- wp:block {"ref":12} /-->`) become the block's content,
 * `[gallery]` its images (the `ids` given, else the post's attachments), `[audio]`/`[video]`
 * without a file the post's attached file, and links to `?p=`, `?page_id=` and `?attachment_id=`
 * the item's permalink. Blocks WordPress renders from its database each time (latest posts,
 * search, archives, comments, query loops) have no content in the export: each is reported.
 */
export function expandExportReferences(html: string, item: WxrItem, where: string, references: ExportReferences, depth = 0): string {
  let source = html.replace(reusableBlockPattern, (match, json: string) => reusableBlock(match, json, where, references, depth))
  source = source.replace(galleryPattern, (match, attributeText: string) => gallery(match, attributeText, item, where, references))
  source = source.replace(mediaPattern, (match, kind: string, attributeText: string) => media(match, kind as 'audio' | 'video', attributeText, item, where, references))
  source = source.replace(queryLinkPattern, (match, attribute: string, quote: string, url: string, key: string, id: string) => queryLink(match, { attribute, quote, url, key, id }, where, references))
  if (depth === 0) source = reportDynamicBlocks(source, where, references)
  return source
}

function reusableBlock(match: string, json: string, where: string, references: ExportReferences, depth: number): string {
  const ref = String(parseAttributes(json).ref ?? '')
  const block = references.byId.get(ref)
  if (block === undefined || block.type !== 'wp_block' || depth >= 5) {
    references.reporter.add('blockDropped', where, `The reusable block ${ref} is not in the export, so its content was not imported; WordPress showed it here. Fix: export "All content", or copy the block's text into the post.`, { original: match })
    return ''
  }
  references.reporter.add('shortcodeConverted', where, `The reusable block ${ref} ("${block.title}") is now its content.`, { original: match })
  return expandExportReferences(block.content, block, where, references, depth + 1)
}

function gallery(match: string, attributeText: string, item: WxrItem, where: string, references: ExportReferences): string {
  const attributes = parseShortcodeAttributes(attributeText)
  const ids = (attributes.ids ?? attributes.include ?? '').split(',').map((id) => id.trim()).filter(Boolean)
  const images = (ids.length > 0 ? ids.map((id) => references.byId.get(id)) : (references.attachmentsOf.get(item.id) ?? [])).filter((image): image is WxrItem => image?.type === 'attachment' && /\.(?:jpe?g|png|gif|webp|avif|svg)$/i.test(image.attachmentUrl))
  if (images.length === 0) {
    references.reporter.add('shortcodeKept', where, `The [gallery] shortcode names no image the export has (${ids.length > 0 ? `ids ${ids.join(', ')}` : 'the post has no attached images'}); it stays as text. Fix: add the images as Markdown, or delete it.`, { original: match })
    return match
  }
  const order = attributes.orderby === 'rand' ? ' (it showed them in random order; they are in the order given now)' : ''
  references.reporter.add('shortcodeConverted', where, `The [gallery] shortcode is now its ${images.length} images${order}.`, { original: match })
  return images.map((image) => `<p><img src="${escapeAttribute(image.attachmentUrl)}" alt="${escapeAttribute(image.meta.get('_wp_attachment_image_alt') ?? '')}"></p>`).join('\n')
}

function media(match: string, kind: 'audio' | 'video', attributeText: string, item: WxrItem, where: string, references: ExportReferences): string {
  const attributes = parseShortcodeAttributes(attributeText)
  const extensions = kind === 'audio' ? audioExtensions : videoExtensions
  // `[audio mp3="…"]`, `[video mp4="…"]`, `src`; without a file, WordPress played the first file attached to the post.
  const given = attributes.src ?? Object.entries(attributes).find(([key, value]) => extensions.test(`.${key}`) && value !== '')?.[1]
  if (given !== undefined && !extensions.test(given.replace(/[?#].*$/, ''))) return match
  const url = given ?? references.attachmentsOf.get(item.id)?.find((attachment) => extensions.test(attachment.attachmentUrl))?.attachmentUrl
  if (url === undefined) {
    references.reporter.add('shortcodeKept', where, `The [${kind}] shortcode names no ${kind} file and the post has none attached; it stays as text. Fix: link the file, or delete it.`, { original: match })
    return match
  }
  references.reporter.add('shortcodeConverted', where, `The [${kind}] shortcode is now an HTML <${kind}> player of ${url}.`, { original: match })
  return `\n\n<${kind} controls src="${escapeAttribute(url)}"></${kind}>\n\n`
}

function queryLink(match: string, link: { attribute: string; quote: string; url: string; key: string; id: string }, where: string, references: ExportReferences): string {
  if (/^https?:/.test(link.url) && !sameHost(link.url, references.siteUrl)) return match
  const target = references.byId.get(link.id)
  const url = target === undefined ? undefined : link.key === 'attachment_id' ? target.attachmentUrl : target.link
  if (url === undefined || url === '' || url.includes('?')) {
    references.reporter.add('linkOutsideImport', where, `The link ${link.url} leads to WordPress item ${link.id}, which the export does not have (or has no permalink); it is kept and will not work on the new site. Fix: link the page it meant.`, { original: link.url })
    return match
  }
  references.reporter.add('shortcodeConverted', where, `The link ${link.url} (WordPress's ${link.key}=${link.id}) now leads to ${url}.`, { original: link.url, replacement: url })
  return `${link.attribute}=${link.quote}${url}${link.quote}`
}

// A block without content, other than those whose content is their attributes.
function reportDynamicBlocks(html: string, where: string, references: ExportReferences): string {
  const dropped = new Map<string, number>()
  const source = html.replace(selfClosingBlockPattern, (match, name: string, json: string | undefined) => {
    const attributes = parseAttributes(json ?? '{}')
    if (name === 'social-link' && typeof attributes.url === 'string' && /^https?:\/\//.test(attributes.url)) {
      references.reporter.add('shortcodeConverted', where, `The social link block is now a link to ${attributes.url}.`, { original: match })
      return `<p><a href="${escapeAttribute(attributes.url)}">${escapeAttribute(String(attributes.label ?? attributes.service ?? attributes.url))}</a></p>`
    }
    if (name === 'spacer' || name === 'separator' || name === 'more' || name === 'nextpage') return match
    dropped.set(name, (dropped.get(name) ?? 0) + 1)
    return ''
  })
  if (dropped.size > 0) {
    const names = [...dropped].map(([name, count]) => `wp:${name}${count > 1 ? ` ×${count}` : ''}`).join(', ')
    references.reporter.add('blockDropped', where, `WordPress rendered these blocks from its database each time the page was shown, so the export has no content for them and they were not imported: ${names}. nichepress lists posts on its home, archive and tag pages and has no search, comments or login; link those pages or write the text the block showed.`, { original: names })
  }
  return source
}

function parseAttributes(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json)
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

function parseShortcodeAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)) attributes[(match[1] ?? '').toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? ''
  return attributes
}

function sameHost(url: string, siteUrl: string): boolean {
  try {
    return new URL(url).hostname.replace(/^www\./, '') === new URL(siteUrl).hostname.replace(/^www\./, '')
  } catch {
    return false
  }
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}
