import { createHash } from 'node:crypto'
import { findAffiliateNetwork, type AffiliateNetwork } from '@nichepress/affiliate'
import { fromMessageData, parseDocumentTree, toMessageData, type MessageData } from '@nichepress/core'
import { findServiceByScriptText, findServiceByUrl, type Service } from '@nichepress/consent'
import type { Element, Root, RootContent } from 'hast'
import { toString } from 'hast-util-to-string'
import type { VFileMessage } from 'vfile-message'
import { findGoogleFontsMentions, isGoogleFontsUrl, isInsecureUrl, parseWebUrl } from './web-urls.js'
import { FindingCollector, sortFindings, type FindingPlace } from './create-finding.js'
import { hasDisclosure, unknownDisclosureLanguageNote } from './disclosure-words.js'
import { isPixelLike, scanHtml } from './html-elements.js'
import { resolveRules, type LintOptions } from './lint-options.js'
import { isImpressumLink, isPrivacyLink, legalLinkCountryOfLanguage, pageReason, siteWideReason, type LegalLinkCountry } from './audit-legal-links.js'

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
  /** `consent.enabled` of a nichepress site: false names the setting in the finding, since it is why nothing was blocked. */
  consentEnabled?: boolean
  /** The site's URL: its host is first party. Default: each page's canonical host. */
  siteUrl?: string | undefined
  /** Rule settings as in `lint.rules`. */
  rules?: LintOptions['rules']
  /**
   * Which pages must link an Impressum and a privacy policy: `by-page-language` (default, for sites
   * of unknown origin: German pages), or the site's own decision (`all` / `none`) when it is known.
   */
  legalLinks?: 'by-page-language' | 'all' | 'none'
  /**
   * The site's country of establishment (`legal.country` of a nichepress site): its law is cited in
   * the legal-link findings. Default: the region of each page's language (`de-AT`, `fr-CH`), else Germany.
   */
  legalCountry?: LegalLinkCountry | undefined
}

const executableTypes = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript', 'application/ecmascript'])

/** Where a node's start tag begins (1:1 for elements the parser implied, such as a missing <head>). */
export function placeOf(node: Element | undefined): FindingPlace {
  const start = node?.position?.start
  return start ? { line: start.line, column: start.column } : { line: 1, column: 1 }
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
      summary = auditDocument(path, parseDocumentTree(html), options)
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
  /** Whether the page links a privacy policy (undefined: not checked). */
  linksPrivacy?: boolean
  /** The country whose law the legal-link findings cite (set when the links are checked). */
  legalCountry?: LegalLinkCountry
}

/**
 * Audits one finished document on its own; `finishAudit` adds the checks across documents. `tree`
 * is the document parsed as a browser with JavaScript on builds it (core's `parseDocumentTree`, or
 * in a `document` hook `documentTree(file)`, shared with the other plugins).
 */
export function auditDocument(path: string, tree: Root, options: AuditOptions = {}): DocumentAudit {
  const { messages, title, legal } = auditDocumentTree(path, tree, options)
  return { messages, title: title && { text: title.text, place: placeOf(title.element) }, ...legal }
}

/** One document's findings, and its title (for the duplicate-title check) with the element it is in. */
export interface DocumentTreeAudit {
  messages: MessageData[]
  title: { text: string; element: Element } | undefined
  legal: LegalLinks
}

/** Which legal pages a document links (a field is undefined when the page's language is not checked). */
interface LegalLinks {
  linksImpressum?: boolean
  linksPrivacy?: boolean
  legalCountry?: LegalLinkCountry
}

/**
 * `auditDocument` with the title's element instead of its place: for a caller that audits a tree
 * without positions and finds the title's place another way (see `auditFinishedDocument`).
 */
export function auditDocumentTree(path: string, tree: Root, options: AuditOptions = {}): DocumentTreeAudit {
  const collector = new FindingCollector(resolveRules(options.rules), 'nichepress-audit')
  const legal: LegalLinks = {}
  const title = auditOne(path, tree, options, collector, legal)
  return { messages: collector.messages.map(toMessageData), title, legal }
}

