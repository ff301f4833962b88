import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
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
  ['Ärger!', 'aerger'],
  ['Mein Blög', 'mein-bloeg'],
  ['Straße', 'strasse'],
  ['Café Crème', 'cafe-creme'],
  ['Mein Blo\u0308g', 'mein-bloeg'],
  ['###', 'nichepress-site'],
])('packageName(%j) is %j', (folder, expected) => {
  expect(packageName(folder)).toBe(expected)
})

// Vercel takes the Node version from package.json `engines.node`, the newest major it offers that the
// range admits; it offers 26.x, 24.x, 22.x and 20.x (https://vercel.com/docs/functions/runtimes/node-js/node-js-versions).
// Netlify takes `NODE_VERSION` from netlify.toml (https://docs.netlify.com/configure-builds/manage-dependencies).
const vercelMajors = [26, 24, 22, 20]

// The range forms the starters use: `^20.19` and `22.x`, joined by `||`; any other form fails the test.
function admitsMajor(range: string, major: number): boolean {
  return range.split('||').some((part) => {
    const match = /^\s*(?:\^(\d+)\.\d+(?:\.\d+)?|(\d+)\.x)\s*$/.exec(part)
    if (!match) throw new Error(`engines.node part "${part}" is not ^M.m or M.x`)
    return Number(match[1] ?? match[2]) === major
  })
}

test.each(['nischenblog', 'blog', 'produkt'])('a %s site pins the same Node major on Netlify and Vercel, one nichepress supports', async (starter) => {
  const dir = join(tempParent(), 'site')
  await createSite({ dir, starter })
  const range = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node ?? ''
  const netlifyMajor = Number(/^\s*NODE_VERSION = "(\d+)"$/m.exec(readFileSync(join(dir, 'netlify.toml'), 'utf8'))?.[1])
  const vercelMajor = vercelMajors.find((major) => admitsMajor(range, major))
  expect(vercelMajor).toBe(netlifyMajor)
  // Node 20.19, nichepress's floor (engines of the published packages), stays fine on a laptop.
  expect(admitsMajor(range, 20)).toBe(true)
  // No open upper end: a new major on the host must not change the site's build by itself.
  expect(admitsMajor(range, 24)).toBe(false)
})

test('a new site has a .gitignore: git leaves out installs, the build, its leftovers and the hosts\' CLI folders, never content', async () => {
  const dir = join(tempParent(), 'site')
  await createSite({ dir, starter: 'nischenblog' })
  execFileSync('git', ['init', '-q'], { cwd: dir })
  // The render cache sits in node_modules; the sidecars are core's (output-folder.ts, load-config.ts).
  const generated = ['node_modules/nichepress/package.json', 'node_modules/.cache/nichepress/documents.json', 'public/index.html', '.public.nichepress-new-4242/index.html', '.public.nichepress-lock', '.nichepress.config.ts.4242.1a2b3c4d.mjs', '.vercel/output/config.json', '.netlify/state.json']
  for (const file of generated) {
    mkdirSync(join(dir, file, '..'), { recursive: true })
    writeFileSync(join(dir, file), '')
  }
  const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: dir, encoding: 'utf8' })
  const added = status.split('\n').filter(Boolean).map((line) => line.slice(3))
  for (const file of generated) expect(added, file).not.toContain(file)
  for (const file of ['.gitignore', 'package.json', 'nichepress.config.ts', 'netlify.toml', 'vercel.json', 'content/posts/spiritus-oder-gas.md']) expect(added, file).toContain(file)
})
