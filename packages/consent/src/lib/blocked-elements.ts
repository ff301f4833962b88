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
      if (value === 'module') properties.dataNpType = value
    } else if (name in scriptOnlyProperties) {
      if (name !== 'async' && name !== 'defer') properties[`data-np-${scriptOnlyProperties[name]}`] = value === true ? '' : value
    } else properties[name] = value
  }
  return { type: 'element', tagName: 'script', properties: { type: 'text/plain', ...consentData(service), ...properties }, children: node.children }
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

/** The two-click placeholder that replaces an iframe: what loads, from whom, a load button, "always allow". */
export function embedPlaceholder(node: Element, service: Service, context: BlockingContext): Element {
  const texts = context.texts
  const values = { service: service.name, provider: service.provider.name }
  const src = typeof node.properties.src === 'string' ? node.properties.src : ''
  const iframe: Element = { ...node, properties: { ...node.properties, src: embedSource(src, service) } }
  if (iframe.properties.loading === undefined) iframe.properties.loading = 'lazy'
  return h('div.np-consent-embed', consentData(service), [
    h('p.np-consent-embed-title', fillText(texts.placeholderTitle, values)),
    h('p', [fillText(texts.placeholderText, values), ' ', h('a', { href: `${context.privacyPolicyPath}#service-${service.id}` }, texts.privacyLink)]),
    h('p.np-consent-embed-actions', { hidden: true }, [
      h('button', { type: 'button', dataConsentLoad: '' }, fillText(texts.placeholderLoad, values)),
      h('label', [h('input', { type: 'checkbox', dataConsentAlways: '' }), ' ', fillText(texts.placeholderAlways, values)]),
    ]),
    h('p', [h('a', { href: src, rel: 'noopener', target: '_blank' }, fillText(texts.placeholderOpen, values))]),
    templateOf(iframe, {}),
  ])
}