// Legal pages every page must link: when no page links one, the site has none to reach.
const siteWideMissing = [
  { id: 'impressum-link-missing', field: 'linksImpressum', kind: 'impressum' },
  { id: 'privacy-link-missing', field: 'linksPrivacy', kind: 'privacy' },
] as const satisfies ReadonlyArray<{ id: 'impressum-link-missing' | 'privacy-link-missing'; field: 'linksImpressum' | 'linksPrivacy'; kind: 'impressum' | 'privacy' }>

/** Every finding of audited documents (by path) plus duplicate titles, sorted. */
export function finishAudit(audits: ReadonlyMap<string, DocumentAudit>, options: Pick<AuditOptions, 'rules'> = {}): VFileMessage[] {
  const collector = new FindingCollector(resolveRules(options.rules), 'nichepress-audit')
  const titles = new Map<string, string>()
  // A site with no Impressum (or no privacy policy) on any page gets one finding that says so, not
  // one per page: 5,866 identical privacy-link-missing errors hid everything else on a 5,876-page site.
  const missing = siteWideMissing.map((rule) => {
    const checked = [...audits.values()].filter((audit) => audit[rule.field] !== undefined)
    const country = checked.find((audit) => audit.legalCountry)?.legalCountry ?? 'DE'
    return { ...rule, country, nowhere: checked.length > 1 && checked.every((audit) => audit[rule.field] === false), pages: [] as string[] }
  })
  for (const path of [...audits.keys()].sort()) {
    const audit = audits.get(path)
    if (!audit) continue
    let messages = audit.messages.map(fromMessageData)
    for (const rule of missing) {
      if (!rule.nowhere || !messages.some((message) => message.ruleId === rule.id)) continue
      rule.pages.push(path)
      messages = messages.filter((message) => message.ruleId !== rule.id)
    }
    collector.messages.push(...messages)
    const title = audit.title
    if (title === undefined) continue
    const first = titles.get(title.text.toLowerCase())
    if (first) collector.report('duplicate-title', path, title.place, `The title "${title.text}" is also the title of ${first}.`)
    else titles.set(title.text.toLowerCase(), path)
  }
  for (const rule of missing) {
    const [first] = rule.pages
    if (first === undefined) continue
    collector.report(rule.id, first, { line: 1, column: 1 }, siteWideReason(rule.kind, rule.country, rule.pages))
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
function auditOne(path: string, tree: Root, options: AuditOptions, collector: FindingCollector, legal: LegalLinks = {}): { text: string; element: Element } | undefined {
  const elements = elementsOf(tree)
  const all = (tag: string) => elements.filter((found) => found.node.tagName === tag)
  const first = (tag: string) => elements.find((found) => found.node.tagName === tag)?.node
  const metas = all('meta').map((found) => found.node)
  if (metas.some((meta) => tokens(meta, 'httpEquiv').join(' ').toLowerCase() === 'refresh')) return undefined
  const canonical = all('link')
    .map((found) => found.node)
    .find((link) => tokens(link, 'rel').some((rel) => rel.toLowerCase() === 'canonical'))
  const canonicalHref = canonical ? attribute(canonical, 'href') : undefined
  const siteHost = parseWebUrl(options.siteUrl ?? canonicalHref ?? '')?.hostname
  const metaNamed = (name: string) => metas.find((meta) => attribute(meta, 'name')?.toLowerCase() === name)
  const isNoindex = /noindex/i.test(attribute(metaNamed('robots'), 'content') ?? '')
  const lang = (attribute(first('html'), 'lang') ?? '').trim()
  const head = first('head')
  const body = first('body')
  const report = (ruleId: Parameters<FindingCollector['report']>[0], node: Element | undefined, reason: string) => collector.report(ruleId, path, placeOf(node), reason)

  if (lang === '') report('lang-missing', first('html'), 'The page has no lang attribute.')
  const titleElement = first('title')
  const title = titleElement ? toString(titleElement).trim() : ''
  if (title === '') report('title-missing', titleElement ?? head, 'The page has no title.')
  if (!isNoindex && canonicalHref === undefined) report('canonical-missing', head, 'The page has no canonical link.')
  if (!isNoindex && (attribute(metaNamed('description'), 'content') ?? '').trim() === '') report('description-missing', head, 'The page has no meta description.')

  const anchors = all('a').filter((found) => attribute(found.node, 'href') !== undefined)
  auditAffiliateLinks(anchors, elements, body, path, options, collector)
  auditThirdParties(elements, siteHost, options, report)
  auditFontsAndMixedContent(elements, (canonicalHref ?? options.siteUrl ?? 'https:').startsWith('https:'), report)
  const legalLinks = options.legalLinks ?? 'by-page-language'
  const languageCountry = legalLinkCountryOfLanguage(lang)
  if (legalLinks === 'all' || (legalLinks === 'by-page-language' && languageCountry !== undefined)) {
    const texts = anchors.map(({ node }) => `${attribute(node, 'href') ?? ''} ${toString(node)}`)
    legal.legalCountry = options.legalCountry ?? languageCountry ?? 'DE'
    legal.linksImpressum = texts.some(isImpressumLink)
    if (!legal.linksImpressum) report('impressum-link-missing', body, pageReason('impressum', legal.legalCountry))
    legal.linksPrivacy = texts.some(isPrivacyLink)
    if (!legal.linksPrivacy) report('privacy-link-missing', body, pageReason('privacy', legal.legalCountry))
  }
  return title === '' || isNoindex || !titleElement ? undefined : { text: title, element: titleElement }
}

/** An element of the document, in document order; `inert` inside a `<template>` (never loaded until a script clones it). */
interface Found {
  node: Element
  inert: boolean
}

// Every element, <template> content included (marked inert). <noscript> content is text in a
// document parsed with scripting on; the third-party check reads it as the markup it is.
function elementsOf(tree: Root): Found[] {
  const found: Found[] = []
  const walk = (children: readonly RootContent[], inert: boolean) => {
    for (const node of children) {
      if (node.type !== 'element') continue
      found.push({ node, inert })
      walk(node.children, inert)
      if (node.content) walk(node.content.children, true)
    }
  }
  walk(tree.children, false)
  return found
}

/** An attribute's value as written (token lists joined by spaces or commas); undefined when absent. */
function attribute(node: Element | undefined, name: string): string | undefined {
  const value = node?.properties[name]
  if (value === undefined || value === null || value === false) return undefined
  if (value === true) return ''
  if (Array.isArray(value)) return value.join(name === 'srcSet' || name === 'accept' ? ', ' : ' ')
  return String(value)
}

function tokens(node: Element, name: string): string[] {
  return (attribute(node, name) ?? '').split(/\s+/).filter((token) => token !== '')
}

/** The attributes the third-party check reads, by their HTML names. */
function attributesOf(node: Element): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const [property, name] of [['src', 'src'], ['width', 'width'], ['height', 'height'], ['style', 'style'], ['hidden', 'hidden']] as const) {
    const value = attribute(node, property)
    if (value !== undefined) attributes[name] = value
  }
  return attributes
}

