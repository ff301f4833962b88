import type { Reporter } from '../report-rules.js'
import type { WxrItem } from './read-wxr.js'

/** An SEO plugin's post meta keys. */
interface SeoPlugin {
  readonly name: string
  readonly title: string
  readonly description: string
  readonly focusKeyword: string
  /** True when the plugin's robots meta says noindex. */
  isNoindex(meta: ReadonlyMap<string, string>): boolean
}

/** SEO plugins whose post meta the importer reads, one entry each. */
export const seoPlugins = [
  {
    name: 'Yoast SEO',
    title: '_yoast_wpseo_title',
    description: '_yoast_wpseo_metadesc',
    focusKeyword: '_yoast_wpseo_focuskw',
    isNoindex: (meta: ReadonlyMap<string, string>) => meta.get('_yoast_wpseo_meta-robots-noindex') === '1',
  },
  {
    name: 'Rank Math',
    title: 'rank_math_title',
    description: 'rank_math_description',
    focusKeyword: 'rank_math_focus_keyword',
    isNoindex: (meta: ReadonlyMap<string, string>) => (meta.get('rank_math_robots') ?? '').includes('"noindex"'),
  },
] as const satisfies readonly SeoPlugin[]

/**
 * The SEO title, description, focus keyword(s) and noindex flag from Yoast or Rank Math post
 * meta. Title variables (`%%title%%`, `%sitename%`) are filled in; unknown ones are reported.
 */
export function seoFields(item: WxrItem, context: { title: string; siteTitle: string; excerpt: string; file: string; reporter: Reporter }): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const plugin of seoPlugins) {
    const title = item.meta.get(plugin.title)
    if (title && fields.seoTitle === undefined) {
      const filled = fillVariables(title, context)
      if (filled !== context.title) fields.seoTitle = filled
    }
    const description = item.meta.get(plugin.description)
    if (description && fields.description === undefined) fields.description = fillVariables(description, context)
    const keywords = (item.meta.get(plugin.focusKeyword) ?? '').split(',').map((keyword) => keyword.trim()).filter(Boolean)
    if (keywords.length > 0 && fields.focusKeyword === undefined) {
      fields.focusKeyword = keywords[0]
      if (keywords.length > 1) fields.keywords = keywords
    }
    if (plugin.isNoindex(item.meta)) fields.noindex = true
  }
  if (fields.description === undefined && context.excerpt !== '') fields.description = context.excerpt
  return fields
}

function fillVariables(text: string, context: { title: string; siteTitle: string; file: string; reporter: Reporter }): string {
  const values: Readonly<Record<string, string>> = { title: context.title, sitename: context.siteTitle, sep: '–', page: '', sitedesc: '' }
  const filled = text.replace(/%%?(\w+)%%?/g, (match, name: string) => {
    const value = values[name.toLowerCase()]
    if (value !== undefined) return value
    context.reporter.add('templateOutputReplaced', context.file, `The SEO variable ${match} has no nichepress value and was removed.`, { original: match })
    return ''
  })
  return filled.replace(/\s+/g, ' ').replace(/\s*–\s*$/, '').replace(/^\s*–\s*/, '').trim()
}
