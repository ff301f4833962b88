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
import { jurisdictionOf } from './jurisdiction-of.js'
import { legalPageLanguage } from './jurisdictions.js'

/**
 * Which legal pages a site has: none without legal pages at all, the Impressum only where the law
 * asks for one, the privacy policy and the cookie page always. The pages, the footer links and the
 * importer's reserved URLs all follow this one list.
 */
export function legalPageKinds(scope: LegalScope): LegalPageKind[] {
  if (!scope.hasLegalPages) return []
  return scope.needsImpressum ? ['impressum', 'privacy', 'cookies'] : ['privacy', 'cookies']
}

/** The legal pages that apply to this site, as core output pages with the theme's `page` layout. */
export function generateLegalPages(config: LegalConfig, scope: LegalScope, inputs: PolicyInputs, lang: 'de' | 'en'): OutputPage[] {
  const render = { impressum: () => renderImpressum(config, lang), privacy: () => renderPrivacyPolicy(config, inputs, lang), cookies: () => renderCookiePage(config, inputs, lang) } satisfies Record<LegalPageKind, () => Root>
  return legalPageKinds(scope).map((kind) => outputPage(kind, render[kind](), config, lang))
}

/** Footer links to the legal pages that apply, in the site's language. */
export function legalFooterLinks(scope: LegalScope, lang: 'de' | 'en', options: { consentLinksCookiePage?: boolean } = {}): Array<{ label: string; url: string }> {
  // The consent plugin's footer link ("Cookie-Einstellungen") already leads to the cookie page
  // (and opens the settings with JavaScript); a second link with the same label would confuse.
  const kinds = legalPageKinds(scope).filter((kind) => kind !== 'cookies' || !options.consentLinksCookiePage)
  return kinds.map((kind) => ({ label: legalPages[lang][kind].title, url: legalPages[lang][kind].url }))
}

function outputPage(kind: LegalPageKind, tree: Root, config: LegalConfig, lang: 'de' | 'en'): OutputPage {
  const { url, title } = legalPages[lang][kind]
  return {
    kind: 'generated',
    url,
    layout: 'page',
    title,
    // The country's written German (de-AT, de-CH): the theme's date line says "Jänner" in Austria.
    lang: legalPageLanguage(jurisdictionOf(config), lang),
    textLanguage: lang,
    noindex: false,
    inSitemap: true,
    updated: config.updated,
    content: serializeLegalTree(tree),
    data: { legalPage: kind },
  }
}
