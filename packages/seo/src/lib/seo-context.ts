import type { Site } from '@nichepress/core'
import { absoluteUrl, type DeployContext } from './deploy-context.js'
import type { ImageDimensions } from './image-dimensions.js'
import type { SeoOptions } from './options.js'

/** Everything the pure seo functions need besides the page: the site, the deploy context and options. */
export interface SeoContext {
  site: Site
  deploy: DeployContext
  options: SeoOptions
  /** Sizes of local images by root-relative path (`/images/a.png`), read once per build. */
  imageDimensions: ReadonlyMap<string, ImageDimensions>
}

/** Absolute URL under the deploy's base URL. */
export function urlOf(context: SeoContext, path: string): string {
  return absoluteUrl(context.deploy.baseUrl, path)
}

// A site has a handful of languages and every page asks: `Intl.Locale#maximize` is worth asking once.
const ogLocales = new Map<string, string>()

/**
 * Open Graph wants language_TERRITORY: `de` → `de_DE`, `en` → `en_US`, `ja` → `ja_JP`, `fr-CA` → `fr_CA`.
 * A tag without a region takes its likely region (CLDR likely subtags, through `Intl.Locale#maximize`).
 */
export function ogLocale(lang: string): string {
  let cached = ogLocales.get(lang)
  if (cached === undefined) {
    const locale = new Intl.Locale(lang)
    const region = locale.region ?? locale.maximize().region
    // A UN M.49 area (`es-419`) is no territory Open Graph knows: the language alone then.
    cached = region === undefined || !/^[A-Z]{2}$/.test(region) ? locale.language : `${locale.language}_${region}`
    ogLocales.set(lang, cached)
  }
  return cached
}
