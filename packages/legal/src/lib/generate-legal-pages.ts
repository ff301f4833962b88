import type { OutputPage } from '@nichepress/core'
import type { Root } from 'hast'
import { serializeLegalTree } from './hast-helpers.js'
import type { LegalConfig } from './legal-config-schema.js'
import { legalPages, type LegalPageKind } from './legal-page-urls.js'
import type { PolicyInputs } from './policy-inputs.js'
import { renderCookiePage } from './render-cookie-page.js'
import { renderImpressum } from './render-impressum.js'
import { renderPrivacyPolicy } from './render-privacy-policy.js'
import type { LegalScope } from './validate-legal-config.js'

/** The legal pages that apply to this site, as core output pages with the theme's `page` layout. */
export function generateLegalPages(config: LegalConfig, scope: LegalScope, inputs: PolicyInputs, lang: 'de' | 'en'): OutputPage[] {
  if (!scope.hasLegalPages) return []
  const pages: OutputPage[] = []
  if (scope.needsImpressum) pages.push(outputPage('impressum', renderImpressum(config, lang), config, lang))
  pages.push(outputPage('privacy', renderPrivacyPolicy(config, inputs, lang), config, lang))
  pages.push(outputPage('cookies', renderCookiePage(config, inputs, lang), config, lang))
  return pages
}

/** Footer links to the legal pages that apply, in the site's language. */
export function legalFooterLinks(scope: LegalScope, lang: 'de' | 'en', options: { consentLinksCookiePage?: boolean } = {}): Array<{ label: string; url: string }> {
  if (!scope.hasLegalPages) return []
  const kinds: LegalPageKind[] = scope.needsImpressum ? ['impressum', 'privacy'] : ['privacy']
  // The consent plugin's footer link ("Cookie-Einstellungen") already leads to the cookie page
  // (and opens the settings with JavaScript); a second link with the same label would confuse.
  if (!options.consentLinksCookiePage) kinds.push('cookies')
  return kinds.map((kind) => ({ label: legalPages[lang][kind].title, url: legalPages[lang][kind].url }))
}

function outputPage(kind: LegalPageKind, tree: Root, config: LegalConfig, lang: 'de' | 'en'): OutputPage {
  const { url, title } = legalPages[lang][kind]
  return {
    kind: 'generated',
    url,
    layout: 'page',
    title,
    lang,
    textLanguage: lang,
    noindex: false,
    inSitemap: true,
    updated: config.updated,
    content: serializeLegalTree(tree),
    data: { legalPage: kind },
  }
}
