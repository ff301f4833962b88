import { createFileCache, definePlugin, type NichepressPlugin, type Site } from '@nichepress/core'
import { join } from 'node:path'
import { auditDocuments, type AuditCache } from './audit-documents.js'
import { isBuildAuditSuspended } from './build-audit-switch.js'
import { lintOptionsSchema, type LintOptions } from './lint-options.js'
import { siteRegistries } from './site-registries.js'

/**
 * The lint plugin (name and config key `lint`): audits every finished HTML document at the end
 * of the build. With `lint.audit: 'error'` (default) an error fails the build and warnings are
 * reported; `'warn'` reports everything as warnings; `'off'` skips the audit. It emits no files.
 */
export function lintPlugin(): NichepressPlugin<LintOptions> {
  return definePlugin({
    name: 'lint',
    version: '0.1.0',
    configKey: 'lint',
    configSchema: lintOptionsSchema,
    setup({ config, options, cacheDir }) {
      if (options.audit === 'off') return {}
      const { networks, services } = siteRegistries(config.sections)
      // Unchanged documents reuse their findings: parsing every document is the audit's cost.
      const cache: AuditCache | undefined = cacheDir ? createFileCache(join(cacheDir, 'audit')) : undefined
      return {
        files: (site: Site, documents: ReadonlyMap<string, string>) => {
          if (isBuildAuditSuspended()) return []
          // The site's language decides, not each page's: an English site's German translation
          // follows the site's legal setup.
          const legalLinks = config.language === 'de' ? 'all' : 'none'
          const messages = auditDocuments(documents, { networks, services, siteUrl: config.url, rules: options.rules, legalLinks }, cache)
          // Errors fail the build once every plugin has reported; warnings show in the summary.
          for (const message of messages) {
            if (options.audit === 'warn') message.fatal = false
            site.report(message)
          }
          return []
        },
      }
    },
  })
}
