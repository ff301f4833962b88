import { definePlugin, type NichepressPlugin } from '@nichepress/core'
import { z } from 'zod'
import { remarkLinkableText } from './remark-linkable-text.js'
import { relatedPostsOf } from './cached-related.js'
import type { RelatedPost } from './link-document.js'

/** Defaults of the `links` config section. */
export const defaultLinksOptions = {
  /** Suggestions per page in reports and the dev server: enough to act on, few enough to read. */
  suggestionsPerPage: 5,
  /** Posts in the theme's "Mehr zum Thema" block; 0 turns it off. */
  relatedPosts: 5,
} as const

/** The `links` section of nichepress.config. */
export const linksOptionsSchema = z.strictObject({
  suggestionsPerPage: z.int().min(0).max(50).default(defaultLinksOptions.suggestionsPerPage),
  relatedPosts: z.int().min(0).max(20).default(defaultLinksOptions.relatedPosts),
})

/** Validated options of the links plugin. */
export type LinksOptions = z.output<typeof linksOptionsSchema>

/**
 * The links plugin: notes where each page has linkable text while core renders it, and gives every
 * post its related posts (`related: [{ title, url }]`) for the theme.
 */
export function linksPlugin(): NichepressPlugin<LinksOptions> {
  return definePlugin({
    name: 'links',
    version: '0.2.0',
    configKey: 'links',
    frontMatterKeys: ['focusKeyword', 'keywords'],
    configSchema: linksOptionsSchema,
    setup: ({ options, cacheDir }) => {
      // Made once per build by the `site` hook: related posts depend on every page.
      let related: ReadonlyMap<string, RelatedPost[]> = new Map()
      return {
        remarkPlugins: [remarkLinkableText],
        site(site) {
          if (options.relatedPosts > 0) related = relatedPostsOf(site, options.relatedPosts, cacheDir)
        },
        templateData(page) {
          if (page.kind !== 'post' || !page.source || options.relatedPosts === 0) return {}
          return { data: { related: related.get(page.source.relativePath) ?? [] } }
        },
      }
    },
  })
}
