import type { InlineHashes } from './inline-hashes.js'

/** The directives every nichepress site starts from; plugins and inline hashes add sources. */
export const baseContentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
}

const directiveOrder = Object.keys(baseContentSecurityPolicy)

/**
 * The Content-Security-Policy header value: the base policy, the hashes of inline code and the
 * sources other plugins asked for (`site.contentSecurityPolicy`). A directive only a plugin names
 * (e.g. `frame-src`) starts from `'self'`. Directives and sources come in a stable order.
 */
export function buildContentSecurityPolicy(hashes: InlineHashes, extra: Readonly<Record<string, readonly string[]>>): string {
  const policy = new Map<string, string[]>(Object.entries(baseContentSecurityPolicy).map(([name, sources]) => [name, [...sources]]))
  const add = (name: string, sources: readonly string[]) => {
    const existing = policy.get(name) ?? ["'self'"]
    policy.set(name, [...existing, ...sources.filter((source) => !existing.includes(source) && source.trim() !== '')])
  }
  add('script-src', [...hashes.scripts, ...(hashes.scriptAttributes.length > 0 ? ["'unsafe-hashes'", ...hashes.scriptAttributes] : [])])
  add('style-src', [...hashes.styles, ...(hashes.styleAttributes.length > 0 ? ["'unsafe-hashes'", ...hashes.styleAttributes] : [])])
  for (const name of Object.keys(extra).sort()) add(name, extra[name] ?? [])
  const names = [...directiveOrder.filter((name) => policy.has(name)), ...[...policy.keys()].filter((name) => !directiveOrder.includes(name)).sort()]
  return [...names.map((name) => `${name} ${(policy.get(name) ?? []).join(' ')}`), 'upgrade-insecure-requests'].join('; ')
}
