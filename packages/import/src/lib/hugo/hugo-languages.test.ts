import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { parse } from 'yaml'
import { EmptySourceError, importSite } from '../import-site.js'
import { stableSlug } from '../finish-import.js'

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'np-hugo-lang-'))
  folders.push(root)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

function frontMatter(contents: string | undefined): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)---\n/.exec(contents ?? '')?.[1] ?? '') as Record<string, unknown>
}

// The layout of a German/English Hugo blog: config in config/_default/, English as post.en.md. Hugo's :slug is the title when there is no slug.
const bilingual = {
  'config/_default/hugo.toml': 'baseURL = "https://blog.example/"\ndefaultContentLanguage = "de"\ndefaultContentLanguageInSubdir = false\n',
  'config/_default/languages.toml': '[de]\nweight = 1\n[en]\nweight = 2\n',
  'config/_default/permalinks.toml': 'posts = "/:year/:slug/"\n',
  'content/posts/zelt.md': '---\ntitle: Zelt aufbauen\ndate: 2024-05-03\n---\nText.\n',
  'content/posts/zelt.en.md': '---\ntitle: Pitching a tent\ndate: 2024-05-03\n---\nText.\n',
  'content/posts/nur-deutsch.md': '---\ntitle: Nur auf Deutsch\ndate: 2024-06-01\n---\n',
  'content/about.en.md': '---\ntitle: About\ntranslationKey: about\n---\n',
  'content/ueber-uns.md': '---\ntitle: Über uns\ntranslationKey: about\n---\n',
}

test('config/_default is found; post.en.md becomes the translation at its /en/ URL and the original keeps its slug', () => {
  const result = importSite(site(bilingual))
  expect(result.report.kind).toBe('hugo')
  const byPath = new Map(result.files.map((file) => [file.path, file.contents]))
  expect([...byPath.keys()]).toEqual(['content/pages/en/about.md', 'content/pages/ueber-uns.md', 'content/posts/en/zelt-en.md', 'content/posts/nur-deutsch.md', 'content/posts/zelt.md'])
  expect(frontMatter(byPath.get('content/posts/zelt.md'))).toMatchObject({ slug: 'zelt', lang: 'de', translationKey: 'posts/zelt', aliases: ['/2024/zelt-aufbauen/'] })
  expect(frontMatter(byPath.get('content/posts/en/zelt-en.md'))).toMatchObject({ slug: 'zelt-en', lang: 'en', translationKey: 'posts/zelt', aliases: ['/en/2024/pitching-a-tent/'] })
  expect(frontMatter(byPath.get('content/pages/en/about.md'))).toMatchObject({ lang: 'en', translationKey: 'about', aliases: ['/en/about/'] })
  expect(frontMatter(byPath.get('content/posts/nur-deutsch.md')).translationKey).toBeUndefined()
  // Every old URL has exactly one rule.
  const froms = [...result.redirects.map((redirect) => redirect.from), ...result.siteRedirects.map((redirect) => redirect.from)]
  expect(new Set(froms).size).toBe(froms.length)
  expect(result.siteRedirects).toContainEqual(expect.objectContaining({ from: '/en/', to: { home: true } }))
  expect(result.report.items.filter((item) => item.ruleId === 'import-redirect-conflict')).toEqual([])
})

test('with :path permalinks a translation lives at its language-prefixed URL under the same slug', () => {
  const result = importSite(site(bilingual), { permalinks: { posts: '/:path/', pages: '/:path/' } })
  const zelt = result.files.find((file) => file.path === 'content/posts/en/zelt.md')
  expect(frontMatter(zelt?.contents)).toMatchObject({ slug: 'zelt', lang: 'en', aliases: ['/en/2024/pitching-a-tent/'] })
})

test('per-language content folders (contentDir); a Japanese translation keeps its language and is linked', () => {
  const result = importSite(
    site({
      'hugo.yaml': 'baseURL: https://x.example/\ndefaultContentLanguage: en\ndefaultContentLanguageInSubdir: true\nlanguages:\n  en:\n    contentDir: content/en\n  ja:\n    contentDir: content/ja\n',
      'content/en/posts/hello.md': '---\ntitle: Hello\n---\n',
      'content/ja/posts/hello.md': '---\ntitle: こんにちは\n---\n',
    }),
  )
  expect(result.redirects.map((redirect) => [redirect.from, redirect.to])).toEqual([
    ['/en/posts/hello/', '/hello/'],
    ['/ja/posts/hello/', '/hello-ja/'],
  ])
  const ja = frontMatter(result.files.find((file) => file.path.startsWith('content/posts/ja/'))?.contents)
  const en = frontMatter(result.files.find((file) => file.path === 'content/posts/hello.md')?.contents)
  expect(ja).toMatchObject({ lang: 'ja', translationKey: en?.translationKey })
  expect(en).toMatchObject({ lang: 'en' })
  expect(result.report.items.filter((item) => item.ruleId === 'import-language-unsupported')).toEqual([])
})

