import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { definePlugin, type DocumentPage, type HeadElement, type NichepressPlugin, type OutputPage, type Site } from '@nichepress/core'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { blockDocument } from './block-document.js'
import { consentConfigSchema, type ConsentOptions } from './consent-config-schema.js'
import { consentUnknownThirdParty } from './consent-diagnostics.js'
import { configuredSnippets, siteServices } from './configured-snippets.js'
import type { BlockingContext, ConsentFacts, UnknownThirdParty } from './plan-blocking.js'
import { rehypeConsentBlocking } from './rehype-consent-blocking.js'
import { jsonDataBlock, runtimeConfig } from './runtime-config.js'
import { servicesUsed } from './services-used.js'
import { cookiePagePath, defaultTexts, privacyPolicyPaths, type ConsentTexts } from './texts.js'

const runtimeFolder = new URL('../runtime/', import.meta.url)
/** Where the runtime is emitted, relative to the output folder. */
export const runtimeScriptPath = '_np/consent.js'
export const runtimeStylePath = '_np/consent.css'

function textsFor(options: ConsentOptions, lang: 'de' | 'en'): ConsentTexts {
  const overrides = Object.fromEntries(Object.entries(options.texts[lang] ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] in defaultTexts[lang]))
  return { ...defaultTexts[lang], ...overrides }
}

function cspSources(hosts: readonly string[]): string[] {
  return [...new Set(hosts.map((host) => `https://${host.split('/')[0]}`))].sort()
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
      if (!options.enabled) return {}
      const siteHost = new URL(config.url).hostname
      const customServices = siteServices(options)
      const script = readFileSync(new URL('consent.min.js', runtimeFolder), 'utf8')
      const style = readFileSync(new URL('consent.min.css', runtimeFolder), 'utf8')
      const version = createHash('sha256').update(script).update(style).digest('hex').slice(0, 10)
      const texts = { de: textsFor(options, 'de'), en: textsFor(options, 'en') }
      const contextFor = (lang: 'de' | 'en'): BlockingContext => ({ customServices, siteHost, texts: texts[lang], privacyPolicyPath: privacyPolicyPaths[lang] })
      const bodyEndByLang = new Map<string, string>()

      // Without a service that needs consent there is nothing to ask: no banner, no runtime.
      const needsConsentBySite = new WeakMap<Site, boolean>()
      const needsConsent = (site: Site) => {
        let needed = needsConsentBySite.get(site)
        if (needed === undefined) {
          needed = servicesUsed(site).some((service) => service.needsConsent)
          needsConsentBySite.set(site, needed)
        }
        return needed
      }

      const bodyEnd = (lang: 'de' | 'en', site: Site) => {
        if (!needsConsent(site)) return ''
        let html = bodyEndByLang.get(lang)
        if (html === undefined) {
          const snippets = blockDocument(configuredSnippets(options), contextFor(lang)).html
          html = `${snippets}\n${jsonDataBlock('np-consent-config', runtimeConfig(options, servicesUsed(site), lang, texts[lang]))}`
          bodyEndByLang.set(lang, html)
        }
        return html
      }

      return {
        rehypePlugins: [[rehypeConsentBlocking, { customServices, siteHost, texts }]],
        head: (_page: OutputPage, site: Site): HeadElement[] =>
          needsConsent(site)
            ? [
                { tag: 'link', attributes: { rel: 'stylesheet', href: `/${runtimeStylePath}?v=${version}` } },
                { tag: 'script', attributes: { src: `/${runtimeScriptPath}?v=${version}`, defer: true } },
              ]
            : [],
        templateData: (page: OutputPage, site: Site) => ({
          bodyEnd: bodyEnd(page.lang, site),
          slots: { footer: `<a class="np-consent-open" href="${cookiePagePath}" data-consent-open>${escapeText(texts[page.lang].footerLink)}</a>` },
        }),
        // Blocks what the layout added (theme snippets); what the content has is blocked already.
        document: (file: VFile, page: DocumentPage) => {
          const result = blockDocument(String(file.value), contextFor(page.lang))
          file.value = result.html
          const where = page.source?.relativePath ?? page.url
          const inContent = new Set((page.source?.facts.consent as ConsentFacts | undefined)?.unknownThirdParties.map((entry) => entry.host) ?? [])
          const found = result.facts.unknownThirdParties.filter((entry) => !inContent.has(entry.host)).map((entry) => ({ file: where, entry }))
          file.messages.push(...unknownThirdPartyMessages(found, options.unknownThirdParty))
        },
        contentSecurityPolicy: (site: Site) => {
          const used = servicesUsed(site)
          return {
            'script-src': cspSources(used.flatMap((service) => [...service.scriptHosts, ...(service.urlPatterns ?? [])])),
            'frame-src': cspSources(used.flatMap((service) => service.frameHosts)),
            'img-src': cspSources(used.flatMap((service) => service.pixelHosts)),
            'connect-src': cspSources(used.flatMap((service) => service.connectHosts ?? [])),
          }
        },
        files: (site: Site) => {
          const found = site.facts<ConsentFacts>('consent').flatMap(({ page, value }) => value.unknownThirdParties.map((entry) => ({ file: page.relativePath, entry })))
          for (const message of unknownThirdPartyMessages(found, options.unknownThirdParty)) site.report(message)
          return [
            { path: runtimeScriptPath, contents: script },
            { path: runtimeStylePath, contents: style },
          ]
        },
      }
    },
  })
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

// Every unknown third party is reported (an error fails the build after all are collected).
function unknownThirdPartyMessages(found: ReadonlyArray<{ file: string; entry: UnknownThirdParty }>, mode: 'error' | 'warn'): VFileMessage[] {
  return found.map(({ file, entry }) => {
    const message = consentUnknownThirdParty.create({ file, line: entry.line || undefined, column: entry.column || undefined }, [entry.host, entry.tag])
    if (mode === 'warn') message.fatal = false
    return message
  })
}
