import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSite, type GeneratedSite } from '@nichepress/core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { importSite, writeImport, type ImportResult } from '../../packages/import/src/index.js'
import { hugoUrls, wrongOldUrls } from './old-urls.js'
import { siteConfig } from './site-config.js'

// A German/English Hugo garden blog whose content comes from `[[module.mounts]]` into folders below
// `content` (https://gohugo.io/configuration/module/#mounts): notes mounted at `content/notizen`
// (lang de) and `content/notes` (lang en), shared recipes at `content/posts/rezepte` without their
// `drafts/` (excludeFiles). Its old URLs are what Debian's Hugo 0.111 lists (`hugo list all`).
// Before, only `content/` was read: the mounted pages were not imported and their URLs led nowhere.
const preset = fileURLToPath(new URL('../../packages/cli/dist/preset.js', import.meta.url))
const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

function temporaryFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix))
  folders.push(folder)
  return folder
}

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
}

const config = 'baseURL = "https://garten.example/"\ntitle = "Gartenblog"\ndefaultContentLanguage = "de"\n[languages.de]\nweight = 1\n[languages.en]\nweight = 2\n'
const mounts =
  '[[module.mounts]]\nsource = "content"\ntarget = "content"\n[[module.mounts]]\nsource = "notes"\ntarget = "content/notizen"\nlang = "de"\n[[module.mounts]]\nsource = "notes-en"\ntarget = "content/notes"\nlang = "en"\n[[module.mounts]]\nsource = "shared/recipes"\ntarget = "content/posts/rezepte"\nexcludeFiles = "drafts/*"\n'
// Each file as it lies in the source, and where Hugo sees it below `content/` (the English mount's
// language as a file name suffix).
const placed: Array<[string, string, string]> = [
  ['content/posts/tomaten.md', 'posts/tomaten.md', '---\ntitle: Tomaten\ndate: 2024-05-01\n---\nSiehe [Kompost]({{< ref "/notizen/kompost.md" >}}).\n'],
  ['content/posts/tomaten.en.md', 'posts/tomaten.en.md', '---\ntitle: Tomatoes\ndate: 2024-05-01\n---\nSee [compost]({{< ref "/notes/compost.md" >}}).\n'],
  ['notes/kompost.md', 'notizen/kompost.md', '---\ntitle: Kompost\ndate: 2024-04-01\naliases: ["/alt/kompost/"]\n---\nText.\n'],
  ['notes/beet/index.md', 'notizen/beet/index.md', '---\ntitle: Beet\ndate: 2024-03-01\n---\n![Das Beet im Mai](foto.jpg)\n'],
  ['notes/beet/foto.jpg', 'notizen/beet/foto.jpg', 'jpg'],
  ['notes-en/compost.md', 'notes/compost.en.md', '---\ntitle: Compost\ndate: 2024-04-01\n---\nText.\n'],
  ['shared/recipes/chutney.md', 'posts/rezepte/chutney.md', '---\ntitle: Chutney\ndate: 2024-06-01\n---\nText.\n'],
]
const source = temporaryFolder('np-hugo-mounts-')
writeFiles(source, { 'hugo.toml': config + mounts, ...Object.fromEntries(placed.map(([path, , text]) => [path, text])), 'shared/recipes/drafts/entwurf.md': '---\ntitle: Entwurf\ndate: 2024-06-02\n---\nNot mounted.\n' })

let urls: Map<string, string>
let result: ImportResult
let generated: GeneratedSite

beforeAll(async () => {
  urls = hugoUrls(source)
  const root = temporaryFolder('np-hugo-mounts-site-')
  writeFileSync(join(root, 'nichepress.config.json'), siteConfig('Gartenblog', 'https://garten.example'))
  result = importSite(source)
  writeImport(root, result)
  generated = await generateSite({ root, preset, cache: false, keepGoing: true })
}, 120_000)

