import { expect, test } from 'vitest'
import { consentConfigSchema } from './consent-config-schema.js'

const custom = { id: 'reddit-pixel', name: 'Reddit Pixel', category: 'marketing', provider: { name: 'Reddit, Inc.', address: '1455 Market Street, San Francisco', country: 'US' }, purpose: { de: 'Werbung', en: 'Ads' }, privacyPolicyUrl: 'https://www.reddit.com/policies/privacy-policy', scriptHosts: ['www.redditstatic.com'] }

test('a custom service without `cookies` gets one "not stated" row, never "stores nothing"', () => {
  const [entry] = consentConfigSchema.parse({ custom: [custom] }).custom
  expect(entry?.cookies).toHaveLength(1)
  expect(entry?.cookies[0]).toMatchObject({ name: '*', kind: 'cookie', firstParty: false })
  expect(entry?.cookies[0]?.lifetime.de).toMatch(/^nicht angegeben \(der Eintrag in consent\.custom nennt keine Cookies/)
  expect(entry?.cookies[0]?.lifetime.en).toMatch(/^not stated/)
})

test('`cookies: []` stays empty: the site says the service stores nothing', () => {
  expect(consentConfigSchema.parse({ custom: [{ ...custom, cookies: [] }] }).custom[0]?.cookies).toEqual([])
})
