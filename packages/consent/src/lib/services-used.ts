import type { Site } from '@nichepress/core'
import { consentConfigSchema } from './consent-config-schema.js'
import { siteServices } from './configured-snippets.js'
import type { ConsentFacts } from './plan-blocking.js'
import { services } from './registry.js'
import type { Service } from './service.js'

/**
 * The services a site uses: those configured in `consent.services` plus those found in the built
 * content, sorted by id. The privacy policy and the cookie page list exactly these.
 */
export function servicesUsed(site: Site): Service[] {
  const options = consentConfigSchema.parse(site.config.sections.consent ?? {})
  const ids = new Set(Object.keys(options.services))
  for (const { value } of site.facts<ConsentFacts>('consent')) for (const id of value.services) ids.add(id)
  const known = [...siteServices(options), ...services]
  return [...ids]
    .sort()
    .flatMap((id) => {
      const service = known.find((entry) => entry.id === id)
      return service ? [service] : []
    })
}
