import type { UnsafeHtmlOptions } from '../markdown/unsafe-html.js'
import type { PluginHooks } from '../plugin.js'
import type { ResolvedConfig } from './resolved-config.js'

/**
 * What the config lets content HTML do (see `removeUnsafeHtml`): run its own scripts only when a
 * plugin's hooks say `allowContentScripts: true` (consent sets it from its option of that name) —
 * the plugin says so explicitly, core reads no section by a key name. The site's host tells
 * first-party scripts from third parties'.
 */
export function contentHtmlPolicy(config: Pick<ResolvedConfig, 'url'>, hooks: ReadonlyArray<Pick<PluginHooks, 'allowContentScripts'>>): UnsafeHtmlOptions {
  const allowScripts = hooks.some((hook) => hook.allowContentScripts === true)
  return { allowScripts, siteHost: new URL(config.url).host }
}