// Elements that start a line of their own: a label such as "Anzeige" in its own paragraph stands at a line's start.
const blockElements = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul'])

// The text a reader sees in <body>, without scripts, styles, noscripts, templates and `skip`; each block on its own line.
function visibleText(node: Element | Root | undefined, skip: ReadonlySet<Element>): string {
  if (!node) return ''
  let text = ''
  for (const child of node.children) {
    if (child.type === 'text') text += child.value
    else if (child.type === 'element' && !skip.has(child) && !['script', 'style', 'noscript', 'template'].includes(child.tagName)) {
      const block = blockElements.has(child.tagName)
      text += block ? `\n${visibleText(child, skip)}\n` : visibleText(child, skip)
    }
  }
  return text
}

function auditAffiliateLinks(anchors: readonly Found[], elements: readonly Found[], body: Element | undefined, path: string, options: AuditOptions, collector: FindingCollector): void {
  const affiliateAnchors: Element[] = []
  for (const { node } of anchors) {
    const network = findAffiliateNetwork(attribute(node, 'href') ?? '', options.networks)
    if (!network) continue
    affiliateAnchors.push(node)
    const rel = tokens(node, 'rel').map((token) => token.toLowerCase())
    if (!rel.includes('sponsored')) collector.report('affiliate-link-rel', path, placeOf(node), `This ${network.name} link has no rel="sponsored".`, { actual: attribute(node, 'rel') ?? '(none)', expected: 'sponsored' })
  }
  const [first] = affiliateAnchors
  if (!first || elements.some(({ node }) => attribute(node, 'dataNpAffiliate') === 'disclosure')) return
  // The links' own text (a marker such as "(Affiliate-Link)") is no disclosure.
  const lang = attribute(elements.find(({ node }) => node.tagName === 'html')?.node, 'lang')
  if (!hasDisclosure(visibleText(body, new Set(affiliateAnchors)), lang)) {
    collector.report('affiliate-disclosure', path, placeOf(first), `This page has ${affiliateAnchors.length} affiliate link${affiliateAnchors.length === 1 ? '' : 's'} but no disclosure.${unknownDisclosureLanguageNote(lang)}`)
  }
}

