import { expect, test } from 'vitest'
import { legalConfigSchema } from './legal-config-schema.js'
import { hostingProviders, namedHostingIds } from './hosting-providers.js'

test('ids are unique kebab-case and sorted', () => {
  const ids = hostingProviders.map((entry) => entry.id)
  expect(ids).toEqual([...new Set(ids)].sort())
  for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
})

test('every named host is accepted by `legal.hosting` and has a provider address and transfer basis', () => {
  for (const id of namedHostingIds) {
    const entry = hostingProviders.find((host) => host.id === id)
    expect(entry?.provider?.address).toMatch(/\S+, .+/)
    expect(entry?.thirdCountryTransfer?.basis.de).toContain('Art. 4')
    expect(legalConfigSchema.parse({ hosting: id }).hosting).toBe(id)
  }
  expect(hostingProviders.map((entry) => entry.id)).toEqual([...namedHostingIds, 'eu-host'].sort())
})

test('the generic EU host needs its details; an unknown id is rejected', () => {
  expect(legalConfigSchema.safeParse({ hosting: 'eu-host' }).success).toBe(false)
  expect(legalConfigSchema.safeParse({ hosting: { id: 'eu-host', name: 'Hetzner Online GmbH', address: 'Industriestr. 25, 91710 Gunzenhausen', country: 'DE' } }).success).toBe(true)
  expect(legalConfigSchema.safeParse({ hosting: 'geocities' }).success).toBe(false)
})
