import { classifyAffiliateLink, type AffiliateNetwork, type ClassifyOptions } from '@nichepress/affiliate'
import { findServiceByUrl, type Service } from '@nichepress/consent'
import type { Definition, Heading, Image, Link } from 'mdast'
import { visit } from 'unist-util-visit'
import { findGoogleFontsMentions, isInsecureUrl, parseWebUrl } from './web-urls.js'
import type { AffiliateSettings } from './site-registries.js'
import type { FindingCollector, FixEdit } from './create-finding.js'
import { isPixelLike } from './html-elements.js'
import { frontMatterLine, placeOfOffset, type SourceFile } from './source-file.js'

/** What the source rules need besides the file. */
export interface SourceCheckContext {
  collector: FindingCollector
  /** Custom affiliate networks of the config. */
  networks: readonly AffiliateNetwork[]
  /** Custom consent services of the config. */
  services: readonly Service[]
  /** `consent.enabled` (default true): when false nothing blocks a service that needs consent. */
  consentEnabled?: boolean
  /** The site's own host (its links and scripts are first party). */
  siteHost: string | undefined
  /** `affiliate.enabled`, `.hosts` and `.ignore` (defaults when absent). */
  affiliate?: AffiliateSettings
  /** The site's URL, so links to its own `/go/` paths count as cloaked affiliate links. */
  siteUrl?: string
  now: Date
}

const affiliateRel = 'sponsored nofollow noopener'

/** Runs every rule that needs only one Markdown file. */
export function checkSource(file: SourceFile, context: SourceCheckContext): void {
  checkLinks(file, context)
  checkHtml(file, context)
  checkHeadings(file, context)
  checkFrontMatter(file, context)
}

function checkLinks(file: SourceFile, context: SourceCheckContext): void {
  const { collector } = context
  const settings = context.affiliate ?? { enabled: true, hosts: [], ignore: [] }
  const classifyOptions = affiliateClassifyOptions(context)
  const affiliatePlaces: Array<{ line: number; column: number }> = []
  const checkUrl = (url: string, place: { line: number; column: number }, isImage: boolean) => {
    if (isInsecureUrl(url)) collector.report('http-link', file.relativePath, place, `Insecure link to ${url}.`, { actual: url, expected: url.replace(/^http:/i, 'https:') })
    if (isImage) return
    // The build's own decision (rehypeAffiliate classifies with the same function and settings).
    const classified = classifyAffiliateLink(url, classifyOptions)
    if (classified?.confidence === 'high') {
      affiliatePlaces.push(place)
      return
    }
    if (!classified) return
    const { reason } = classified
    const host = parseWebUrl(url)?.hostname ?? url
    collector.report(
      'suspected-affiliate-link',
      file.relativePath,
      place,
      `This link looks like an affiliate or tracking link (${reason}) but matches no affiliate network. If it earns you a commission, confirm it with \`affiliate: { hosts: ["${host}"] }\` so it is disclosed; if not, dismiss it with \`affiliate: { ignore: ["${host}"] }\`.`,
      { actual: url },
    )
  }
  visit(file.tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return
    const start = node.position?.start
    if (!start) return
    const { url } = node as Link | Definition | Image
    checkUrl(url, { line: start.line, column: start.column }, node.type === 'image')
    if (node.type === 'image' && !(node as Image).alt?.trim()) {
      collector.report('image-alt-missing', file.relativePath, start, `The image ${url} has no alternative text.`)
    }
  })
  for (const element of file.htmlElements) {
    const place = { line: element.line, column: element.column }
    if (element.tag === 'a' && element.attributes['href'] !== undefined) checkUrl(element.attributes['href'], place, false)
    if (element.tag === 'img') {
      const src = element.attributes['src'] ?? ''
      if (isInsecureUrl(src)) collector.report('http-link', file.relativePath, place, `Insecure image ${src}.`, { actual: src, expected: src.replace(/^http:/i, 'https:') })
      if (element.attributes['alt'] === undefined && !isPixelLike(element.attributes)) collector.report('image-alt-missing', file.relativePath, place, `The image ${src} has no alt attribute.`)
    }
  }
  if (!settings.enabled && affiliatePlaces.length > 0) {
    const count = affiliatePlaces.length
    const first = [...affiliatePlaces].sort((a, b) => a.line - b.line || a.column - b.column)[0] ?? { line: 1, column: 1 }
    collector.report('affiliate-disabled', file.relativePath, first, `This page has ${count} affiliate link${count === 1 ? '' : 's'}, but \`affiliate.enabled\` is false: they would go out without rel="sponsored", marker or disclosure.`)
  }
}

function checkHtml(file: SourceFile, context: SourceCheckContext): void {
  const { collector } = context
  for (const element of file.htmlElements) {
    const place = { line: element.line, column: element.column }
    if (element.tag === 'a') checkAffiliateRel(file, element, context)
    const src = element.attributes['src']
    const isExecutable = element.tag !== 'script' || ['', 'text/javascript', 'module', 'application/javascript'].includes((element.attributes['type'] ?? '').trim().toLowerCase())
    const isEmbed = element.tag === 'script' || element.tag === 'iframe' || (element.tag === 'img' && isPixelLike(element.attributes))
    if (!isEmbed || !isExecutable || src === undefined) continue
    const url = parseWebUrl(src)
    if (!url || url.hostname === context.siteHost) continue
    const service = findServiceByUrl(src, context.services)
    if (service?.needsConsent && context.consentEnabled === false) {
      collector.report('consent-disabled', file.relativePath, place, `<${element.tag}> of ${service.name} (${url.hostname}) needs consent, but \`consent.enabled\` is false: nothing blocks it, so it would load before the visitor agrees.`)
    }
  }
  for (const node of file.htmlNodes) {
    const start = node.position?.start
    if (!start) continue
    for (const offset of findGoogleFontsMentions(node.value)) {
      const inner = placeOfOffset(node.value, offset)
      const place = { line: start.line + inner.line - 1, column: inner.line === 1 ? start.column + inner.column - 1 : inner.column }
      collector.report('google-fonts-remote', file.relativePath, place, "Fonts load from Google's servers.")
    }
  }
}

