import { createHash } from 'node:crypto'
import { findAffiliateNetwork, type AffiliateNetwork } from '@nichepress/affiliate'
import { fromMessageData, toMessageData, type MessageData } from '@nichepress/core'
import { findServiceByScriptText, findServiceByUrl, type Service } from '@nichepress/consent'
import { load, type CheerioAPI } from 'cheerio'
import type { VFileMessage } from 'vfile-message'
import { findGoogleFontsMentions, isGoogleFontsUrl, isInsecureUrl, parseWebUrl } from './classify-url.js'
import { FindingCollector, sortFindings, type FindingPlace } from './create-finding.js'
import { isPixelLike, scanHtml } from './html-elements.js'
import { resolveRules, type LintOptions } from './lint-options.js'

/** Options of `auditDocuments` and `auditDirectory`; every field is optional. */
export interface AuditOptions {
  /** Affiliate networks besides the built-in registry. */
  networks?: readonly AffiliateNetwork[]
  /** Consent services besides the built-in registry. */
  services?: readonly Service[]
  /** Hosts `consent.allow` declares as loading without consent. */
  allowedHosts?: readonly string[]
  /** `consent.unknownThirdParty`; `warn` leaves unknown hosts to the consent plugin's warning. */
  unknownThirdParty?: 'error' | 'warn'
  /** The site's URL: its host is first party. Default: each page's canonical host. */
  siteUrl?: string | undefined
  /** Rule settings as in `lint.rules`. */
  rules?: LintOptions['rules']
  /**
   * Which pages must link an Impressum and a privacy policy: `by-page-language` (default, for sites
   * of unknown origin: German pages), or the site's own decision (`all` / `none`) when it is known.
   */
  legalLinks?: 'by-page-language' | 'all' | 'none'
}

// Words a disclosure uses, in German and English (a heuristic for sites other generators built).
const disclosureWords = /\b(?:affiliate(?:-links?)?|werbung|werbelinks?|anzeige|provision|partnerlinks?|partner-links?|commissions?|sponsored|gesponsert|advertising|advertisement)\b/giu
// A disclosure word after one of these (in the same sentence, a few words before) is a denial:
// "ganz ohne Werbung", "keine Affiliate-Links", "no sponsored content", "not sponsored".
const negators = /\b(?:kein|keine|keinen|keiner|keinerlei|ohne|nicht|nie|niemals|no|not|never|without|zero|non)\b/iu

/**
 * True when `text` discloses advertising: a disclosure word that is not negated ("keine Werbung",
 * "ohne Affiliate-Links", "no sponsored content", "werbefrei" and "ad-free" are no disclosure).
 */
export function hasDisclosure(text: string): boolean {
  for (const match of text.matchAll(disclosureWords)) {
    const before = text.slice(Math.max(0, match.index - 60), match.index)
    // Only the words of the same clause, at most four of them, can negate ("keine bezahlte Werbung,
    // aber Affiliate-Links" discloses the links).
    const sentence = before.split(/[.!?;:,\n]|\b(?:aber|but|jedoch|however|sondern|doch)\b/iu).pop() ?? ''
    const words = sentence.trim().split(/\s+/).slice(-4).join(' ')
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 8)
    if (negators.test(words) || /^-?frei\b|^-?free\b/i.test(after)) continue
    return true
  }
  return false
}
const executableTypes = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript', 'application/ecmascript'])

interface Located {
  startIndex?: number | null
}

// htmlparser2 (through cheerio's `xml` option, in HTML mode) parses about five times faster than
// parse5; positions come from each node's start offset.
const parserOptions = { xml: { xmlMode: false, withStartIndices: true, decodeEntities: true } } as const

