import { z } from 'zod'

/** The `seo` section of nichepress.config; every field has a default, so `{}` is valid. */
export const seoOptionsSchema = z
  .object({
    feeds: z
      .object({
        enabled: z.boolean().default(true),
        /** Full post HTML in feeds (true) or the description only. */
        fullText: z.boolean().default(true),
        limit: z.number().int().min(1).max(1000).default(20),
        /** One RSS/Atom/JSON feed per tag as well, under the tag's URL. */
        perTag: z.boolean().default(false),
      })
      .strict()
      .default({ enabled: true, fullText: true, limit: 20, perTag: false }),
    sitemap: z.object({ enabled: z.boolean().default(true) }).strict().default({ enabled: true }),
    robots: z
      .object({ disallow: z.array(z.string().startsWith('/')).default([]) })
      .strict()
      .default({ disallow: [] }),
    twitter: z.object({ site: z.string().regex(/^@\w{1,15}$/, 'a handle like "@kocherkompass"').optional() }).strict().default({}),
    /** Image for pages without their own, root-relative or absolute. */
    defaultImage: z.string().optional(),
    /** ISO 4217 code for review and product prices. */
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code like "EUR"').default('EUR'),
    headers: z
      .object({
        csp: z.boolean().default(true),
        extra: z.record(z.string().regex(/^[A-Za-z0-9-]+$/), z.string()).optional(),
      })
      .strict()
      .default({ csp: true }),
    hosting: z.enum(['netlify', 'vercel', 'both']).default('both'),
  })
  .strict()

/** Validated `seo` options. */
export type SeoOptions = z.output<typeof seoOptionsSchema>
/** `seo` options as written in the config. */
export type SeoOptionsInput = z.input<typeof seoOptionsSchema>
