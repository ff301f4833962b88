import { z } from 'zod'
import { languageTagSchema } from '../content/language.js'
import { withoutTrailingSlashes } from '../site/base-path.js'

/**
 * `url` as the site uses it: without the trailing slash; a folder's path as the browser requests it
 * (percent-encoded: https://x.de/bücher/ → https://x.de/b%C3%BCcher). A root url keeps its text.
 */
function siteUrlOf(value: string): string {
  const url = new URL(value)
  if (/^\/*$/.test(url.pathname)) return value.replace(/(?<!\/)\/+$/, '')
  return `${url.origin}${withoutTrailingSlashes(url.pathname)}`
}

const permalinkPattern = z
  .string()
  .regex(/^\/(?:[a-z0-9\-_/]|:slug|:year|:month|:day|:category|:path)*\/$/, 'a pattern like "/:slug/", "/:year/:month/:slug/" or "/:path/" (start and end with "/")')
  .refine((value) => value.includes(':slug') || value.includes(':path'), 'must contain `:slug` or `:path`')

// A URL the site prints as a link (author, publisher, menu): never one that runs script when clicked.
// Browsers drop tabs and newlines anywhere in a URL and C0 controls and spaces around it, so
// "java\tscript:" runs too.
const linkUrl = z.string().refine((value) => !/^(?:javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020\u007f]/g, '')), {
  message: 'a web address or a path; a javascript:, vbscript: or data: URL would run code when clicked',
})
const link = z.object({ label: z.string().min(1), url: linkUrl.pipe(z.string().min(1)) }).strict()

/** The schema of everything core itself reads from nichepress.config; plugins add their own keys. */
export const coreConfigSchema = z
  .object({
    title: z.string().min(1),
    // A site in a folder (https://x.de/blog/) keeps its path: absolute URLs are `url` + a root path,
    // and core puts the folder in front of every root path of the finished documents (base-path.ts).
    url: z
      .url({ protocol: /^https?$/ })
      .refine((value) => !/[?#]/.test(value), { message: 'the site\'s address without a query (?) or fragment (#): https://x.de/ or, for a site in a folder, https://x.de/blog/' })
      .refine((value) => !URL.canParse(value) || !withoutTrailingSlashes(new URL(value).pathname).includes('//'), { message: 'a folder path without empty segments (//): https://x.de/blog/' })
      .transform(siteUrlOf),
    /** The site's content language, any BCP 47 tag (canonicalised): `<html lang>`, feeds, hreflang. */
    language: languageTagSchema.default('de'),
    /** The language of nichepress's own texts; default the primary subtag of `language` when it is de or en (else en, with a warning). */
    textLanguage: z.enum(['de', 'en']).optional(),
    description: z.string().default(''),
    titleTemplate: z.string().includes('%s').default('%s – {site}'),
    publisher: z
      .object({
        type: z.enum(['person', 'organization']),
        name: z.string().min(1),
        url: linkUrl.optional(),
        logo: linkUrl.optional(),
      })
      .strict()
      .optional(),
    authors: z
      .array(
        z
          .object({ id: z.string().min(1), name: z.string().min(1), url: linkUrl.optional(), bio: z.string().optional() })
          .strict(),
      )
      .default([]),
    nav: z.array(link).default([]),
    contentDir: z.string().default('content'),
    outDir: z.string().default('public'),
    staticDir: z.string().default('static'),
    themeDir: z.string().default('theme'),
    permalinks: z
      .object({ posts: permalinkPattern.default('/:slug/'), pages: permalinkPattern.default('/:slug/') })
      .strict()
      .default({ posts: '/:slug/', pages: '/:slug/' }),
    pagination: z.object({ perPage: z.number().int().min(1).max(100).default(10) }).strict().default({ perPage: 10 }),
    /** Per-file budget against pathological content (docs/security.md): a file over it is not built, with a `content-budget` error. */
    limits: z
      .object({
        maxFileBytes: z.number().int().min(1024).default(1_048_576),
        maxFrontMatterBytes: z.number().int().min(256).default(65_536),
        maxTagsPerPage: z.number().int().min(1).default(100),
        maxNesting: z.number().int().min(4).default(32),
        maxInlineDelimiters: z.number().int().min(100).default(2000),
        maxRepeatedLines: z.number().int().min(50).default(1000),
        maxRenderMs: z.number().int().min(10).default(30_000),
      })
      .strict()
      .default({ maxFileBytes: 1_048_576, maxFrontMatterBytes: 65_536, maxTagsPerPage: 100, maxNesting: 32, maxInlineDelimiters: 2000, maxRepeatedLines: 1000, maxRenderMs: 30_000 }),
    /** A symlink in content/, static/ or the theme that resolves outside the site: an error, or skipped with a warning. */
    symlinks: z.enum(['error', 'skip']).default('error'),
    plugins: z.array(z.custom<object>((value) => typeof value === 'object' && value !== null && 'name' in value && 'setup' in value, 'a plugin object with `name` and `setup`')).default([]),
  })
  .strict()

/** The core part of a config as the user writes it. */
export type CoreConfigInput = z.input<typeof coreConfigSchema>
/** The core part of a config after validation and defaults. */
export type CoreConfig = z.output<typeof coreConfigSchema>