/** Maps a node to its line and column in `html`. */
function locator(html: string): (node: unknown) => FindingPlace {
  const lineStarts = [0]
  for (let index = html.indexOf('\n'); index !== -1; index = html.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  return (node) => {
    const offset = (node as Located | undefined)?.startIndex
    if (offset === undefined || offset === null) return { line: 1, column: 1 }
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((lineStarts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 }
  }
}

/**
 * Audits finished HTML documents (path → HTML), from nichepress or any other generator: affiliate
 * rel and disclosure, third parties loading before consent, Impressum and privacy links on German
 * pages, Google Fonts, mixed content, lang, title, canonical, description, duplicate titles.
 */
export function auditDocuments(documents: ReadonlyMap<string, string>, options: AuditOptions = {}, cache?: AuditCache): VFileMessage[] {
  const optionsKey = cache ? JSON.stringify({ ...options, networks: options.networks?.map((network) => network.id), services: options.services?.map((service) => service.id) }) : ''
  const summaries = new Map<string, DocumentAudit>()
  for (const path of [...documents.keys()].sort()) {
    const html = documents.get(path) ?? ''
    const key = cache ? createHash('sha1').update(`${optionsKey}\0${path}\0${html}`).digest('hex') : ''
    let summary = cache?.get(key)
    if (!summary) {
      summary = auditDocument(path, html, options)
      cache?.set(key, summary)
    }
    summaries.set(path, summary)
  }
  return finishAudit(summaries, options)
}

/** One document's findings (as plain data) and its title for the duplicate-title check. */
export interface DocumentAudit {
  messages: MessageData[]
  title: AuditedTitle | undefined
  /** Whether the page links an Impressum (undefined: not checked, e.g. an English page). */
  linksImpressum?: boolean
}

/** Audits one finished document on its own; `finishAudit` adds the checks across documents. */
export function auditDocument(path: string, html: string, options: AuditOptions = {}): DocumentAudit {
  const collector = new FindingCollector(resolveRules(options.rules), 'nichepress-audit')
  const legal: { linksImpressum?: boolean } = {}
  const title = auditOne(path, html, options, collector, legal)
  return { messages: collector.messages.map(toMessageData), title, ...legal }
}

/** Every finding of audited documents (by path) plus duplicate titles, sorted. */
export function finishAudit(audits: ReadonlyMap<string, DocumentAudit>, options: Pick<AuditOptions, 'rules'> = {}): VFileMessage[] {
  const collector = new FindingCollector(resolveRules(options.rules), 'nichepress-audit')
  const titles = new Map<string, string>()
  // A site with no Impressum at all gets one finding that says so, not one per page.
  const checked = [...audits.values()].filter((audit) => audit.linksImpressum !== undefined)
  const noImpressumAnywhere = checked.length > 1 && checked.every((audit) => audit.linksImpressum === false)
  const withoutImpressum: string[] = []
  for (const path of [...audits.keys()].sort()) {
    const audit = audits.get(path)
    if (!audit) continue
    const messages = audit.messages.map(fromMessageData)
    if (noImpressumAnywhere && messages.some((message) => message.ruleId === 'impressum-link-missing')) withoutImpressum.push(path)
    collector.messages.push(...(noImpressumAnywhere ? messages.filter((message) => message.ruleId !== 'impressum-link-missing') : messages))
    const title = audit.title
    if (title === undefined) continue
    const first = titles.get(title.text.toLowerCase())
    if (first) collector.report('duplicate-title', path, title.place, `The title "${title.text}" is also the title of ${first}.`)
    else titles.set(title.text.toLowerCase(), path)
  }
  const [first] = withoutImpressum
  if (first !== undefined) {
    const listed = withoutImpressum.slice(0, 5).join(', ') + (withoutImpressum.length > 5 ? ` and ${withoutImpressum.length - 5} more` : '')
    collector.report(
      'impressum-link-missing',
      first,
      { line: 1, column: 1 },
      `No German-language page of this site links to an Impressum (${withoutImpressum.length} pages: ${listed}), so the site has none a visitor can reach. § 5 DDG (and § 18 MStV for journalistic-editorial content) requires one, reachable from every page.`,
    )
  }
  return sortFindings(collector.messages)
}

/** A page title as the duplicate-title check needs it. */
export interface AuditedTitle {
  text: string
  place: FindingPlace
}

/** Per-document audit results by key (the document's bytes and the audit options). */
export interface AuditCache {
  get(key: string): DocumentAudit | undefined
  set(key: string, value: DocumentAudit): void
}

// Returns the page's title when it counts for duplicates (indexable, not a redirect).
function auditOne(path: string, html: string, options: AuditOptions, collector: FindingCollector, legal: { linksImpressum?: boolean } = {}): AuditedTitle | undefined {
  const $ = load(html, parserOptions)
  const placeOf = locator(html)
  if ($('meta[http-equiv="refresh" i]').length > 0) return undefined
  const canonical = $('link[rel~="canonical"]').attr('href')
  const siteHost = parseWebUrl(options.siteUrl ?? canonical ?? '')?.hostname
  const isNoindex = /noindex/i.test($('meta[name="robots" i]').attr('content') ?? '')
  const lang = ($('html').attr('lang') ?? '').trim()
  const report = (ruleId: Parameters<FindingCollector['report']>[0], node: unknown, reason: string) => collector.report(ruleId, path, placeOf(node), reason)

  if (lang === '') report('lang-missing', $('html').get(0), 'The page has no lang attribute.')
  const titleElement = $('title').first()
  const title = titleElement.text().trim()
  if (title === '') report('title-missing', titleElement.get(0) ?? $('head').get(0), 'The page has no title.')
  if (!isNoindex && canonical === undefined) report('canonical-missing', $('head').get(0), 'The page has no canonical link.')
  if (!isNoindex && ($('meta[name="description" i]').attr('content') ?? '').trim() === '') report('description-missing', $('head').get(0), 'The page has no meta description.')

  auditAffiliateLinks($, path, options, collector, placeOf)
  auditThirdParties($, siteHost, options, report)
  auditFontsAndMixedContent($, (canonical ?? options.siteUrl ?? 'https:').startsWith('https:'), report)
  const legalLinks = options.legalLinks ?? 'by-page-language'
  if (legalLinks === 'all' || (legalLinks === 'by-page-language' && lang.toLowerCase().startsWith('de'))) {
    const anchors = $('a[href]').toArray().map((anchor) => `${$(anchor).attr('href') ?? ''} ${$(anchor).text()}`)
    legal.linksImpressum = anchors.some((text) => /impressum/i.test(text))
    if (!legal.linksImpressum) report('impressum-link-missing', $('body').get(0), 'The page links to no Impressum.')
    if (!anchors.some((text) => /datenschutz|privacy/i.test(text))) report('privacy-link-missing', $('body').get(0), 'The page links to no privacy policy (Datenschutzerklärung).')
  }
  return title === '' || isNoindex ? undefined : { text: title, place: placeOf(titleElement.get(0)) }
}

function auditAffiliateLinks($: CheerioAPI, path: string, options: AuditOptions, collector: FindingCollector, placeOf: (node: unknown) => FindingPlace): void {
  const affiliateAnchors: Array<ReturnType<CheerioAPI>> = []
  $('a[href]').each((_index, node) => {
    const anchor = $(node) as ReturnType<CheerioAPI>
    const network = findAffiliateNetwork(anchor.attr('href') ?? '', options.networks)
    if (!network) return
    affiliateAnchors.push(anchor)
    const rel = (anchor.attr('rel') ?? '').toLowerCase().split(/\s+/)
    if (!rel.includes('sponsored')) collector.report('affiliate-link-rel', path, placeOf(node), `This ${network.name} link has no rel="sponsored".`, { actual: anchor.attr('rel') ?? '(none)', expected: 'sponsored' })
  })
  const first = affiliateAnchors[0]
  if (!first || $('[data-np-affiliate="disclosure"]').length > 0) return
  const place = placeOf(first.get(0))
  // The links' own text (a marker such as "(Affiliate-Link)") is no disclosure.
  for (const anchor of affiliateAnchors) anchor.remove()
  $('script, style, noscript, template').remove()
  if (!hasDisclosure($('body').text())) {
    collector.report('affiliate-disclosure', path, place, `This page has ${affiliateAnchors.length} affiliate link${affiliateAnchors.length === 1 ? '' : 's'} but no disclosure.`)
  }
}

// Content of <template> is never loaded until a script (the consent runtime) clones it; content of
// <noscript> is checked on its own, as the markup a browser without JavaScript would load.
function isInert(node: unknown): boolean {
  for (let current = (node as Linked).parent; current; current = current.parent) if (current.tagName === 'template' || current.tagName === 'noscript') return true
  return false
}

interface Linked {
  parent?: Linked | null
  tagName?: string
}

function auditThirdParties($: CheerioAPI, siteHost: string | undefined, options: AuditOptions, report: (ruleId: 'ungated-third-party', node: unknown, reason: string) => void): void {
  const isThirdParty = (url: string) => {
    const parsed = parseWebUrl(url)
    return parsed !== undefined && parsed.hostname !== siteHost
  }
  const check = (tag: string, attributes: Readonly<Record<string, string>>, node: unknown) => {
    const src = attributes['src'] ?? ''
    if (!isThirdParty(src)) return
    const service = findServiceByUrl(src, options.services)
    if (service && !service.needsConsent) return
    const host = parseWebUrl(src)?.hostname ?? ''
    if (!service && (options.unknownThirdParty === 'warn' || (options.allowedHosts ?? []).some((entry) => host === entry || host.endsWith(`.${entry}`)))) return
    if (tag === 'img' && !service && !isPixelLike(attributes)) return
    report('ungated-third-party', node, `<${tag}> from ${host} (${service?.name ?? 'unknown service'}) loads before consent.`)
  }
  $('script').each((_index, node) => {
    const element = $(node)
    if (isInert(node)) return
    if (!executableTypes.has((element.attr('type') ?? '').trim().toLowerCase())) return
    const src = element.attr('src')
    if (src !== undefined) return check('script', { src }, node)
    const service = findServiceByScriptText(element.text(), options.services)
    if (service?.needsConsent) report('ungated-third-party', node, `An inline <script> of ${service.name} runs before consent.`)
  })
  $('iframe[src], img[src]').each((_index, node) => isInert(node) || check((node as { tagName: string }).tagName, $(node).attr() ?? {}, node))
  // Without JavaScript a <noscript> fallback loads at once, and no consent can be asked for.
  $('noscript').each((_index, node) => {
    for (const element of scanHtml($(node).html() ?? '')) if (element.tag === 'img' || element.tag === 'iframe') check(element.tag, element.attributes, node)
  })
}

function auditFontsAndMixedContent($: CheerioAPI, isHttps: boolean, report: (ruleId: 'google-fonts-remote' | 'mixed-content', node: unknown, reason: string) => void): void {
  // A <template> waits for consent (the consent runtime clones it): Google Fonts gated there are declared.
  $('link[href]').each((_index, node) => {
    if (!isInert(node) && isGoogleFontsUrl($(node).attr('href') ?? '')) report('google-fonts-remote', node, "Fonts load from Google's servers.")
  })
  $('style').each((_index, node) => {
    if (!isInert(node) && findGoogleFontsMentions($(node).text()).length > 0) report('google-fonts-remote', node, "A stylesheet loads fonts from Google's servers.")
  })
  if (!isHttps) return
  $('script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src], link[rel~="stylesheet"][href], object[data]').each((_index, node) => {
    const element = $(node)
    if (isInert(node)) return
    const url = element.attr('src') ?? element.attr('href') ?? element.attr('data') ?? ''
    if (isInsecureUrl(url)) report('mixed-content', node, `<${(node as { tagName: string }).tagName}> loads ${url} over http.`)
  })
}
