import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
// The registries are imported through the script, which resolves them from packages/legal.
import { registries, registryDocsPath, renderRegistryDocs } from '../../packages/legal/scripts/generate-registry-docs.mjs'

test('docs/registry.md is what the script generates from the registries (run it and commit)', () => {
  expect(readFileSync(registryDocsPath, 'utf8')).toBe(renderRegistryDocs())
})

test('it lists every service, affiliate network and hosting provider', () => {
  const docs = renderRegistryDocs()
  const { services, networks, hostingProviders } = registries
  expect(services.length + networks.length + hostingProviders.length).toBeGreaterThan(40)
  for (const entry of [...services, ...networks, ...hostingProviders]) expect(docs).toContain(`| \`${entry.id}\` |`)
})
