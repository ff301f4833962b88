import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basePathOf, definePlugin, documentTree, outputPathOf, partLanguage, type DocumentPage, type HeadElement, type NichepressPlugin, type OutputPage, type Site } from '@nichepress/core'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { blockDocument } from './block-document.js'
import { consentConfigSchema, type ConsentOptions } from './consent-config-schema.js'
import { consentOffHooks } from './consent-off.js'
import { consentContentEventHandler, consentContentInlineScript, consentUnknownThirdParty } from './consent-diagnostics.js'
import { configuredSnippets, siteServices } from './configured-snippets.js'
import type { BlockingContext, ConsentFacts, UnknownThirdParty } from './plan-blocking.js'
import { rehypeConsentBlocking } from './rehype-consent-blocking.js'
import { remarkNoscriptBlocks } from './remark-noscript-blocks.js'
import { jsonDataBlock, runtimeConfig } from './runtime-config.js'
import type { Service } from './service.js'
import { originsFound, servicesUsed, themeFacts } from './services-used.js'
import { siteTexts, textLanguageMessages } from './site-texts.js'
import { consentLanguageOf, cookiePagePath, legalLanguageFor, privacyPolicyPaths, type ConsentTexts } from './texts.js'

const runtimeFolder = new URL('../runtime/', import.meta.url)
/** Where the runtime is emitted, relative to the output folder. */
export const runtimeScriptPath = '_np/consent.js'
export const runtimeStylePath = '_np/consent.css'

// A registry host matches its subdomains too (`disqus.com` covers `example.disqus.com`), so a bare
// registrable domain also allows its subdomains in the CSP.
function cspSources(hosts: readonly string[]): string[] {
  return [
    ...new Set(
      hosts.flatMap((entry) => {
        const host = entry.split('/')[0] ?? ''
        return host.split('.').length === 2 ? [`https://${host}`, `https://*.${host}`] : [`https://${host}`]
      }),
    ),
  ].sort()
}

/**
 * The CSP sources the used services and allowed hosts need, by directive: the registry's hosts of each
 * kind plus every origin the build found in the output. Nothing else: what the analysis missed cannot load.
 */
export function consentContentSecurityPolicy(used: readonly Service[], found: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const hosts = (pick: (service: Service) => readonly string[]) => used.flatMap(pick)
  const policy: Record<string, string[]> = {
    'script-src': cspSources(hosts((service) => [...service.scriptHosts, ...(service.urlPatterns ?? [])])),
    'frame-src': cspSources(hosts((service) => service.frameHosts)),
    'img-src': cspSources(hosts((service) => [...service.pixelHosts, ...(service.imageHosts ?? [])])),
    'media-src': cspSources(hosts((service) => service.mediaHosts ?? [])),
    'style-src': cspSources(hosts((service) => service.styleHosts ?? [])),
    'font-src': cspSources(hosts((service) => service.fontHosts ?? [])),
    'connect-src': cspSources(hosts((service) => service.connectHosts ?? [])),
    'form-action': cspSources(hosts((service) => service.formHosts ?? [])),
  }
  for (const [directive, sources] of Object.entries(found)) policy[directive] = [...new Set([...(policy[directive] ?? []), ...sources])].sort()
  return Object.fromEntries(Object.entries(policy).filter(([, sources]) => sources.length > 0))
}

/**
 * The consent plugin: blocks every registry tracker and embed at build time, includes the
 * configured services' snippets (blocked), the runtime and its config, and the footer link.
 */
