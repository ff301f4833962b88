import type { OutputPage } from '@nichepress/core'
import type { Root } from 'hast'
import { serializeLegalTree } from './hast-helpers.js'
import type { LegalConfig } from './legal-config-schema.js'
import { legalPages, swissImpressumPages, type LegalPageKind } from './legal-page-urls.js'
import type { PolicyInputs } from './policy-inputs.js'
import { renderCookiePage } from './render-cookie-page.js'
import { renderImpressum } from './render-impressum.js'
import { renderSwissImpressum } from './render-impressum-switzerland.js'
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

/**
 * The legal pages that apply to this site, as core output pages with the theme's `page` layout.
 * `swissLanguage` (see `swissPageLanguage`): a Swiss operator's French or Italian site gets its
 * Impressum in that language ("Mentions légales", "Note legali"); the other pages stay in `lang`.
 */
export function generateLegalPages(config: LegalConfig, scope: LegalScope, inputs: PolicyInputs, lang: 'de' | 'en', swissLanguage?: 'fr' | 'it'): OutputPage[] {
  const render = { impressum: () => renderImpressum(config, lang), privacy: () => renderPrivacyPolicy(config, inputs, lang), cookies: () => renderCookiePage(config, inputs, lang) } satisfies Record<LegalPageKind, () => Root>
  return legalPageKinds(scope).map((kind) => {
    if (kind === 'impressum' && swissLanguage) return outputPage(swissImpressumPages[swissLanguage], renderSwissImpressum(config, swissLanguage), config, lang, `${swissLanguage}-CH`, kind)
    return outputPage(legalPages[lang][kind], render[kind](), config, lang, legalPageLanguage(jurisdictionOf(config), lang), kind)
  })
}

/** Footer links to the legal pages that apply, in the site's language. */
export function legalFooterLinks(scope: LegalScope, lang: 'de' | 'en', options: { consentLinksCookiePage?: boolean; swissLanguage?: 'fr' | 'it' | undefined } = {}): Array<{ label: string; url: string; lang?: string }> {
  // The consent plugin's footer link ("Cookie-Einstellungen") already leads to the cookie page
  // (and opens the settings with JavaScript); a second link with the same label would confuse.
  const kinds = legalPageKinds(scope).filter((kind) => kind !== 'cookies' || !options.consentLinksCookiePage)
  return kinds.map((kind) => {
    // "Mentions légales" / "Note legali" are French and Italian beside the other links' site text language.
    if (kind === 'impressum' && options.swissLanguage) return { ...linkTo(swissImpressumPages[options.swissLanguage]), lang: `${options.swissLanguage}-CH` }
    return linkTo(legalPages[lang][kind])
  })
}

function linkTo(page: { url: string; title: string }): { label: string; url: string } {
  return { label: page.title, url: page.url }
}

function outputPage(page: { url: string; title: string }, tree: Root, config: LegalConfig, textLanguage: 'de' | 'en', pageLanguage: string, kind: LegalPageKind): OutputPage {
  return {
    kind: 'generated',
    url: page.url,
    layout: 'page',
    title: page.title,
    // The country's written language (de-AT, de-CH, fr-CH): the theme's date line says "Jänner" in Austria.
    lang: pageLanguage,
    textLanguage,
    noindex: false,
    inSitemap: true,
    updated: config.updated,
    content: serializeLegalTree(tree),
    data: { legalPage: kind },
  }
}
