import type { UnsafeHtmlOptions } from '../markdown/unsafe-html.js'
import type { ResolvedConfig } from './resolved-config.js'

/**
 * What the config lets content HTML do (see `removeUnsafeHtml`): run its own scripts only when a
 * plugin's section says `allowContentScripts: true` (consent's option of that name; core knows no
 * plugin by name, so any section may), whether or not a plugin checks content scripts itself —
 * with consent off, nothing else would stop them. The site's host tells first-party scripts from
 * third parties'.
 */
export function contentHtmlPolicy(config: Pick<ResolvedConfig, 'sections' | 'url'>): UnsafeHtmlOptions {
  const allowScripts = Object.values(config.sections).some((section) => typeof section === 'object' && section !== null && (section as { allowContentScripts?: unknown }).allowContentScripts === true)
  return { allowScripts, siteHost: new URL(config.url).host }
}
