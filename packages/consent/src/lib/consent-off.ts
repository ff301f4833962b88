import { documentTree, outputPathOf, type DocumentPage, type PluginHooks, type Site } from '@nichepress/core'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { blockDocument } from './block-document.js'
import type { ConsentOptions } from './consent-config-schema.js'
import { consentOffThirdParty } from './consent-diagnostics.js'
import { siteServices } from './configured-snippets.js'
import type { BlockingContext, ConsentFacts, UnknownThirdParty } from './plan-blocking.js'
import { rehypeConsentBlocking } from './rehype-consent-blocking.js'
import { siteBlockingContext } from './services-used.js'
import { scanTheme } from './theme-scan.js'
import { defaultTexts, privacyPolicyPaths } from './texts.js'

/**
 * The consent plugin switched off (`consent.enabled: false`): no banner, no runtime, and so nothing a
 * visitor could agree to. The same analysis as with consent on runs over content, theme and finished
 * pages; every third party that would have to wait for consent — a registry service that needs it, a
 * host nothing declares — fails the build as `consent-off-third-party` at its place, whatever kind of
 * element carries it (script, image, srcset, poster, iframe, stylesheet, preconnect, CSS `url()` and
 * `@import`, noscript pixel, inline loader). Consent-free services and `consent.allow` hosts load, as
 * with consent on, and are named in the privacy policy and the CSP.
 */
export function consentOffHooks(config: Pick<Site, 'config'>['config'], options: ConsentOptions, contentSecurityPolicy: (site: Site) => Record<string, string[]>): PluginHooks {
  const siteHost = new URL(config.url).hostname
  const customServices = siteServices(options)
  const context: BlockingContext = { customServices, siteHost, texts: defaultTexts.en, privacyPolicyPath: privacyPolicyPaths.en, allow: options.allow, consentOff: true }
  const theme = scanTheme(themeDirs(config), config.root, { ...siteBlockingContext({ config }), consentOff: true })
  const themeHosts = new Set(theme.problems.map((problem) => problem.entry.host))
  return {
    allowContentScripts: options.allowContentScripts,
    rehypePlugins: [[rehypeConsentBlocking, { customServices, siteHost, allow: options.allow, allowContentScripts: options.allowContentScripts, consentOff: true }]],
    // What the layout assembled (template syntax inside a host) is found in the finished page only.
    document: (file: VFile, page: DocumentPage) => {
      const { facts } = blockDocument(String(file.value), context, (treeOptions) => documentTree(file, treeOptions))
      const inContent = new Set(((page.source?.facts.consent as ConsentFacts | undefined)?.unknownThirdParties ?? []).map((entry) => entry.host))
      const found = facts.unknownThirdParties.filter((entry) => !inContent.has(entry.host) && !themeHosts.has(entry.host))
      file.messages.push(...offMessages(found.map((entry) => ({ file: outputPathOf(page.url), entry: { ...entry, via: `${entry.via ? `${entry.via}, ` : ''}in the page the theme's \`${page.layout}\` layout or its partials made` } })), options.unknownThirdParty))
    },
    contentSecurityPolicy,
    files: (site: Site) => ({
      files: [],
      messages: offMessages([...site.facts<ConsentFacts>('consent').flatMap(({ page, value }) => value.unknownThirdParties.map((entry) => ({ file: page.relativePath, entry }))), ...theme.problems], options.unknownThirdParty),
    }),
  }
}

function themeDirs(config: Pick<Site, 'config'>['config']): string[] {
  const { paths } = config
  return [paths.theme, ...(paths.defaultTheme && paths.defaultTheme !== paths.theme ? [paths.defaultTheme] : [])]
}

// Only the consent-off findings: content's scripts and event handlers are core's rule with consent off.
// An undeclared host follows `unknownThirdParty` (a warning keeps its element inert, which nothing
// releases with consent off); a service that needs consent is always an error.
function offMessages(found: ReadonlyArray<{ file: string; entry: UnknownThirdParty }>, mode: ConsentOptions['unknownThirdParty']): VFileMessage[] {
  return found
    .filter(({ entry }) => entry.code === 'consent-off-third-party')
    .map(({ file, entry }) => {
      const message = consentOffThirdParty.create({ file, line: entry.line || undefined, column: entry.column || undefined }, [entry.host, entry.tag, entry.via, entry.service])
      if (mode === 'warn' && entry.service === undefined) message.fatal = false
      return message
    })
}
