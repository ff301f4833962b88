import { expect, test } from 'vitest'
import * as seo from './index.js'

test('the public exports stay as documented', () => {
  expect(Object.keys(seo).sort()).toEqual([
    'absoluteUrl',
    'absolutizeUrls',
    'baseContentSecurityPolicy',
    'buildContentSecurityPolicy',
    'buildHeadElements',
    'buildJsonLdGraph',
    'collectInlineHashes',
    'feedFileNames',
    'generateFeeds',
    'generateHostFiles',
    'generateRobotsTxt',
    'generateSitemaps',
    'lastModified',
    'metaDescription',
    'metaDescriptionMaxLength',
    'normalizeBaseUrl',
    'normalizeDate',
    'readImageDimensions',
    'resolveDeployContext',
    'responseHeaders',
    'securityHeaders',
    'seoFrontMatterInvalid',
    'seoFrontMatterSchema',
    'seoOptionsSchema',
    'seoPlugin',
    'serializeJsonLd',
    'sitemapIndexFileName',
    'sitemapLimits',
    'vercelBuildOutputConfig',
    'vercelConfigPath',
  ])
})

test('the plugin owns the `seo` config key and defaults every option', () => {
  const plugin = seo.seoPlugin({ env: {} })
  expect(plugin.name).toBe('seo')
  expect(plugin.configKey).toBe('seo')
  expect(plugin.configSchema?.parse({})).toEqual({
    feeds: { enabled: true, fullText: true, limit: 20, perTag: false },
    sitemap: { enabled: true },
    robots: { disallow: [] },
    twitter: {},
    currency: 'EUR',
    headers: { csp: true },
    hosting: 'both',
  })
})