test('a language key that is no BCP 47 tag takes its languageCode; with neither the page is reported, not linked', () => {
  const result = importSite(
    site({
      'hugo.yaml': 'baseURL: https://x.example/\ndefaultContentLanguage: en\nlanguages:\n  en: {}\n  portugues:\n    languageCode: pt_BR\n  klingon_lang: {}\n',
      'content/posts/hello.md': '---\ntitle: Hello\n---\n',
      'content/posts/hello.portugues.md': '---\ntitle: Olá\n---\n',
      'content/posts/hello.klingon_lang.md': '---\ntitle: nuqneH\n---\n',
    }),
  )
  const byPath = (path: string) => frontMatter(result.files.find((file) => file.path === path || file.path.startsWith(path))?.contents)
  expect(byPath('content/posts/portugues/')).toMatchObject({ lang: 'pt-BR', translationKey: byPath('content/posts/hello.md')?.translationKey })
  expect(byPath('content/posts/klingon_lang/')).not.toHaveProperty('lang')
  expect(byPath('content/posts/klingon_lang/')).not.toHaveProperty('translationKey')
  expect(result.report.items).toContainEqual(expect.objectContaining({ ruleId: 'import-language-unsupported', file: 'content/posts/hello.klingon_lang.md', original: 'klingon_lang' }))
})

test('slugs of every script are stable and never "untitled"', () => {
  expect(stableSlug('日本語の記事')).toMatch(/^[a-z0-9-]+$/)
  expect(stableSlug('日本語の記事')).not.toBe('')
  expect(stableSlug('Ελληνικά νέα')).toBe('ellinika-nea')
  expect(stableSlug('Über den Wolken')).toBe('ueber-den-wolken')
})

