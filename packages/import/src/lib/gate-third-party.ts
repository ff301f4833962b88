import { collectUrlSources, findServiceByUrl, type UrlSource } from '@nichepress/consent'
import type { Element, Root } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { parseAbsoluteUrl } from './resolve-old-url.js'

/** What gating needs to know about the entry. */
export interface GateContext {
  file: string
  line: number | undefined
  /** Hosts of the old site (its own files are not third parties). */
  ownHosts: ReadonlySet<string>
  /** Receives every element the import changed because its host is unknown. */
  found: (finding: ThirdPartyFinding) => void
  /** Language of the link texts that replace media. */
  lang: 'de' | 'en'
  /** True for a URL the import turns into a file of this site (an upload on WordPress.com's CDN). */
  selfHosted?: ((url: string) => boolean) | undefined
}

/** One element from a host the consent registry does not know, and what the import did with it. */
export interface ThirdPartyFinding {
  host: string
  file: string
  line: number | undefined
  /** `image`, `script`, `frame`, `stylesheet`… (the consent analysis' fetch kind). */
  kind: string
  /** What became of it: a link to the file, or removed. */
  outcome: 'linked' | 'removed' | 'style-removed' | 'form-text'
  original: string
  replacement?: string | undefined
}

const parser = unified().use(rehypeParse, { fragment: true })
// Elements whose content a visitor wants to reach: they become a link to it (nothing loads until clicked).
const mediaTags = new Set(['img', 'picture', 'video', 'audio', 'object', 'embed', 'iframe', 'frame'])
// The element that stands for the media: `<source>` and `<track>` belong to their picture/video/audio.
const wrapperTags = new Set(['picture', 'video', 'audio', 'object'])

/**
 * Everything in imported HTML that the build's consent analysis would find contacting a host no
 * registry service covers (issue #18: images, media, stylesheets, fonts, scripts, frames, forms…) would
 * be a build error, or, once declared as consent-free, send every visitor's IP address to that host
 * before consent. The import declares nothing on the site owner's behalf: media and frames become
 * plain links to the file (a visitor who clicks loads it), scripts, stylesheets and other fetching
 * elements are removed, `style` attributes with such `url()`s are dropped. Each change is passed to
 * `found`, so the report can list every host with its files and the fix. Services the registry knows
 * (YouTube, Vimeo, Google Maps…) stay: the consent plugin blocks them until consent.
 */
export function gateThirdParty(html: string, context: GateContext): string | undefined {
  const tree = parser.parse(html) as Root
  const { sources, scripts, noscripts } = collectUrlSources(tree)
  const unknownHost = (url: string) => (context.selfHosted?.(url) ? undefined : unknownThirdPartyHost(url, context.ownHosts))
  const parents = parentsOf(tree)
  const edits: Array<{ start: number; end: number; text: string; finding: Omit<ThirdPartyFinding, 'file'> }> = []
  const lineOf = (node: Element) => (context.line === undefined ? undefined : context.line + (node.position?.start.line ?? 1) - 1)
  const replace = (node: Element, text: string, host: string, kind: string, outcome: ThirdPartyFinding['outcome'], replacement?: string) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    edits.push({ start, end, text, finding: { host, line: lineOf(node), kind, outcome, original: html.slice(start, end).slice(0, 300), replacement } })
  }

  const handle = (source: UrlSource, host: string) => {
    const { node } = source
    if (source.via.startsWith('style attribute')) {
      const start = node.position?.start.offset
      if (start === undefined) return
      const openTag = /^<[^>]*>/.exec(html.slice(start))?.[0] ?? ''
      const withoutStyle = openTag.replace(/\s+style\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, '')
      if (withoutStyle === openTag) return
      edits.push({ start, end: start + openTag.length, text: withoutStyle, finding: { host, line: lineOf(node), kind: source.kind, outcome: 'style-removed', original: openTag.slice(0, 300) } })
      return
    }
    // The element that stands for what a visitor sees: a `<source>` belongs to its picture/video/audio.
    let target = node
    const parent = parents.get(node)
    if ((node.tagName === 'source' || node.tagName === 'track') && parent && wrapperTags.has(parent.tagName)) target = parent
    if (mediaTags.has(target.tagName)) {
      const inLink = ancestors(target, parents).some((ancestor) => ancestor.tagName === 'a')
      const label = linkLabel(target, host, context.lang)
      const href = source.url.startsWith('//') ? `https:${source.url}` : source.url
      const text = inLink ? escapeHtml(label) : `<a href="${escapeAttribute(href)}">${escapeHtml(label)}</a>`
      replace(target, text, host, source.kind, 'linked', text)
    } else if (target.tagName === 'form') {
      // A form that sent what visitors typed to that host: its labels and fields stay as text, nothing is sent.
      const text = formAsText(target)
      replace(target, text, host, source.kind, 'form-text', text)
    } else replace(target, '', host, source.kind, 'removed')
  }

  for (const source of sources) {
    const host = unknownHost(source.url)
    if (host) handle(source, host)
  }
  for (const script of scripts) {
    const host = script.urls.map(unknownHost).find((entry) => entry !== undefined)
    if (host) replace(script.node, '', host, 'script', 'removed')
  }
  // A `<noscript>` fallback (a tracking pixel) is what a browser without JavaScript loads: removed whole.
  for (const node of noscripts) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) continue
    const inner = parser.parse(html.slice(start, end).replace(/^<noscript[^>]*>/i, '').replace(/<\/noscript\s*>$/i, '')) as Root
    const host = collectUrlSources(inner).sources.map((source) => unknownHost(source.url)).find((entry) => entry !== undefined)
    if (host) replace(node, '', host, 'noscript', 'removed')
  }
  if (edits.length === 0) return undefined

  // Outermost first; an edit inside another one is covered by it.
  edits.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: typeof edits = []
  for (const edit of edits) if (!kept.some((other) => edit.start >= other.start && edit.end <= other.end && other !== edit)) kept.push(edit)
  let result = html
  for (const edit of [...kept].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  for (const edit of kept) context.found({ ...edit.finding, file: context.file })
  return result
}

