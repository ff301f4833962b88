import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import * as legal from './index.js'

test('the public API is exactly these exports', () => {
  expect(Object.keys(legal).sort()).toEqual([
    'affiliateSectionId',
    'cloudflarePages',
    'emailLink',
    'encodeAllCharacters',
    'euHost',
    'findHostingProvider',
    'generateLegalPages',
    'githubPages',
    'hostingProviders',
    'legalConfigSchema',
    'legalFieldMissing',
    'legalFooterLinks',
    'legalPageKinds',
    'legalPages',
    'legalPlugin',
    'legalScopeOf',
    'legalUpdatedMissing',
    'netlify',
    'policyInputsOf',
    'renderCookiePage',
    'renderImpressum',
    'renderPrivacyPolicy',
    'serviceSectionId',
    'swissPageLanguage',
    'validateLegalConfig',
    'vercel',
  ])
})

test('every diagnostic has its page in docs/errors/', () => {
  for (const diagnostic of [legal.legalFieldMissing, legal.legalUpdatedMissing]) {
    const page = readFileSync(new URL(`../../../docs/errors/${diagnostic.id}.md`, import.meta.url), 'utf8')
    expect(page.startsWith(`# ${diagnostic.id}\n`)).toBe(true)
  }
})

test('the plugin owns the `legal` config key and a section left out parses to its defaults', () => {
  const plugin = legal.legalPlugin()
  expect(plugin).toMatchObject({ name: 'legal', configKey: 'legal' })
  expect(plugin.configSchema?.parse({})).toEqual({ enabled: true, editorial: true, inLiquidation: false })
})
