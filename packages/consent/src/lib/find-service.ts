import { services } from './registry.js'
import type { Service } from './service.js'

// A pattern (host + path prefix) is more specific than a host, whatever their lengths.
const patternWeight = 1000

// The base a relative URL resolves against when the site's host is not known: never a real host.
const unknownSiteHost = 'first-party.invalid'

/**
 * Parses `url` as a browser does on an https page of `siteHost` and returns it when it reaches
 * another host over http(s); else undefined. The URL parser, not a pattern, decides: a browser drops
 * tabs and newlines anywhere in a URL (`ht\ntps://`), reads `\` as `/` (`https:\\host`, `/\host`) and
 * takes `http:host` as absolute, and each of these reaches the host as surely as `https://host`.
 */
export function thirdPartyUrl(url: string, siteHost?: string): URL | undefined {
  // WHATWG URL: leading and trailing C0 controls and spaces go, and every tab and newline inside.
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '')
  // Only a URL with a scheme or a host of its own can leave the site; a path cannot.
  if (!/^(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(cleaned)) return undefined
  const site = siteHost ?? unknownSiteHost
  let parsed: URL
  try {
    parsed = new URL(cleaned, `https://${site}/`)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined
  if (parsed.hostname === site || parsed.hostname === '') return undefined
  return parsed
}

function hostMatches(host: string, entry: string): boolean {
  return host === entry || host.endsWith(`.${entry}`)
}

/** Every host a service loads from (not its connect hosts: those its own script contacts later). */
export function hostsOf(service: Service): readonly string[] {
  return [
    ...service.scriptHosts,
    ...service.frameHosts,
    ...service.pixelHosts,
    ...(service.styleHosts ?? []),
    ...(service.fontHosts ?? []),
    ...(service.imageHosts ?? []),
    ...(service.mediaHosts ?? []),
    ...(service.formHosts ?? []),
  ]
}

/**
 * The registry service a URL belongs to, or undefined. `customServices` are searched first. A
 * matching `urlPatterns` entry beats a host match; among equals the longer match wins.
 */
export function findServiceByUrl(url: string, customServices: readonly Service[] = []): Service | undefined {
  const parsed = thirdPartyUrl(url)
  if (!parsed) return undefined
  const host = parsed.hostname.toLowerCase()
  const key = `${host}${parsed.pathname}${parsed.search}`
  let best: { service: Service; score: number } | undefined
  for (const service of [...customServices, ...services]) {
    for (const pattern of service.urlPatterns ?? []) {
      const score = key.startsWith(pattern) ? patternWeight + pattern.length : 0
      if (score > (best?.score ?? 0)) best = { service, score }
    }
    for (const entry of hostsOf(service)) {
      const score = hostMatches(host, entry) ? entry.length : 0
      if (score > (best?.score ?? 0)) best = { service, score }
    }
  }
  return best?.service
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The service an inline script belongs to: a registry host or URL pattern named in its text
 * (bounded, so `t.co` does not match `const.co`), else the longest inline marker found.
 */
export function findServiceByScriptText(text: string, customServices: readonly Service[] = []): Service | undefined {
  let best: { service: Service; score: number } | undefined
  for (const service of [...customServices, ...services]) {
    for (const entry of [...hostsOf(service), ...(service.urlPatterns ?? [])]) {
      const found = new RegExp(`(?:^|[/"'\\s.])${escapeRegExp(entry)}(?=[/"'?:\\s]|$)`).test(text)
      const score = found ? patternWeight + entry.length : 0
      if (score > (best?.score ?? 0)) best = { service, score }
    }
    for (const marker of service.inlineMarkers ?? []) {
      const score = text.includes(marker) ? marker.length : 0
      if (score > (best?.score ?? 0)) best = { service, score }
    }
  }
  return best?.service
}