export function consentPlugin(): NichepressPlugin<ConsentOptions> {
  return definePlugin({
    name: 'consent',
    version: '0.1.0',
    configKey: 'consent',
    configSchema: consentConfigSchema,
    setup({ config, options }) {
      // Switched off, nothing can ask the visitor: whatever would wait for consent fails the build (and
      // `allowContentScripts` still passes on: the site trusts its authors either way).
      if (!options.enabled) return consentOffHooks(config, options, (site) => consentContentSecurityPolicy(servicesUsed(site), originsFound(site)))
      const siteHost = new URL(config.url).hostname
      const basePath = basePathOf(config.url)
      const customServices = siteServices(options)
      const script = readFileSync(new URL('consent.min.js', runtimeFolder), 'utf8')
      const style = readFileSync(new URL('consent.min.css', runtimeFolder), 'utf8')
      const version = createHash('sha256').update(script).update(style).digest('hex').slice(0, 10)
      const texts = siteTexts(options)
      const available = new Set(texts.keys())
      // The consent texts follow the page's content language (`page.lang`) where they exist in it, else
      // its text language; texts in another language than the page carry their own `lang` (WCAG 3.1.2).
      const languageOf = (page: { lang: string; textLanguage: string }) => consentLanguageOf(page.lang, page.textLanguage, available)
      const textsIn = (lang: string): ConsentTexts => texts.get(lang) ?? (texts.get('en') as ConsentTexts)
      // The legal pages exist once, in the site's text language (@nichepress/legal): an English post of a
      // German site links /datenschutz/, not a /privacy/ that was never made.
      const legalLanguage = config.textLanguage
      const contextFor = (lang: string, pageLang: string): BlockingContext => ({ customServices, siteHost, texts: textsIn(lang), lang: partLanguage(lang, pageLang), privacyPolicyPath: privacyPolicyPaths[legalLanguage], privacyPolicyLang: legalLanguageFor(lang, legalLanguage), allow: options.allow })
      // The theme's templates, scanned once: their services are declared like content ones.
      const theme = themeFacts({ config })
      const themeHosts = new Set(theme.unknownThirdParties.map((entry) => entry.host))
      const bodyEndByLang = new Map<string, string>()

      // Without a service that needs consent there is nothing to ask: no banner, no runtime.
      let used: ReturnType<typeof servicesUsed> = []
      let needsConsent = false

      // A configured service whose own snippet is already on the page (theme or post) is not added twice.
      // The snippets are written even when nothing needs consent (a measurement the site runs without
      // consent); the runtime's configuration only when there is something to ask.
      const bodyEnd = (page: OutputPage) => {
        const lang = languageOf(page)
        const contentServices = (page.source?.rendered.facts.consent as ConsentFacts | undefined)?.services ?? []
        const present = new Set([...theme.services, ...contentServices].filter((id) => id in options.services))
        const context = contextFor(lang, page.lang)
        const key = `${lang}\0${context.lang ?? ''}\0${[...present].sort().join(',')}`
        let html = bodyEndByLang.get(key)
        if (html === undefined) {
          const snippets = blockDocument(configuredSnippets(options, present), context).html
          html = needsConsent ? `${snippets}\n${jsonDataBlock('np-consent-config', runtimeConfig(options, used, lang, textsIn(lang), { partLang: context.lang, legalLanguage, basePath }))}` : snippets
          bodyEndByLang.set(key, html)
        }
        return html
      }

      return {
        allowContentScripts: options.allowContentScripts,
        remarkPlugins: [remarkNoscriptBlocks],
        rehypePlugins: [[rehypeConsentBlocking, { customServices, siteHost, texts: Object.fromEntries(texts), legalLanguage, allow: options.allow, allowContentScripts: options.allowContentScripts }]],
        site: (site: Site) => {
          used = servicesUsed(site)
          needsConsent = used.some((service) => service.needsConsent)
          return textLanguageMessages(site, available)
        },
        head: (): HeadElement[] =>
          needsConsent
            ? [
                { tag: 'link', attributes: { rel: 'stylesheet', href: `/${runtimeStylePath}?v=${version}` } },
                { tag: 'script', attributes: { src: `/${runtimeScriptPath}?v=${version}`, defer: true } },
              ]
            : [],
        templateData: (page: OutputPage) => ({
          bodyEnd: bodyEnd(page),
          slots: { footer: footerLink(textsIn(languageOf(page)).footerLink, partLanguage(languageOf(page), page.lang)) },
        }),
        // Blocks what the layout added (theme snippets); what the content has is blocked already.
        document: (file: VFile, page: DocumentPage) => {
          const result = blockDocument(String(file.value), contextFor(languageOf(page), page.lang), (treeOptions) => documentTree(file, treeOptions))
          file.value = result.html
          const inContent = new Set((page.source?.facts.consent as ConsentFacts | undefined)?.unknownThirdParties.map((entry) => entry.host) ?? [])
          // The theme's own problems are reported once, at their template's line (in `files`). What is
          // left was assembled by the layout (template syntax inside a host): its line is one of the
          // finished document, so the finding names that document and the layout, not the page's source.
          const where = outputPathOf(page.url)
          const found = result.facts.unknownThirdParties
            .filter((entry) => !inContent.has(entry.host) && !themeHosts.has(entry.host))
            .map((entry) => ({ file: where, entry: { ...entry, via: `${entry.via ? `${entry.via}, ` : ''}in the page the theme's \`${page.layout}\` layout or its partials made` } }))
          file.messages.push(...unknownThirdPartyMessages(found, options.unknownThirdParty))
        },
        // Runs while the site model is made, before the `site` hook: from its argument.
        contentSecurityPolicy: (site: Site) => consentContentSecurityPolicy(servicesUsed(site), originsFound(site)),
        files: (site: Site) => {
          const found = [...site.facts<ConsentFacts>('consent').flatMap(({ page, value }) => value.unknownThirdParties.map((entry) => ({ file: page.relativePath, entry }))), ...theme.problems]
          return {
            files: [
              { path: runtimeScriptPath, contents: script },
              { path: runtimeStylePath, contents: style },
            ],
            messages: unknownThirdPartyMessages(found, options.unknownThirdParty),
          }
        },
      }
    },
  })
}

// The footer's "Cookie-Einstellungen" opens the dialog (or, without JavaScript, the cookie page).
function footerLink(label: string, lang: string | undefined): string {
  return `<a class="np-consent-open" href="${cookiePagePath}"${lang ? ` lang="${escapeText(lang)}"` : ''} data-consent-open>${escapeText(label)}</a>`
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

// Every unknown third party is reported (an error fails the build after all are collected).
function unknownThirdPartyMessages(found: ReadonlyArray<{ file: string; entry: UnknownThirdParty }>, mode: 'error' | 'warn'): VFileMessage[] {
  return found.map(({ file, entry }) => {
    const place = { file, line: entry.line || undefined, column: entry.column || undefined }
    if (entry.code === 'content-event-handler') return consentContentEventHandler.create(place, [entry.via ?? 'on…', entry.tag])
    if (entry.code === 'content-inline-script') return consentContentInlineScript.create(place, [])
    const message = consentUnknownThirdParty.create(place, [entry.host, entry.tag, entry.via])
    if (mode === 'warn') message.fatal = false
    return message
  })
}