/** The settings the build classifies links with (`affiliate.networks`, `.hosts`, `.ignore`, the site's URL). */
function affiliateClassifyOptions(context: SourceCheckContext): ClassifyOptions {
  const { allowHosts } = context.collector.options<{ allowHosts: string[] }>('suspected-affiliate-link')
  const settings = context.affiliate ?? { enabled: true, hosts: [], ignore: [] }
  return { networks: context.networks, hosts: settings.hosts, ignore: [...settings.ignore, ...allowHosts], ...(context.siteUrl ? { siteUrl: context.siteUrl } : {}) }
}

function checkAffiliateRel(file: SourceFile, element: SourceFile['htmlElements'][number], context: SourceCheckContext): void {
  const href = element.attributes['href'] ?? ''
  // The links the build marks: registry networks, affiliate.hosts and the site's own /go/ links.
  const classified = classifyAffiliateLink(href, affiliateClassifyOptions(context))
  if (classified?.confidence !== 'high') return
  const what = classified.network ? `${classified.network.name} link` : `affiliate link (${classified.reason})`
  const rel = (element.attributes['rel'] ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  if (rel.includes('sponsored')) return
  const fix = relFix(element, rel)
  context.collector.report('affiliate-link-rel', file.relativePath, { line: element.line, column: element.column }, `This ${what} has no rel="sponsored".`, { actual: element.attributes['rel'] ?? '(none)', expected: affiliateRel }, fix)
}

// Only the start tag changes: the rel attribute is extended, or added right after `<a`.
function relFix(element: SourceFile['htmlElements'][number], rel: readonly string[]): FixEdit | undefined {
  if (element.offset === undefined) return undefined
  const range = element.attributeRanges['rel']
  if (range === undefined) return { start: element.offset + 2, end: element.offset + 2, text: ` rel="${affiliateRel}"` }
  return { start: range.start, end: range.end, text: `rel="${[...new Set([...rel, ...affiliateRel.split(' ')])].join(' ')}"` }
}

function checkHeadings(file: SourceFile, context: SourceCheckContext): void {
  // The layout shows the title as the page's h1, so content starts at h2.
  let previous = 1
  visit(file.tree, 'heading', (node: Heading) => {
    const start = node.position?.start
    if (!start) return
    if (node.depth === 1) context.collector.report('heading-order', file.relativePath, start, 'The content has an h1, but the page title already is the h1.', { actual: 'h1', expected: 'h2' })
    else if (node.depth > previous + 1) context.collector.report('heading-order', file.relativePath, start, `The heading skips from h${previous} to h${node.depth}.`, { actual: `h${node.depth}`, expected: `h${previous + 1}` })
    previous = node.depth
  })
}

function checkFrontMatter(file: SourceFile, context: SourceCheckContext): void {
  const { collector } = context
  const { frontMatter, relativePath, text } = file
  const at = (key: string) => ({ line: frontMatterLine(text, key) ?? 1, column: 1 })
  const title = typeof frontMatter['title'] === 'string' ? frontMatter['title'].trim() : ''
  const { min, max } = collector.options<{ min: number; max: number }>('title-length')
  const titleLength = [...title].length
  if (file.kind === 'post' && (titleLength < min || titleLength > max)) {
    collector.report('title-length', relativePath, at('title'), `The title has ${titleLength} characters.`, { actual: String(titleLength), expected: `${min} to ${max}` })
  }
  const description = typeof frontMatter['description'] === 'string' ? frontMatter['description'].trim() : ''
  if (description === '' && frontMatter['noindex'] !== true) {
    collector.report('description-missing', relativePath, { line: 1, column: 1 }, 'The page has no description.')
  } else if (description !== '') {
    const limits = collector.options<{ min: number; max: number }>('description-length')
    const length = [...description].length
    if (length < limits.min || length > limits.max) collector.report('description-length', relativePath, at('description'), `The description has ${length} characters.`, { actual: String(length), expected: `${limits.min} to ${limits.max}` })
  }
  const date = dateOf(frontMatter['date'])
  if (date && date.getTime() > context.now.getTime()) collector.report('future-date', relativePath, at('date'), `The page is dated ${isoDay(date)}, in the future.`, { actual: isoDay(date) })
  if (frontMatter['review'] !== undefined && frontMatter['review'] !== null && frontMatter['review'] !== false) {
    const checked = dateOf(frontMatter['updated']) ?? date
    const { months } = collector.options<{ months: number }>('stale-review')
    if (checked && monthsBetween(checked, context.now) >= months) {
      collector.report('stale-review', relativePath, at(frontMatter['updated'] === undefined ? 'date' : 'updated'), `The review was last updated on ${isoDay(checked)}, over ${months} months ago.`, { actual: isoDay(checked) })
    }
  }
}

function dateOf(value: unknown): Date | undefined {
  if (value instanceof Date) return value
  if (typeof value !== 'string') return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth())
  return to.getUTCDate() < from.getUTCDate() ? months - 1 : months
}
