import { definePlugin, formatMessage, NichepressError, type NichepressPlugin, type Site } from '@nichepress/core'
import { auditDocuments } from './audit-documents.js'
import { isBuildAuditSuspended } from './build-audit-switch.js'
import { lintOptionsSchema, type LintOptions } from './lint-options.js'
import { siteRegistries } from './site-registries.js'

/**
 * The lint plugin (name and config key `lint`): audits every finished HTML document at the end
 * of the build. With `lint.audit: 'error'` (default) an error fails the build and warnings are
 * printed; `'warn'` prints everything; `'off'` skips the audit. It emits no files.
 */
export function lintPlugin(): NichepressPlugin<LintOptions> {
  return definePlugin({
    name: 'lint',
    version: '0.1.0',
    configKey: 'lint',
    configSchema: lintOptionsSchema,
    setup({ config, options }) {
      if (options.audit === 'off') return {}
      const { networks, services } = siteRegistries(config.sections)
      return {
        files: (_site: Site, documents: ReadonlyMap<string, string>) => {
          if (isBuildAuditSuspended()) return []
          const messages = auditDocuments(documents, { networks, services, siteUrl: config.url, rules: options.rules })
          if (options.audit === 'warn') for (const message of messages) message.fatal = false
          const errors = messages.filter((message) => message.fatal)
          for (const message of messages) if (!message.fatal) console.warn(formatMessage(message))
          if (errors.length > 0) throw new NichepressError(`${errors.length} audit error${errors.length === 1 ? '' : 's'}`, errors)
          return []
        },
      }
    },
  })
}
