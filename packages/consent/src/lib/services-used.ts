import type { Site } from '@nichepress/core'
import { consentConfigSchema, type AllowedHost } from './consent-config-schema.js'
import { siteServices } from './configured-snippets.js'
import type { BlockingContext, ConsentFacts } from './plan-blocking.js'
import { services } from './registry.js'
import type { Service } from './service.js'
import { defaultTexts, privacyPolicyPaths } from './texts.js'
import { scanTheme, type ThemeFacts } from './theme-scan.js'

/** The blocking context of a site's config (texts in its language). */
export function siteBlockingContext(site: Pick<Site, 'config'>): BlockingContext {
  const options = consentConfigSchema.parse(site.config.sections.consent ?? {})
  return {
    customServices: siteServices(options),
    siteHost: new URL(site.config.url).hostname,
    texts: defaultTexts.de,
    privacyPolicyPath: privacyPolicyPaths.de,
    allow: options.allow,
    allowContentScripts: options.allowContentScripts,
  }
}

/** What the site's theme templates contact (scanned once per theme and config). */
export function themeFacts(site: Pick<Site, 'config'>): ThemeFacts {
  const { paths, root } = site.config
  const dirs = [paths.theme, ...(paths.defaultTheme && paths.defaultTheme !== paths.theme ? [paths.defaultTheme] : [])]
  return scanTheme(dirs, root, siteBlockingContext(site))
}

function allFacts(site: Site): ConsentFacts[] {
  return [...site.facts<ConsentFacts>('consent').map(({ value }) => value), themeFacts(site)]
}

/**
 * The services a site uses: those configured in `consent.services`, those found in the built
 * content and those in the theme's templates, sorted by id. The banner, the privacy policy and the
 * cookie page list exactly these.
 */
export function servicesUsed(site: Site): Service[] {
  const options = consentConfigSchema.parse(site.config.sections.consent ?? {})
  const ids = new Set(Object.keys(options.services))
  for (const facts of allFacts(site)) for (const id of facts.services) ids.add(id)
  const known = [...siteServices(options), ...services]
  return [...ids]
    .sort()
    .flatMap((id) => {
      const service = known.find((entry) => entry.id === id)
      return service ? [service] : []
    })
}

/** The `consent.allow` entries a site actually uses: recipients it names in the privacy policy. */
export function allowedHostsUsed(site: Site): AllowedHost[] {
  const options = consentConfigSchema.parse(site.config.sections.consent ?? {})
  const used = new Set(allFacts(site).flatMap((facts) => facts.allowedHosts ?? []))
  return options.allow.filter((entry) => used.has(entry.host))
}

/** Origins found in the site's output, by CSP directive (services' and allowed hosts'). */
export function originsFound(site: Site): Record<string, string[]> {
  const found = new Map<string, Set<string>>()
  for (const facts of allFacts(site)) {
    for (const [directive, values] of Object.entries(facts.origins ?? {})) for (const value of values) (found.get(directive) ?? found.set(directive, new Set()).get(directive))?.add(value)
  }
  return Object.fromEntries([...found.entries()].map(([directive, values]) => [directive, [...values].sort()]))
}
