import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSite, outputPathOf, type GeneratedSite } from '@nichepress/core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { importSite, writeImport, type ImportResult } from '../../packages/import/src/index.js'
import { validateSitemap } from '../seo/helpers.js'
import { hugoUrls, wrongOldUrls } from './old-urls.js'
import { siteConfig } from './site-config.js'

// A German Hugo blog with English, French, Spanish and Japanese translations (by file name and by a
// language's contentDir), its URLs as Debian's Hugo gives them (packages/import/test/fixtures/hugo-multilingual/README.md).
const source = fileURLToPath(new URL('../../packages/import/test/fixtures/hugo-multilingual/', import.meta.url))
const preset = fileURLToPath(new URL('../../packages/cli/dist/preset.js', import.meta.url))
const siteUrl = 'https://reisenotizen.example'
const root = mkdtempSync(join(tmpdir(), 'np-hugo-multilingual-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

// Each Hugo source file and the language Hugo gives it (file name suffix, else the content folder's language).
const languageOf = (file: string) => (file.startsWith('content-ja/') ? 'ja' : (/\.([a-z]{2})\.md$/.exec(file)?.[1] ?? 'de'))
// Translations as Hugo links them: same path in every language's content folder, or the same translationKey.
const translationGroups = [
  ['content/posts/zelt-aufbauen.md', 'content/posts/zelt-aufbauen.en.md', 'content/posts/zelt-aufbauen.fr.md', 'content/posts/zelt-aufbauen.es.md', 'content-ja/posts/zelt-aufbauen.md'],
  ['content/posts/wasserfilter.md', 'content/posts/water-filters.en.md', 'content-ja/posts/mizu-firuta.md'],
  ['content/about.md', 'content/about.en.md', 'content/about.es.md', 'content-ja/about.md'],
]

let urls: Map<string, string>
let result: ImportResult
let generated: GeneratedSite

beforeAll(async () => {
  urls = hugoUrls(source)
  writeFileSync(join(root, 'nichepress.config.json'), siteConfig('Reisenotizen', siteUrl))
  result = importSite(source)
  writeImport(root, result)
  generated = await generateSite({ root, preset, cache: false, keepGoing: true })
}, 120_000)

function htmlOf(url: string): string {
  const file = generated.files.find((candidate) => candidate.path === outputPathOf(url))
  return file && 'contents' in file ? String(file.contents) : ''
}

function pageOfSource(sourceFile: string) {
  const path = result.files.find((file) => file.source === sourceFile)?.path
  return generated.site.contentPages.find((page) => page.relativePath === path)
}

/** hreflang → path of each `<link rel="alternate" hreflang>` in the page's head. */
function alternatesOf(html: string): Record<string, string> {
  const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)]
  return Object.fromEntries(links.map((match) => [match[1] ?? '', new URL(match[2] ?? '').pathname]))
}

describe('a de/en/fr/es/ja Hugo blog', () => {
  test('imports and builds with zero errors; no language is reported as unsupported', () => {
    expect(generated.messages.filter((message) => message.fatal).map((message) => `${message.file}:${message.line} ${message.ruleId} ${message.reason}`)).toEqual([])
    expect(result.report.items.filter((item) => item.ruleId === 'import-language-unsupported')).toEqual([])
    expect(result.report.counts).toMatchObject({ posts: 9, pages: 4 })
  })

  test('every old URL of every language leads to its page', () => {
    expect(urls.size).toBe(13)
    expect(wrongOldUrls(urls, result, generated)).toEqual([])
  })

  test('each page is built in its own language: <html lang>, og:locale, JSON-LD inLanguage', () => {
    const expectedLocale = { de: 'de_DE', en: 'en_US', fr: 'fr_FR', es: 'es_ES', ja: 'ja_JP' } as const
    for (const sourceFile of new Set(urls.values())) {
      const lang = languageOf(sourceFile) as keyof typeof expectedLocale
      const page = pageOfSource(sourceFile)
      expect(page?.lang, sourceFile).toBe(lang)
      const html = htmlOf(page?.url ?? '')
      expect(html, sourceFile).toMatch(new RegExp(`^<!DOCTYPE html>\\s*<html lang="${lang}">`))
      expect(html, sourceFile).toContain(`<meta property="og:locale" content="${expectedLocale[lang]}">`)
      expect(html, sourceFile).toContain(`"inLanguage":"${lang}"`)
    }
  })

  test('hreflang sets are complete and reciprocal: every translation lists all of them, itself and x-default', () => {
    for (const group of translationGroups) {
      const members = group.map((file) => ({ lang: languageOf(file), url: pageOfSource(file)?.url }))
      const expected = { ...Object.fromEntries(members.map((member) => [member.lang, member.url])), 'x-default': members.find((member) => member.lang === 'de')?.url }
      expect(Object.values(expected).every((url) => url !== undefined)).toBe(true)
      for (const member of members) expect(alternatesOf(htmlOf(member.url ?? '')), `${member.lang} ${member.url}`).toEqual(expected)
    }
    // A post that exists in French only has no alternates.
    expect(alternatesOf(htmlOf(pageOfSource('content/posts/cafes-de-lyon.fr.md')?.url ?? ''))).toEqual({})
  })

  test('the sitemap carries the same alternates and is valid against the sitemaps.org schemas', () => {
    const sitemap = generated.files.find((file) => file.path === 'sitemap-1.xml')
    const text = sitemap && 'contents' in sitemap ? String(sitemap.contents) : ''
    const file = join(root, 'sitemap-1.xml')
    writeFileSync(file, text)
    const validation = validateSitemap(file)
    expect(validation.output).toBe('')
    expect(validation.status).toBe(0)
    for (const group of translationGroups) {
      for (const sourceFile of group) {
        const entry = new RegExp(`<url>\\s*<loc>${siteUrl}${pageOfSource(sourceFile)?.url}</loc>([\\s\\S]*?)</url>`).exec(text)?.[1] ?? ''
        const hreflangs = [...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)"/g)].map((match) => match[1]).sort()
        expect(hreflangs, sourceFile).toEqual(group.map(languageOf).sort())
      }
    }
  })
})