test('a folder that holds no site content is an error that says what was expected', () => {
  expect(() => importSite(site({ '_config.yml': 'title: Empty\n' }))).toThrow(EmptySourceError)
  expect(() => importSite(site({ '_config.yml': 'title: Empty\n' }))).toThrow(/expected posts in _posts\//)
})

// The layout of letsencrypt.org's Hugo site: one file per language in config/_default
// (`languages.en.toml` is Hugo's `[languages.en]`), each language with its own contentDir, posts in `post/`.
test('per-language config files (languages.en.toml, params.de.toml) and per-language content folders: posts stay posts', () => {
  const root = site({
    'config/_default/hugo.toml': 'baseURL = "https://example.org/"\ndefaultContentLanguage = "en"\n',
    'config/_default/languages.en.toml': 'contentDir = "content/en"\nweight = 10\nlocale = "en-US"\n',
    'config/_default/languages.de.toml': 'contentDir = "content/de"\nweight = 100\n',
    'config/_default/params.de.toml': 'description = "Deutsch"\n',
    'config/_default/menus.de.toml': '[[main]]\nname = "Start"\nurl = "/"\n',
    'config/production/hugo.toml': 'baseURL = "https://letsencrypt.example/"\n',
    'content/en/post/2015-10-19-trusted.md': '---\ntitle: Trusted\ndate: 2015-10-19\nslug: trusted\ntranslationKey: trusted\n---\nText.\n',
    'content/de/post/2015-10-19-trusted.md': '---\ntitle: Vertraut\ndate: 2015-10-19\nslug: trusted\ntranslationKey: trusted\n---\nText.\n',
    'content/en/about.md': '---\ntitle: About\n---\n',
  })
  const result = importSite(root)
  const byPath = new Map(result.files.map((file) => [file.path, file.contents]))
  expect([...byPath.keys()].sort()).toEqual(['content/pages/about.md', 'content/posts/de/trusted-de.md', 'content/posts/trusted.md'])
  expect(frontMatter(byPath.get('content/posts/trusted.md'))).toMatchObject({ lang: 'en', translationKey: 'trusted' })
  expect(frontMatter(byPath.get('content/posts/de/trusted-de.md'))).toMatchObject({ lang: 'de', translationKey: 'trusted', aliases: ['/de/post/trusted/'] })
  // The production folder's baseURL wins over _default's (`hugo` builds for production).
  expect(result.settings.url).toBe('https://letsencrypt.example')
})

test('config folder file names map to Hugo key paths', async () => {
  const { configKeyPath } = await import('./read-hugo-config.js')
  expect(configKeyPath('hugo.toml')).toEqual([])
  expect(configKeyPath('config.yaml')).toEqual([])
  expect(configKeyPath('params.toml')).toEqual(['params'])
  expect(configKeyPath('menu.toml')).toEqual(['menus'])
  expect(configKeyPath('languages.pt-br.toml')).toEqual(['languages', 'pt-br'])
  expect(configKeyPath('menus.de.toml')).toEqual(['languages', 'de', 'menus'])
  expect(configKeyPath('params.de.yaml')).toEqual(['languages', 'de', 'params'])
})

// Content mounted by `[[module.mounts]]` (Hugo 0.111 in Debian reads `lang`; gohugoio/hugoDocs
// mounts `content/en` at `content` with `sites.matrix`): the URLs Hugo gives are those of the mount's
// target (`hugo list all`: /posts/tent/ and /de/posts/zelt/), not /en/posts/tent/. Before, both were
// imported as pages of a section "en"/"de", with /en/… old URLs and the German post tagged English.
test('module mounts with target content: one per language (lang) or for all (sites.matrix), posts stay posts at their URLs', () => {
  const perLanguage = importSite(
    site({
      'hugo.toml': 'baseURL = "https://hm.example/"\ndefaultContentLanguage = "en"\n[languages.en]\nweight = 1\n[languages.de]\nweight = 2\n[[module.mounts]]\nsource = "content/en"\ntarget = "content"\nlang = "en"\n[[module.mounts]]\nsource = "content/de"\ntarget = "content"\nlang = "de"\n',
      'content/en/posts/tent.md': '---\ntitle: Tent\ndate: 2024-01-01\n---\nText.\n',
      'content/de/posts/zelt.md': '---\ntitle: Zelt\ndate: 2024-01-01\n---\nText.\n',
    }),
  )
  expect(perLanguage.report.counts).toMatchObject({ posts: 2, pages: 0 })
  expect(perLanguage.redirects.map((redirect) => redirect.from).sort()).toEqual(['/de/posts/zelt/', '/posts/tent/'])
  expect(frontMatter(perLanguage.files.find((file) => file.source === 'content/de/posts/zelt.md')?.contents)).toMatchObject({ lang: 'de' })
  const matrix = importSite(
    site({
      'hugo.toml': 'baseURL = "https://docs.example/"\n[languages.en]\nweight = 1\n[[module.mounts]]\nsource = "content/en"\ntarget = "content"\n[module.mounts.sites.matrix]\nlanguages = ["en"]\n',
      'content/en/posts/hello.md': '---\ntitle: Hello\ndate: 2024-01-01\n---\nText.\n',
    }),
  )
  expect(matrix.report.counts).toMatchObject({ posts: 1 })
  expect(matrix.files.find((file) => file.source === 'content/en/posts/hello.md')?.path).toBe('content/posts/hello.md')
})

// Hugo 0.153's forms (https://gohugo.io/configuration/module/#mounts: `files` with `! ` to exclude,
// `sites.matrix.languages` instead of `lang`); Debian's Hugo 0.111 cannot list them, so this is read off the docs.
test('a mount into content/<folder> with files globs and sites.matrix: its files are that section, in that language, filtered', () => {
  const result = importSite(
    site({
      'hugo.toml': 'baseURL = "https://docs.example/"\ndefaultContentLanguage = "en"\n[languages.en]\nweight = 1\n[languages.de]\nweight = 2\n[[module.mounts]]\nsource = "content"\ntarget = "content"\n[[module.mounts]]\nsource = "handbuch"\ntarget = "content/blog/handbuch"\nfiles = ["**.md", "! entwurf/**"]\n[module.mounts.sites.matrix]\nlanguages = ["de"]\n',
      'content/about.md': '---\ntitle: About\n---\nText.\n',
      'handbuch/erste-schritte.md': '---\ntitle: Erste Schritte\ndate: 2024-01-01\n---\nText.\n',
      'handbuch/entwurf/neu.md': '---\ntitle: Neu\ndate: 2024-01-02\n---\nText.\n',
      'handbuch/notiz.txt': 'not content',
    }),
  )
  expect(result.files.map((file) => file.source).sort()).toEqual(['content/about.md', 'handbuch/erste-schritte.md'])
  const guide = result.files.find((file) => file.source === 'handbuch/erste-schritte.md')
  // Below `blog` it is a post, German, at the URL Hugo gives it.
  expect(guide?.path).toBe('content/posts/de/erste-schritte.md')
  expect(frontMatter(guide?.contents)).toMatchObject({ lang: 'de', aliases: ['/de/blog/handbuch/erste-schritte/'] })
})
