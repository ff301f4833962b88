import { definePlugin, NichepressError, type NichepressPlugin, type Site } from '@nichepress/core'
import { networksUsed } from '@nichepress/affiliate'
import { allowedHostsUsed, consentStorage, servicesUsed } from '@nichepress/consent'
import { legalConfigSchema, type LegalConfig } from './legal-config-schema.js'
import { generateLegalPages, legalFooterLinks } from './generate-legal-pages.js'
import type { PolicyInputs } from './policy-inputs.js'
import { legalScopeOf, legalWarnings, validateLegalConfig } from './validate-legal-config.js'
import { swissLanguageWarnings, swissPageLanguage } from './swiss-page-language.js'

const pluginVersion = '0.1.0'

/**
 * The legal plugin: validates `legal` against the law for the site's country, then adds the
 * Impressum, privacy policy and cookie page (in the site's language) and links them from every footer.
 */
export function legalPlugin(): NichepressPlugin<LegalConfig> {
  return definePlugin<LegalConfig>({
    name: 'legal',
    version: pluginVersion,
    configKey: 'legal',
    configSchema: legalConfigSchema,
    setup({ config, options }) {
      const lang = config.textLanguage
      const scope = legalScopeOf(options, lang)
      const messages = validateLegalConfig(options, scope, config.configFile)
      if (messages.length > 0) throw new NichepressError(`${messages.length} legal field${messages.length === 1 ? '' : 's'} missing`, messages)
      const consent = config.sections.consent as { enabled?: boolean } | undefined
      const consentLinksCookiePage = config.plugins.some((plugin) => plugin.name === 'consent') && consent?.enabled !== false
      const swissLanguage = swissPageLanguage(scope, config)
      const footerLinks = legalFooterLinks(scope, lang, { consentLinksCookiePage, swissLanguage })
      return {
        pages: (site) => generateLegalPages(options, scope, policyInputsOf(site), lang, swissLanguage),
        site: (site) => [
          ...legalWarnings(options, scope, config.configFile, new Date().toISOString().slice(0, 10), servicesUsed(site), config.language),
          ...swissLanguageWarnings(scope, config, config.configFile),
        ],
        templateData: () => ({ footerLinks }),
      }
    },
  })
}

/** What the built site uses: services configured or found in content, affiliate networks linked. */
export function policyInputsOf(site: Site): PolicyInputs {
  return { services: servicesUsed(site), networks: networksUsed(site), consentStorage, allowedHosts: allowedHostsUsed(site) }
}
