import { generateSite, isNichepressError } from '@nichepress/core'
import { afterAll, describe, expect, test } from 'vitest'
import { coreConfig, makeSite, removeSite } from '../helpers/site.js'

// A page's content language (any BCP 47 tag) and the language of nichepress's own texts (de|en) are separate.
const roots: string[] = []
afterAll(() => {
  for (const root of roots) removeSite(root)
})

async function build(config: Record<string, unknown>, files: Record<string, string>) {
  const root = makeSite({ 'nichepress.config.json': coreConfig(config), ...files })
  roots.push(root)
  return generateSite({ root, cache: false })
}

async function failure(config: Record<string, unknown>, files: Record<string, string>) {
  try {
    await build(config, files)
  } catch (error) {
    if (isNichepressError(error)) return error.messages
    throw error
  }
  throw new Error('the build did not fail')
}

function html(site: Awaited<ReturnType<typeof build>>, path: string): string {
  const file = site.files.find((candidate) => candidate.path === path)
  return file && 'contents' in file ? String(file.contents) : ''
}

const post = (front: string) => `---\ntitle: Post\ndate: 2026-03-12\n${front}---\n\nText.\n`

describe('content language and text language', () => {
  test('a Japanese site without textLanguage builds in ja with English texts and warns, naming the setting', async () => {
    const site = await build({ language: 'ja' }, { 'content/posts/tent.md': post('') })
    expect(html(site, 'tent/index.html')).toMatch(/<html lang="ja">/)
    expect(html(site, 'tent/index.html')).toContain('12 March 2026')
    expect(site.files.some((file) => file.path === 'archive/index.html')).toBe(true)
    const warnings = site.messages.filter((message) => message.ruleId === 'text-language-defaulted')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.file).toBe('nichepress.config.json')
    expect(`${warnings[0]?.reason} ${warnings[0]?.note ?? ''}`).toContain('textLanguage')
  })

  test('textLanguage chooses the texts of a site in another language, without a warning', async () => {
    const site = await build({ language: 'ja', textLanguage: 'de' }, { 'content/posts/tent.md': post('') })
    expect(html(site, 'tent/index.html')).toMatch(/<html lang="ja">/)
    expect(html(site, 'tent/index.html')).toContain('12. März 2026')
    expect(site.files.some((file) => file.path === 'archiv/index.html')).toBe(true)
    expect(site.messages.filter((message) => message.ruleId === 'text-language-defaulted')).toEqual([])
  })

  test('a page tag is canonicalised; its primary subtag picks the texts when it is de or en, else the site text language', async () => {
    const site = await build({ language: 'de' }, { 'content/posts/british.md': post('lang: EN-gb\n'), 'content/posts/francais.md': post('lang: fr\n') })
    expect(html(site, 'british/index.html')).toMatch(/<html lang="en-GB">/)
    expect(html(site, 'british/index.html')).toContain('12 March 2026')
    expect(html(site, 'francais/index.html')).toMatch(/<html lang="fr">/)
    expect(html(site, 'francais/index.html')).toContain('12. März 2026')
    expect(site.messages.filter((message) => message.ruleId === 'text-language-defaulted')).toEqual([])
  })

  // WCAG 3.1.2 (language of parts): on a page in another language, the theme's German menu labels
  // and nichepress's German texts say that they are German.
  test('parts in another language than the page carry their lang: menu labels in the site language, texts in the text language', async () => {
    const nav = [{ label: 'Startseite', url: '/' }, { label: 'Über uns', url: '/ueber-uns/' }]
    const site = await build({ language: 'de', nav }, { 'content/posts/british.md': post('lang: en-GB\n'), 'content/posts/francais.md': post('lang: fr\n'), 'content/posts/deutsch.md': post('') })
    const british = html(site, 'british/index.html')
    expect(british).toContain('<ul lang="de">')
    expect(british).toMatch(/<a class="skip-link" href="#main">Skip to content<\/a>/)
    expect(british).toContain('<p class="meta">')
    const french = html(site, 'francais/index.html')
    expect(french).toMatch(/<a class="skip-link" href="#main" lang="de">Zum Inhalt springen<\/a>/)
    expect(french).toMatch(/<nav class="site-nav" aria-label="[^"]+" lang="de">\s*<ul>/)
    expect(french).toContain('<p class="meta" lang="de">')
    const german = html(site, 'deutsch/index.html')
    expect(german.match(/ lang="/g)).toHaveLength(1)
  })

  test('a lang that is not BCP 47 is an error at its front matter line naming the tag to write', async () => {
    const messages = await failure({}, { 'content/posts/austria.md': '---\ntitle: Servus\ndate: 2026-03-12\nlang: de_AT\n---\n\nText.\n' })
    const message = messages.find((candidate) => candidate.ruleId === 'front-matter-invalid')
    expect(message?.line).toBe(4)
    expect(message?.reason).toBe('Front matter field `lang` must be the BCP 47 language tag "de-AT" (got "de_AT").')
  })

  test('a site language written as a language name is a config error', async () => {
    const messages = await failure({ language: 'german' }, { 'content/posts/a.md': post('') })
    expect(messages.map((message) => message.ruleId)).toEqual(['config-invalid'])
    expect(messages[0]?.reason).toContain('`language` must be a BCP 47 language tag like "de"')
  })
})
