import { definePlugin, documentTree, type NichepressPlugin, type Site } from '@nichepress/core'
import type { VFile } from 'vfile'
import { finishAudit, type AuditOptions, type DocumentAudit } from './audit-documents.js'
import { auditFinishedDocument } from './audit-finished-document.js'
import { lintOptionsSchema, type LintOptions } from './lint-options.js'
import { siteRegistries } from './site-registries.js'
import { legalLinkCountryOfConfig } from './audit-legal-links.js'

/**
 * The lint plugin (name and config key `lint`): audits every finished HTML document at the end
 * of the build. With `lint.audit: 'error'` (default) an error fails the build and warnings are
 * reported; `'warn'` reports everything as warnings; `'off'` skips the audit. `nichepress lint`
 * (command `lint`) reports its own rules instead, so the audit is off there. It emits no files.
 */
export function lintPlugin(): NichepressPlugin<LintOptions> {
  return definePlugin({
    name: 'lint',
    version: '0.1.0',
    configKey: 'lint',
    frontMatterKeys: ['review', 'sponsored'],
    configSchema: lintOptionsSchema,
    setup({ config, options, command }) {
      if (options.audit === 'off' || command === 'lint') return {}
      const { networks, services, allowedHosts, unknownThirdParty, consentEnabled } = siteRegistries(config.sections)
      // The site's language decides, not each page's: an English site's German translation
      // follows the site's legal setup.
      const auditOptions: AuditOptions = { networks, services, allowedHosts, unknownThirdParty, consentEnabled, siteUrl: config.url, rules: options.rules, legalLinks: config.textLanguage === 'de' ? 'all' : 'none', legalCountry: legalLinkCountryOfConfig(config.sections['legal']) }
      return {
        // Each document is audited as it is finished (core keeps the findings with the document,
        // so an unchanged document is not audited again); duplicate titles are found at the end.
        // The shared tree is taken without positions unless the document has findings.
        document: (file: VFile) => {
          file.data['lint'] = auditFinishedDocument(file.path, String(file.value), (treeOptions) => documentTree(file, treeOptions), auditOptions)
        },
        files: (_site: Site, data: ReadonlyMap<string, unknown>) => {
          const audits = new Map<string, DocumentAudit>()
          for (const [path, audit] of data) if (audit) audits.set(path, audit as DocumentAudit)
          // Errors fail the build once every plugin has reported; warnings show in the summary.
          const messages = finishAudit(audits, auditOptions)
          if (options.audit === 'warn') for (const message of messages) message.fatal = false
          return { messages }
        },
      }
    },
  })
}
