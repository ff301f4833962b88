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

/** `de` → `de_DE`, `en` → `en_US` (Open Graph wants language_TERRITORY). */
export function ogLocale(lang: 'de' | 'en'): string {
  return lang === 'de' ? 'de_DE' : 'en_US'
}
