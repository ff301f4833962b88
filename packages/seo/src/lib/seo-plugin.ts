import { readFile } from 'node:fs/promises'
import { join, normalize, sep } from 'node:path'
import { basePathOf, definePlugin, documentTree, NichepressError, withBasePath, type NichepressPlugin, type Site, type SiteFile } from '@nichepress/core'
import { buildContentSecurityPolicy } from './content-security-policy.js'
import { resolveDeployContext, type DeployEnvironment } from './deploy-context.js'
import { seoFrontMatterInvalid } from './diagnostics.js'
import { generateHostFiles } from './generate-host-files.js'
import { generateRobotsTxt } from './generate-robots-txt.js'
import { generateSitemaps, sitemapIndexFileName } from './generate-sitemaps.js'
import { buildHeadElements } from './head-elements.js'
import { readImageDimensions, type ImageDimensions } from './image-dimensions.js'
import { inlineHashesOf, mergeInlineHashes, type InlineHashes } from './inline-hashes.js'
import { seoOptionsSchema, type SeoOptions } from './options.js'
import { responseHeaders } from './security-headers.js'
import type { SeoContext } from './seo-context.js'
import { parseSeoFrontMatter } from './seo-front-matter.js'
import { siteFeeds } from './site-feeds.js'
import { siteSitemapEntries } from './site-sitemap.js'
import { groupTranslations, translationsOf, type Translation } from './translations.js'

/** Options of the `seoPlugin` factory (site options go in the config's `seo` section). */
export interface SeoPluginOptions {
  /** The host's environment variables; default `process.env`. Tests pass their own. */
  env?: DeployEnvironment
}

/**
 * The seo plugin: head tags and JSON-LD through the `head` hook, sitemaps, robots.txt, feeds and
 * host files through the `files` hook. Reads the environment once, in setup, and local image
 * sizes once, in the `pages` stage; everything else is pure.
 */
export function seoPlugin(pluginOptions: SeoPluginOptions = {}): NichepressPlugin<SeoOptions> {
  return definePlugin<SeoOptions>({
    name: 'seo',
    version: '0.1.0',
    configKey: 'seo',
    frontMatterKeys: ['faq', 'review', 'products'],
    configSchema: seoOptionsSchema,
    setup({ config, options }) {
      const env = pluginOptions.env ?? process.env
      const deploy = resolveDeployContext(config.url, env)
      // Vercel's build machines set VERCEL=1; only there is the Build Output API config written.
      const onVercel = env['VERCEL'] === '1'
      let imageDimensions: ReadonlyMap<string, ImageDimensions> = new Map()
      // Made once per build by the `site` hook, when every page is known.
      let context: SeoContext | undefined
      let translations: ReadonlyMap<string, readonly Translation[]> = new Map()
      const prepared = () => {
        if (!context) throw new Error('the seo plugin was used before its site hook ran')
        return context
      }
      return {
        // The deploy context comes from the environment, not the config: a preview URL must
        // never reuse a production build's output.
        cacheKey: JSON.stringify(onVercel ? { ...deploy, onVercel } : deploy),
        async pages(site) {
          checkSeoFrontMatter(site)
          imageDimensions = await readLocalImageDimensions(site, options)
          return []
        },
        site(site) {
          context = { site, deploy, options, imageDimensions }
          translations = groupTranslations(site)
        },
        head(page) {
          return buildHeadElements(page, prepared(), translationsOf(page.source, translations))
        },
        // Each finished document's inline scripts and styles, for the CSP in the host's headers file.
        document: options.headers.csp
          ? (file) => {
              file.data['seo'] = inlineHashesOf(documentTree(file, { positions: false }))
            }
          : undefined,
        files(_site, data) {
          return siteFiles(prepared(), translations, data as ReadonlyMap<string, InlineHashes | undefined>, onVercel)
        },
      }
    },
  })
}

function siteFiles(context: SeoContext, translations: ReadonlyMap<string, readonly Translation[]>, inlineHashes: ReadonlyMap<string, InlineHashes | undefined>, onVercel: boolean): SiteFile[] {
  const { options, deploy, site } = context
  const files: SiteFile[] = []
  // robots.txt, `_redirects` and Vercel's routes name paths from the host's root: a site in a folder
  // puts its base path in front of its own (core does the same in every finished document).
  const basePath = basePathOf(site.config.url)
  if (options.sitemap.enabled) files.push(...generateSitemaps(siteSitemapEntries(context, translations), { baseUrl: deploy.baseUrl }))
  files.push({
    path: 'robots.txt',
    contents: generateRobotsTxt({
      sitemapUrl: options.sitemap.enabled ? `${deploy.baseUrl}/${sitemapIndexFileName}` : undefined,
      disallow: options.robots.disallow.map((path) => withBasePath(path, basePath)),
      isPreview: deploy.isPreview,
      basePath,
    }),
  })
  files.push(...siteFeeds(context))
  const contentSecurityPolicy = options.headers.csp ? buildContentSecurityPolicy(mergeInlineHashes([...inlineHashes.values()].filter((hashes) => hashes !== undefined)), site.contentSecurityPolicy) : undefined
  const headers = responseHeaders({ contentSecurityPolicy, isPreview: deploy.isPreview, extra: options.headers.extra })
  const redirects = site.redirects.map((redirect) => ({ ...redirect, from: withBasePath(redirect.from, basePath), to: withBasePath(redirect.to, basePath) }))
  files.push(...generateHostFiles({ hosting: options.hosting, onVercel, headers, redirects, hostRedirects: site.hostRedirects, basePath }))
  return files
}

function checkSeoFrontMatter(site: Site): void {
  const messages = site.contentPages.flatMap((page) => {
    const result = parseSeoFrontMatter(page.frontMatter)
    if (result.success) return []
    return result.error.issues.map((issue) => seoFrontMatterInvalid.create({ file: page.relativePath }, [issue.path.join('.'), issue.message]))
  })
  if (messages.length > 0) throw new NichepressError(`${messages.length} invalid seo front matter field${messages.length === 1 ? '' : 's'}`, messages)
}

/** Reads the size of every local image the head or JSON-LD names (front matter, logo, default image). */
async function readLocalImageDimensions(site: Site, options: SeoOptions): Promise<Map<string, ImageDimensions>> {
  const sources = new Set<string>()
  for (const page of site.pages) if (page.image !== undefined) sources.add(page.image)
  if (site.config.publisher?.logo !== undefined) sources.add(site.config.publisher.logo)
  if (options.defaultImage !== undefined) sources.add(options.defaultImage)
  const staticDir = site.config.paths.static
  const found = new Map<string, ImageDimensions>()
  for (const source of [...sources].sort()) {
    if (!source.startsWith('/') || source.startsWith('//')) continue
    const file = normalize(join(staticDir, decodeURI(source.split(/[?#]/)[0] ?? '')))
    if (!file.startsWith(staticDir + sep)) continue
    const bytes = await readFile(file).catch(() => undefined)
    const size = bytes ? readImageDimensions(bytes) : undefined
    if (size) found.set(source, size)
  }
  return found
}