describe('Hugo content mounted into folders below content/', () => {
  test('imports every mounted page, not the excluded ones, and builds with zero errors', () => {
    expect(generated.messages.filter((message) => message.fatal).map((message) => `${message.file}:${message.line} ${message.ruleId} ${message.reason}`)).toEqual([])
    expect(result.files.map((file) => file.source).sort()).toEqual(placed.map(([path]) => path).filter((path) => path.endsWith('.md')).sort())
    expect(result.report.counts).toMatchObject({ posts: 3, pages: 3, assets: 1 })
  })

  test('every URL Hugo gave (and the aliases) leads to its page', () => {
    expect([...urls.keys()].sort()).toEqual(['/en/notes/compost/', '/en/posts/tomaten/', '/notizen/beet/', '/notizen/kompost/', '/posts/rezepte/chutney/', '/posts/tomaten/'])
    expect(wrongOldUrls(new Map([...urls, ['/alt/kompost/', 'notes/kompost.md']]), result, generated)).toEqual([])
  })

  test('a mounted file is imported as if it lay at its target: same kind, language, URL, links and bundle files', () => {
    // The same site with the files moved to where Hugo sees them and no mounts.
    const moved = temporaryFolder('np-hugo-moved-')
    writeFiles(moved, { 'hugo.toml': config, ...Object.fromEntries(placed.map(([, target, text]) => [`content/${target}`, text])) })
    const plain = importSite(moved)
    const targetOf = new Map(placed.map(([path, target]) => [path, `content/${target}`]))
    const comparable = (files: ImportResult['files'], rename: (path: string) => string) => files.map((file) => ({ source: rename(file.source), path: file.path, contents: file.contents })).sort((a, b) => (a.source < b.source ? -1 : 1))
    expect(comparable(result.files, (path) => targetOf.get(path) ?? path)).toEqual(comparable(plain.files, (path) => path))
    expect(result.redirects).toEqual(plain.redirects)
    expect(result.assets.map((asset) => asset.path)).toEqual(['static/notizen/beet/foto.jpg'])
  })

  test('mounts replace the default content folder: with only mounts into content/notizen, content/ is not read (as Hugo does)', () => {
    const onlyNotes = temporaryFolder('np-hugo-only-mounts-')
    cpSync(source, onlyNotes, { recursive: true })
    writeFileSync(join(onlyNotes, 'hugo.toml'), `${config}[[module.mounts]]\nsource = "notes"\ntarget = "content/notizen"\n`)
    const hugo = hugoUrls(onlyNotes)
    const imported = importSite(onlyNotes)
    expect(imported.files.map((file) => file.source).sort()).toEqual(['notes/beet/index.md', 'notes/kompost.md'])
    expect([...hugo.values()].sort()).toEqual(['notes/beet/index.md', 'notes/kompost.md'])
  })
})

// Hugo 0.96's vertical merging (github.com/gohugoio/hugo/releases/tag/v0.96.0): `content/en` mounted
// a second time for German fills the German pages that are missing. Hugo serves the English file at
// /de/posts/stove/ too; before, it was imported twice, the copy marked German with English text.
test('a mount that fills missing translations: the file is one page in its language, its other URL redirects there', async () => {
  const filling = temporaryFolder('np-hugo-fill-')
  const perLanguage = (code: string, folder: string) => `[[module.mounts]]\nsource = "content/${folder}"\ntarget = "content"\nlang = "${code}"\n`
  writeFiles(filling, {
    'hugo.toml': `baseURL = "https://fill.example/"\ndefaultContentLanguage = "en"\n[languages.en]\nweight = 1\n[languages.de]\nweight = 2\n${perLanguage('en', 'en')}${perLanguage('de', 'de')}${perLanguage('de', 'en')}`,
    'content/en/posts/tent.md': '---\ntitle: Tent\ndate: 2024-01-01\n---\nText.\n',
    'content/en/posts/stove.md': '---\ntitle: Stove\ndate: 2024-01-02\n---\nText.\n',
    'content/de/posts/tent.md': '---\ntitle: Zelt\ndate: 2024-01-01\n---\nText.\n',
  })
  const hugo = hugoUrls(filling)
  expect(hugo.get('/de/posts/stove/')).toBe('content/en/posts/stove.md')
  const imported = importSite(filling)
  expect(imported.files.map((file) => `${file.source} ${/^lang: (\w+)$/m.exec(file.contents)?.[1]}`).sort()).toEqual(['content/de/posts/tent.md de', 'content/en/posts/stove.md en', 'content/en/posts/tent.md en'])
  const root = temporaryFolder('np-hugo-fill-site-')
  writeFileSync(join(root, 'nichepress.config.json'), siteConfig('Fill', 'https://fill.example', { language: 'en' }))
  writeImport(root, imported)
  const built = await generateSite({ root, preset, cache: false, keepGoing: true })
  expect(built.messages.filter((message) => message.fatal)).toEqual([])
  expect(wrongOldUrls(hugo, imported, built)).toEqual([])
}, 120_000)
