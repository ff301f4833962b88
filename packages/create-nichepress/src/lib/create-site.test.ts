import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { createSite, packageName } from './create-site.js'
import { CreateSiteError } from './create-site-error.js'

const parents: string[] = []
function tempParent(): string {
  const parent = mkdtempSync(join(tmpdir(), 'np-create-'))
  parents.push(parent)
  return parent
}
afterEach(() => {
  for (const parent of parents.splice(0)) rmSync(parent, { recursive: true, force: true })
})

const legal = { name: 'Max Muster', street: 'Hauptstr. 1', postalCode: '10115', city: 'Berlin', country: 'de', email: 'max@muster.de', phone: '+49 30 123456' }

test('copies the starter, names the package after the folder and pins nichepress to a released version', async () => {
  const dir = join(tempParent(), 'Mein Blog')
  const site = await createSite({ dir, starter: 'nischenblog' })
  expect(site.hasExampleLegalDetails).toBe(true)
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string> }
  expect(manifest.name).toBe('mein-blog')
  expect(manifest.dependencies.nichepress).toBe('^0.1.0')
  expect(readdirSync(join(dir, 'content/posts')).length).toBeGreaterThan(5)
  expect(existsSync(join(dir, 'netlify.toml'))).toBe(true)
  expect(existsSync(join(dir, 'public'))).toBe(false)
})

test('writes title, language, URL and the operator into the config', async () => {
  const dir = join(tempParent(), 'site')
  const site = await createSite({ dir, starter: 'nischenblog', title: 'Kaffee & Co', language: 'en', url: 'https://kaffee.de/', legal, date: '2026-05-04' })
  const config = readFileSync(site.configFile, 'utf8')
  expect(config).toContain("  title: 'Kaffee & Co',\n  url: 'https://kaffee.de',\n  language: 'en',")
  expect(config).not.toContain('kocherkompass.example/')
  expect(config).toContain("url: 'https://kaffee.de/ueber-uns/'")
  expect(config).not.toContain('Jana Beispiel')
  expect(config).toContain("    updated: '2026-05-04',\n    operator: {\n      kind: 'person',\n      name: 'Max Muster',")
  expect(config).toContain("country: 'DE'")
  expect(config).toContain("      email: 'max@muster.de',\n      phone: '+49 30 123456',")
  expect(config).toContain("    hosting: 'netlify',")
  expect(site.hasExampleLegalDetails).toBe(false)
})

test.each([
  { options: { starter: 'wordpress' }, message: /no starter "wordpress". Available: nischenblog, blog, produkt/ },
  { options: { starter: 'blog', url: 'ftp://x.de' }, message: /not a site URL/ },
])('refuses $options', async ({ options, message }) => {
  const dir = join(tempParent(), 'site')
  await expect(createSite({ dir, ...options })).rejects.toThrow(message)
  expect(existsSync(dir)).toBe(false)
})

test('refuses a folder that is not empty and leaves it alone', async () => {
  const dir = tempParent()
  writeFileSync(join(dir, 'notes.txt'), 'mine')
  const failure = createSite({ dir, starter: 'blog' })
  await expect(failure).rejects.toBeInstanceOf(CreateSiteError)
  await expect(failure).rejects.toThrow(/is not empty/)
  expect(readdirSync(dir)).toEqual(['notes.txt'])
})

test.each([
  ['My Blog', 'my-blog'],
  ['.hidden', 'hidden'],
  ['Ärger!', 'rger'],
  ['###', 'nichepress-site'],
])('packageName(%j) is %j', (folder, expected) => {
  expect(packageName(folder)).toBe(expected)
})
