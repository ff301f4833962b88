import { services } from './registry.js'
import type { Service } from './service.js'

// A pattern (host + path prefix) is more specific than a host, whatever their lengths.
const patternWeight = 1000

/** Parses `url` when it points to another site over http(s) (absolute or protocol-relative); else undefined. */
export function thirdPartyUrl(url: string, siteHost?: string): URL | undefined {
  const trimmed = url.trim()
  if (!/^(?:https?:)?\/\//i.test(trimmed)) return undefined
  try {
    const parsed = new URL(trimmed, 'https://first-party.invalid/')
    if (siteHost !== undefined && parsed.hostname === siteHost) return undefined
    return parsed
  } catch {
    return undefined
  }
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
