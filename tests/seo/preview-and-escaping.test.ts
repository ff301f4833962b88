import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as cheerio from 'cheerio'
import { beforeAll, describe, expect, test } from 'vitest'
import { spawnSync } from 'node:child_process'
import { buildWithCli, jsonLdBlocks, listFiles, parseFeed, repoRoot, validateSitemap, xmllint } from './helpers.js'

const seoRequire = (await import('node:module')).createRequire(join(repoRoot, 'packages/seo/package.json'))
const { load } = seoRequire('cheerio') as typeof cheerio

describe('a Netlify deploy preview', () => {
  let out: string
  beforeAll(() => {
    out = buildWithCli(join(repoRoot, 'starters/nischenblog'), { NETLIFY: 'true', CONTEXT: 'deploy-preview', URL: 'https://kocherkompass.example', DEPLOY_PRIME_URL: 'https://deploy-preview-42--kocherkompass.netlify.app' })
  })

  test('every page is noindex and canonicals use the preview URL', () => {
    const pages = listFiles(out).filter((file) => file.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(15)
    for (const page of pages) {
      const $ = load(readFileSync(join(out, page), 'utf8'))
      expect($('meta[name="robots"]').attr('content'), page).toMatch(/^noindex/)
    }
    const $ = load(readFileSync(join(out, 'index.html'), 'utf8'))
    expect($('link[rel="canonical"]').attr('href')).toBe('https://deploy-preview-42--kocherkompass.netlify.app/')
  })

  test('robots.txt disallows everything and the headers say noindex', () => {
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toMatch(/^User-agent: \*\nDisallow: \/\n/)
    expect(readFileSync(join(out, '_headers'), 'utf8')).toContain('X-Robots-Tag: noindex')
  })
})

describe('a Vercel preview', () => {
  test('gets noindex and Disallow too', () => {
    const out = buildWithCli(join(repoRoot, 'tests/seo/fixtures/escaping'), { VERCEL_ENV: 'preview', VERCEL_URL: 'escape-git-branch.vercel.app' })
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n\nSitemap: https://escape-git-branch.vercel.app/sitemap-index.xml\n')
    const $ = load(readFileSync(join(out, 'breakout/index.html'), 'utf8'))
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, follow')
  })
})

describe('content that tries to close the script element', () => {
  let out: string
  const title = `Breakout </script><script>alert("title")</script> 'quoted'`
  beforeAll(() => {
    out = buildWithCli(join(repoRoot, 'tests/seo/fixtures/escaping'))
  })

  test('the head keeps one script element and the title and description as text', () => {
    const html = readFileSync(join(out, 'breakout/index.html'), 'utf8')
    const $ = load(html)
    expect($('script[type="application/ld+json"]').length).toBe(1)
    expect($('script:not([type="application/ld+json"])').filter((_, element) => $(element).text().includes('alert(')).length).toBe(0)
    expect($('title').text()).toBe(title)
    expect($('meta[property="og:title"]').attr('content')).toBe(title)
    expect($('meta[name="description"]').attr('content')).toBe('A description with </script> and "quotes" & ampersands.')
  })

  test('JSON-LD escapes < > & and U+2028 and parses back to the original text', () => {
    const html = readFileSync(join(out, 'breakout/index.html'), 'utf8')
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? ''
    expect(script).not.toMatch(/[<>&\u2028]/)
    const [graph] = jsonLdBlocks(html) as Array<{ '@graph': Array<Record<string, unknown>> }>
    const article = graph?.['@graph'].find((node) => node['@type'] === 'BlogPosting')
    expect(article?.headline).toBe(title)
    const faq = graph?.['@graph'].find((node) => node['@type'] === 'FAQPage') as { mainEntity: Array<{ acceptedAnswer: { text: string } }> }
    expect(faq.mainEntity[0]?.acceptedAnswer.text).toBe("It tries: </script><script>alert('faq')</script> \u2028 and <!-- a comment")
  })

  test('feeds escape the title and stay well-formed', () => {
    expect(xmllint([join(out, 'feed.xml'), join(out, 'atom.xml')])).toMatchObject({ status: 0 })
    for (const file of ['feed.xml', 'atom.xml']) {
      const feed = parseFeed(readFileSync(join(out, file), 'utf8'))
      expect(feed.items[0]?.title).toBe(title)
      expect(feed.items[0]?.content).toContain('href="https://escape.example/about/"')
    }
    const json = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')) as { items: Array<{ title: string }> }
    expect(json.items[0]?.title).toBe(title)
  })

  test('a local PNG logo gets its size read from the file', () => {
    const [graph] = jsonLdBlocks(readFileSync(join(out, 'index.html'), 'utf8')) as Array<{ '@graph': Array<Record<string, unknown>> }>
    const publisher = graph?.['@graph'].find((node) => node['@type'] === 'Organization')
    expect(publisher?.logo).toMatchObject({ width: '3', height: '2' })
  })

  test('pages sharing a translationKey get hreflang links in head and sitemap, and the sitemap validates', () => {
    const $ = load(readFileSync(join(out, 'about/index.html'), 'utf8'))
    const alternates = $('link[rel="alternate"][hreflang]').map((_, element) => `${$(element).attr('hreflang')} ${$(element).attr('href')}`).get()
    expect(alternates).toEqual(['de https://escape.example/ueber-uns/', 'en https://escape.example/about/', 'x-default https://escape.example/about/'])
    expect($('meta[property="og:locale:alternate"]').attr('content')).toBe('de_DE')
    const sitemap = readFileSync(join(out, 'sitemap-1.xml'), 'utf8')
    expect(sitemap).toContain('<url><loc>https://escape.example/ueber-uns/</loc><xhtml:link rel="alternate" hreflang="de" href="https://escape.example/ueber-uns/"/><xhtml:link rel="alternate" hreflang="en" href="https://escape.example/about/"/></url>')
    expect(sitemap).toContain('<image:loc>https://escape.example/logo.png</image:loc>')
    expect(validateSitemap(join(out, 'sitemap-1.xml'))).toMatchObject({ status: 0 })
  })
})

test('invalid faq front matter stops the build with seo-front-matter-invalid', () => {
  const result = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/nichepress.js'), 'build', '--root', join(repoRoot, 'tests/seo/fixtures/invalid-faq'), '--out', join(tmpdir(), 'seo-invalid-faq-out'), '--no-cache'], { encoding: 'utf8' })
  expect(result.status).toBe(1)
  expect(`${result.stdout}${result.stderr}`).toMatch(/content\/posts\/broken\.md[\s\S]*faq\.0\.answer[\s\S]*seo-front-matter-invalid/)
})