const consentOff = ' `consent.enabled` is false in the config, so nothing blocks it: remove that setting (nichepress then blocks it until the visitor agrees), or remove the embed.'

function auditThirdParties(elements: readonly Found[], siteHost: string | undefined, options: AuditOptions, report: (ruleId: 'ungated-third-party', node: Element, reason: string) => void): void {
  const isThirdParty = (url: string) => {
    const parsed = parseWebUrl(url)
    return parsed !== undefined && parsed.hostname !== siteHost
  }
  const check = (tag: string, attributes: Readonly<Record<string, string>>, node: Element) => {
    const src = attributes['src'] ?? ''
    if (!isThirdParty(src)) return
    const service = findServiceByUrl(src, options.services)
    if (service && !service.needsConsent) return
    const host = parseWebUrl(src)?.hostname ?? ''
    if (!service && (options.unknownThirdParty === 'warn' || (options.allowedHosts ?? []).some((entry) => host === entry || host.endsWith(`.${entry}`)))) return
    if (tag === 'img' && !service && !isPixelLike(attributes)) return
    report('ungated-third-party', node, `<${tag}> from ${host} (${service?.name ?? 'unknown service'}) loads before consent.${service && options.consentEnabled === false ? consentOff : ''}`)
  }
  for (const { node, inert } of elements) {
    if (node.tagName !== 'script' || inert) continue
    if (!executableTypes.has((attribute(node, 'type') ?? '').trim().toLowerCase())) continue
    const src = attribute(node, 'src')
    if (src !== undefined) {
      check('script', { src }, node)
      continue
    }
    const service = findServiceByScriptText(toString(node), options.services)
    if (service?.needsConsent) report('ungated-third-party', node, `An inline <script> of ${service.name} runs before consent.${options.consentEnabled === false ? consentOff : ''}`)
  }
  for (const { node, inert } of elements) if (!inert && (node.tagName === 'iframe' || node.tagName === 'img') && attribute(node, 'src') !== undefined) check(node.tagName, attributesOf(node), node)
  // Without JavaScript a <noscript> fallback loads at once, and no consent can be asked for.
  for (const { node } of elements) {
    if (node.tagName !== 'noscript') continue
    for (const element of scanHtml(toString(node))) if (element.tag === 'img' || element.tag === 'iframe') check(element.tag, element.attributes, node)
  }
}

const loading = new Set(['script', 'img', 'iframe', 'source', 'video', 'audio', 'embed'])

function auditFontsAndMixedContent(elements: readonly Found[], isHttps: boolean, report: (ruleId: 'google-fonts-remote' | 'mixed-content', node: Element, reason: string) => void): void {
  // A <template> waits for consent (the consent runtime clones it): Google Fonts gated there are declared.
  for (const { node, inert } of elements) if (!inert && node.tagName === 'link' && isGoogleFontsUrl(attribute(node, 'href') ?? '')) report('google-fonts-remote', node, "Fonts load from Google's servers.")
  for (const { node, inert } of elements) if (!inert && node.tagName === 'style' && findGoogleFontsMentions(toString(node)).length > 0) report('google-fonts-remote', node, "A stylesheet loads fonts from Google's servers.")
  if (!isHttps) return
  for (const { node, inert } of elements) {
    if (inert) continue
    const { tagName } = node
    let url: string | undefined
    if (loading.has(tagName)) url = attribute(node, 'src')
    else if (tagName === 'link' && tokens(node, 'rel').some((rel) => rel.toLowerCase() === 'stylesheet')) url = attribute(node, 'href')
    else if (tagName === 'object') url = attribute(node, 'data')
    if (url !== undefined && isInsecureUrl(url)) report('mixed-content', node, `<${tagName}> loads ${url} over http.`)
  }
}