const blockTags = new Set(['p', 'div', 'br', 'li', 'tr', 'fieldset', 'legend', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const silentInputTypes = new Set(['hidden', 'submit', 'button', 'reset', 'image'])

/**
 * A form's text, one paragraph, its lines as they were: labels and other text kept, each field as
 * `[its label]` (aria-label, placeholder or name), a select as `[option / option]`; buttons, hidden
 * fields, scripts and anything that loads are dropped. Escaped; empty when nothing is left.
 */
function formAsText(form: Element): string {
  const parts: string[] = []
  const field = (node: Element, fallback: string) => {
    const value = [node.properties.ariaLabel, node.properties.placeholder, node.properties.name].find((entry) => typeof entry === 'string' && entry.trim() !== '')
    parts.push(` [${String(value ?? fallback).trim()}] `)
  }
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.type === 'text') parts.push(child.value)
      if (child.type !== 'element' || ['script', 'style', 'template', 'noscript', 'button', 'img', 'iframe', 'svg'].includes(child.tagName)) continue
      if (child.tagName === 'input') {
        if (!silentInputTypes.has(String(child.properties.type ?? 'text').toLowerCase())) field(child, String(child.properties.type ?? 'text'))
      } else if (child.tagName === 'textarea') field(child, 'text')
      else if (child.tagName === 'select') {
        const options = child.children.flatMap((option) => (option.type === 'element' && option.tagName === 'option' ? [textOf(option).trim()] : [])).filter(Boolean)
        parts.push(` [${options.join(' / ') || 'select'}] `)
      } else {
        if (blockTags.has(child.tagName)) parts.push('\n')
        walk(child)
        if (blockTags.has(child.tagName)) parts.push('\n')
      }
    }
  }
  walk(form)
  const lines = parts.join('').split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean)
  return lines.length === 0 ? '' : `<p>${lines.map(escapeHtml).join('<br>')}</p>`
}

function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('')
}

function parentsOf(tree: Root): Map<Element, Element> {
  const parents = new Map<Element, Element>()
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (node.type === 'element') parents.set(child, node)
      walk(child)
    }
  }
  walk(tree)
  return parents
}

function ancestors(node: Element, parents: ReadonlyMap<Element, Element>): Element[] {
  const list: Element[] = []
  for (let parent = parents.get(node); parent; parent = parents.get(parent)) list.push(parent)
  return list
}

function linkLabel(node: Element, host: string, lang: 'de' | 'en'): string {
  const image = node.tagName === 'picture' ? node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'img') : node
  const text = (name: string) => {
    const value = image?.properties[name] ?? node.properties[name]
    return typeof value === 'string' ? value.trim() : ''
  }
  const words = lang === 'en' ? { img: 'Image', video: 'Video', audio: 'Audio', other: 'Content' } : { img: 'Bild', video: 'Video', audio: 'Audio', other: 'Inhalt' }
  const what = node.tagName === 'img' || node.tagName === 'picture' ? words.img : node.tagName === 'video' ? words.video : node.tagName === 'audio' ? words.audio : words.other
  const described = text('alt') || text('title')
  return `${what}${described ? `: ${described}` : ''} (${host})`
}

/** The unknown third-party host of a URL, if it has one (not the old site's own, not a registry service). */
export function unknownThirdPartyHost(url: string, ownHosts: ReadonlySet<string>): string | undefined {
  const parsed = parseAbsoluteUrl(url)
  if (!parsed || !/^https?:$/.test(parsed.protocol) || ownHosts.has(parsed.hostname.toLowerCase())) return undefined
  return findServiceByUrl(parsed.href) ? undefined : parsed.hostname.toLowerCase()
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
}
