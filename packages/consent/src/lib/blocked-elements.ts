import type { Element, Properties } from 'hast'
import { h } from 'hastscript'
import type { BlockingContext } from './plan-blocking.js'
import type { Service } from './service.js'
import { fillText } from './texts.js'

// A data block may not carry these (HTML § 4.12.1); they move to `data-np-*` and the runtime restores them.
const scriptOnlyProperties: Record<string, string> = {
  async: 'async',
  defer: 'defer',
  crossOrigin: 'crossorigin',
  integrity: 'integrity',
  referrerPolicy: 'referrerpolicy',
  fetchPriority: 'fetchpriority',
  noModule: 'nomodule',
}

function consentData(service: Service): Properties {
  return { dataConsentCategory: service.category, dataConsentService: service.id }
}

/** A script turned into an inert data block; `src` moves to `data-src`, a module type to `data-np-type`. */
export function blockedScript(node: Element, service: Service): Element {
  const properties: Properties = {}
  for (const [name, value] of Object.entries(node.properties)) {
    if (name === 'src') properties.dataSrc = value
    else if (name === 'type') {
      // A classic script needs no type back; a module, speculation rules or any other type does.
      if (typeof value === 'string' && !classicScriptTypes.has(value.trim().toLowerCase())) properties.dataNpType = value
    } else if (name in scriptOnlyProperties) {
      // `async` is kept as a mark: the runtime lets the scripts after an async one run without waiting.
      if (name !== 'defer') properties[`data-np-${scriptOnlyProperties[name]}`] = value === true ? '' : value
    } else properties[name] = value
  }
  return { type: 'element', tagName: 'script', properties: { type: 'text/plain', ...consentData(service), ...properties }, children: node.children }
}

// The `type`s of a classic script (HTML § 4.12.1.1: the JavaScript MIME type essence matches).
const classicScriptTypes = new Set(['', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript', 'text/jscript', 'application/x-javascript'])

/** A link whose `ping` reaches a service: the ping waits in `data-np-ping` until consent. */
export function pingHeld(node: Element, service: Service): Element {
  const { ping, ...rest } = node.properties
  return { ...node, properties: { ...rest, ...consentData(service), dataNpPing: Array.isArray(ping) ? ping.join(' ') : String(ping ?? '') } }
}

/**
 * A stand-in service for a host nothing declares: its id (`unknown:<host>`, never a valid service id)
 * is in no consent decision, so what is gated with it stays inert until the site declares the host.
 */
export function undeclaredHost(host: string): Service {
  return {
    id: `unknown:${host}`,
    name: host,
    category: 'marketing',
    provider: { name: host, address: '', country: '' },
    purpose: { de: '', en: '' },
    legalBasis: 'consent',
    needsConsent: true,
    cookies: [],
    privacyPolicyUrl: '',
    scriptHosts: [],
    frameHosts: [],
    pixelHosts: [],
  }
}

/** An inert `<template>` holding a tracking pixel until consent. */
export function pixelTemplate(node: Element, service: Service): Element {
  return templateOf(node, consentData(service))
}

function templateOf(node: Element, properties: Properties): Element {
  const template = h('template', properties)
  template.content = { type: 'root', children: [node] }
  return template
}

// youtube-nocookie.com sets no cookies until the video plays (privacy-enhanced mode).
function embedSource(src: string, service: Service): string {
  if (service.id !== 'youtube') return src
  return src.replace(/^((?:https?:)?\/\/)(?:www\.|m\.)?youtube\.com\//i, '$1www.youtube-nocookie.com/')
}

/** An element whose `style` loads from a service: the style waits in `data-np-style` until consent. */
export function styleBlocked(node: Element, service: Service): Element {
  const { style, ...rest } = node.properties
  return { ...node, properties: { ...rest, ...consentData(service), dataNpStyle: typeof style === 'string' ? style : String(style ?? '') } }
}

// A link a visitor without JavaScript can follow to the content itself (http(s) only).
function openUrl(url: string): string | undefined {
  const trimmed = url.trim()
  if (/^\/\//.test(trimmed)) return `https:${trimmed}`
  return /^https?:\/\//i.test(trimmed) ? trimmed : undefined
}

/**
 * The two-click placeholder that replaces an iframe, image, video, audio or object: what loads, from
 * whom, a load button, "always allow", and a plain link to the content that works without JavaScript.
 */
export function embedPlaceholder(node: Element, service: Service, context: BlockingContext, url?: string): Element {
  const texts = context.texts
  const values = { service: service.name, provider: service.provider.name }
  const src = node.tagName !== 'script' && node.tagName !== 'a' && typeof node.properties.src === 'string' ? node.properties.src : (url ?? '')
  const iframe: Element = node.tagName === 'iframe' && src !== '' ? { ...node, properties: { ...node.properties, src: embedSource(src, service) } } : node
  if (iframe.tagName === 'iframe' && iframe.properties.loading === undefined) iframe.properties.loading = 'lazy'
  const open = openUrl(src)
  // An image or media element may sit inside a paragraph: its placeholder is phrasing content.
  const inline = phrasingTags.has(node.tagName)
  const box = inline ? 'span' : 'div'
  const line = inline ? 'span.np-consent-line' : 'p'
  return h(`${box}.np-consent-embed`, { ...consentData(service), lang: context.lang }, [
    h(`${line}.np-consent-embed-title`, fillText(texts.placeholderTitle, values)),
    h(line, [fillText(texts.placeholderText, values), ' ', h('a', { href: `${context.privacyPolicyPath}#service-${service.id}`, hrefLang: context.privacyPolicyLang }, texts.privacyLink)]),
    h(`${line}.np-consent-embed-actions`, { hidden: true }, [
      h('button', { type: 'button', dataConsentLoad: '' }, fillText(texts.placeholderLoad, values)),
      h('label', [h('input', { type: 'checkbox', dataConsentAlways: '' }), ' ', fillText(texts.placeholderAlways, values)]),
    ]),
    ...(open ? [h(line, [h('a', { href: open, rel: openRel(node), target: '_blank' }, fillText(texts.placeholderOpen, values))])] : []),
    templateOf(iframe, {}),
  ])
}

// The open link keeps the rel of a link it stands for (`sponsored` on an affiliate link).
function openRel(node: Element): string {
  const own = node.tagName === 'a' ? node.properties.rel : undefined
  const values = Array.isArray(own) ? own.map(String) : own === undefined || own === null ? [] : String(own).split(' ')
  return [...new Set([...values.filter(Boolean), 'noopener', 'noreferrer'])].join(' ')
}

const phrasingTags = new Set(['img', 'picture', 'video', 'audio', 'object', 'embed', 'input', 'a'])
