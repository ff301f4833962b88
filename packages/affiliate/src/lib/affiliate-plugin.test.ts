import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { generateSite, isNichepressError, type GeneratedSite } from '@nichepress/core'
import { HtmlValidate } from 'html-validate'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { affiliatePlugin } from './affiliate-plugin.js'
import { networksUsed } from './networks-used.js'

// Builds real starter content with core and this plugin only (from dist: render workers load it).
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..')
const starter = join(repoRoot, 'starters/nischenblog')
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] })
const roots: string[] = []

function makeSite(affiliate: Record<string, unknown>, extraFiles: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'np-affiliate-'))
  roots.push(root)
  cpSync(join(starter, 'content'), join(root, 'content'), { recursive: true })
  cpSync(join(starter, 'static'), join(root, 'static'), { recursive: true })
  const plugin = pathToFileURL(join(repoRoot, 'packages/affiliate/dist/index.js')).href
  writeFileSync(join(root, 'preset.mjs'), `import { affiliatePlugin } from ${JSON.stringify(plugin)}\nexport default { plugins: () => [affiliatePlugin()], themeDir: ${JSON.stringify(join(repoRoot, 'templates/default'))} }\n`)
  writeFileSync(join(root, 'nichepress.config.json'), JSON.stringify({ title: 'Kocherkompass', url: 'https://kocherkompass.example', language: 'de', affiliate }))
  for (const [path, text] of Object.entries(extraFiles)) writeFileSync(join(root, path), text)
  return root
}

const build = (root: string) => generateSite({ root, preset: join(root, 'preset.mjs'), cache: false })
// For builds that must succeed: a failure names its diagnostics instead of "1 error".
const buildOk = (root: string) =>
  build(root).catch((error: unknown) => {
    throw isNichepressError(error) ? new Error(error.messages.map((message) => `${message.ruleId}: ${message.reason}`).join('\n'), { cause: error }) : error
  })
const documentOf = (site: GeneratedSite, path: string): string => {
  const file = site.files.find((candidate) => candidate.path === path)
  if (!file || !('contents' in file) || typeof file.contents !== 'string') throw new Error(`no document ${path}`)
  return file.contents
}
const links = { 'campingaz-360': 'https://www.amazon.de/dp/B07ABCDEFG?tag=kocherkompass-21' }

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

describe('the starter built with the affiliate plugin', () => {
  let site: GeneratedSite
  beforeAll(async () => {
    site = await build(makeSite({ links }))
  })

  test.each(['die-5-besten-gaskocher/index.html', 'test-flammwerk-vanchef-duo/index.html', 'kaufberatung-campingkocher/index.html'])(
    '%s: markers and rel on every affiliate link, one disclosure before the first, valid HTML',
    async (path) => {
      const html = documentOf(site, path)
      const affiliateAnchors = [...html.matchAll(/<a [^>]*href="https:\/\/www\.(?:amazon\.de|awin1\.com)[^"]*"[^>]*>/g)].map((match) => match[0])
      expect(affiliateAnchors.length).toBeGreaterThan(0)
      for (const anchor of affiliateAnchors) expect(anchor).toContain('rel="sponsored nofollow noopener"')
      expect(html.split('class="np-affiliate-marker"').length - 1).toBe(affiliateAnchors.length)
      expect(html.split('<aside class="np-disclosure"').length - 1).toBe(1)
      expect(html.indexOf('<aside class="np-disclosure"')).toBeLessThan(html.indexOf(affiliateAnchors[0] ?? '-'))
      const report = await validator.validateString(html)
      expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([])
    },
  )

  test('a post without affiliate links gets no disclosure', () => {
    const html = documentOf(site, 'co-warnung-im-van/index.html')
    expect(html).not.toContain('np-disclosure')
    expect(html).not.toContain('np-affiliate-marker')
  })

  test('/go/ links become 302 redirects with a noindex fallback page, and the link in the post resolves', () => {
    expect(site.site.redirects).toContainEqual({ from: '/go/campingaz-360/', to: links['campingaz-360'], status: 302, origin: 'nichepress.config.json' })
    expect(documentOf(site, 'go/campingaz-360/index.html')).toContain('<meta name="robots" content="noindex, nofollow">')
    expect(documentOf(site, 'kartusche-sicher-wechseln/index.html')).toMatch(/<a href="\/go\/campingaz-360\/" rel="sponsored nofollow noopener"/)
  })

  test('networksUsed lists the networks found across the site, sorted by id', () => {
    expect(networksUsed(site.site).map((network) => network.id)).toEqual(['amazon', 'awin'])
  })
})

describe('every way Markdown writes a link, on a built page', () => {
  const amazon = 'https://www.amazon.de/dp/B0C7K4VD2M?tag=kocherkompass-21'
  // One page per syntax; the intro comes first, so the disclosure must sit between it and the link.
  const bodies: Record<string, string> = {
    inline: `[der Duo](${amazon})`,
    'raw-html': `<a href="${amazon}" class="shop">der Duo</a>`,
    reference: `[der Duo][duo]\n\n[duo]: ${amazon} "Amazon"`,
    autolink: `<${amazon}>`,
    'autolink-literal': amazon,
  }
  let site: GeneratedSite
  beforeAll(async () => {
    const files = Object.fromEntries(Object.entries(bodies).map(([name, link]) => [`content/posts/syntax-${name}.md`, `---\ntitle: Syntax ${name}\n---\n\nErst die Einleitung ohne Link.\n\nKaufen: ${link}\n`]))
    site = await buildOk(makeSite({ links }, files))
  })

  test.each(Object.keys(bodies))('%s: rel, one marker, one disclosure between the intro and the link, Amazon\'s sentence', (name) => {
    const html = documentOf(site, `syntax-${name}/index.html`)
    const anchors = [...html.matchAll(/<a [^>]*href="https:\/\/www\.amazon\.de\/dp\/B0C7K4VD2M\?tag=kocherkompass-21"[^>]*>/g)].map((match) => match[0])
    expect(anchors).toHaveLength(1)
    expect(anchors[0]).toContain('rel="sponsored nofollow noopener"')
    expect(html.split('class="np-affiliate-marker"').length - 1).toBe(1)
    expect(html.split('<aside class="np-disclosure"').length - 1).toBe(1)
    expect(html.indexOf('Erst die Einleitung')).toBeLessThan(html.indexOf('<aside class="np-disclosure"'))
    expect(html.indexOf('<aside class="np-disclosure"')).toBeLessThan(html.indexOf(anchors[0] ?? '-'))
    expect(html).toContain('Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.')
  })
})

describe('/go/ links defined in front matter', () => {
  const post = (slug: string, target: string) => `---\ntitle: Kurs\naffiliateLinks:\n  ${slug}: ${JSON.stringify(target)}\n---\n\n[Zum Kurs](/go/${slug}/)\n`

  test('are global redirects, and networksUsed resolves them from other pages', async () => {
    const root = makeSite({ links }, { 'content/posts/kurs.md': post('kochkurs', 'https://www.digistore24.com/redir/1/jana/') })
    writeFileSync(join(root, 'content/posts/kurs-zwei.md'), '---\ntitle: Kurs zwei\n---\n\nAuch [hier](/go/kochkurs/).\n')
    const site = await build(root)
    expect(site.site.redirects).toContainEqual({ from: '/go/kochkurs/', to: 'https://www.digistore24.com/redir/1/jana/', status: 302, origin: 'content/posts/kurs.md' })
    expect(networksUsed(site.site).map((network) => network.id)).toContain('digistore24')
  })

  test('cloaked links in every form lead to their network; Amazon\'s sentence shows although another page defines the slug', async () => {
    const root = makeSite({ links }, { 'content/posts/kocher-links.md': post('gaskocher', 'https://www.amazon.de/dp/B0C7K4VD2M?tag=kocherkompass-21') })
    writeFileSync(
      join(root, 'content/posts/nur-verweise.md'),
      '---\ntitle: Nur Verweise\n---\n\nRelativ [hier](../go/gaskocher/), absolut [dort](https://kocherkompass.example/go/gaskocher/?utm=x) und [wieder](/go/gaskocher).\n',
    )
    const site = await buildOk(root)
    const html = documentOf(site, 'nur-verweise/index.html')
    expect([...html.matchAll(/<a [^>]*rel="sponsored nofollow noopener"/g)]).toHaveLength(3)
    expect(html).toContain('Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.')
    // The sentence comes before the content, the marked links after it.
    expect(html.indexOf('Als Amazon-Partner')).toBeLessThan(html.indexOf('rel="sponsored'))
    expect(networksUsed(site.site).map((network) => network.id)).toContain('amazon')
  })

  test('a slug defined twice with different targets fails, naming both files', async () => {
    const root = makeSite({ links }, { 'content/posts/kurs.md': post('campingaz-360', 'https://www.amazon.de/dp/OTHER?tag=x-21') })
    const error: unknown = await build(root).catch((caught: unknown) => caught)
    expect(isNichepressError(error)).toBe(true)
    const message = isNichepressError(error) ? error.messages.find((candidate) => candidate.ruleId === 'affiliate-link-conflict') : undefined
    expect(message?.reason).toContain('nichepress.config.json')
    expect(message?.reason).toContain('content/posts/kurs.md')
    expect(message?.file).toBe('content/posts/kurs.md')
  })

  test('an invalid affiliateLinks field is a catalogued error', async () => {
    const root = makeSite({ links }, { 'content/posts/kurs.md': post('Kurs Eins', 'https://example.com/') })
    const error: unknown = await build(root).catch((caught: unknown) => caught)
    expect(isNichepressError(error) ? error.messages.map((message) => message.ruleId) : []).toContain('affiliate-links-invalid')
  })
})

describe('a /go/ link to a page of the site (a CMS\'s own /go/ section)', () => {
  test('is reported once the site is known, naming the file, the place and the fix', async () => {
    const root = makeSite({ links })
    // Pages keep their folder in the URL, as an imported site with a Go section has it.
    writeFileSync(join(root, 'nichepress.config.json'), JSON.stringify({ title: 'Kocherkompass', url: 'https://kocherkompass.example', language: 'de', permalinks: { pages: '/:path/' }, affiliate: { links } }))
    mkdirSync(join(root, 'content/pages/go'), { recursive: true })
    writeFileSync(join(root, 'content/pages/go/tutorial.md'), '---\ntitle: Go-Tutorial\n---\n\nEin Tutorial zur Sprache Go.\n')
    writeFileSync(join(root, 'content/posts/go-lernen.md'), '---\ntitle: Go lernen\n---\n\nErst das [Tutorial](/go/tutorial/), dann der [Kocher](/go/campingaz-360/).\n')
    const site = await buildOk(root)
    const findings = site.messages.filter((message) => message.ruleId === 'affiliate-go-link-page')
    expect(findings.map((message) => `${String(message.file)}:${message.line}:${message.column} ${message.reason}`)).toEqual([
      'content/posts/go-lernen.md:5:10 The link to /go/tutorial/ went out as a cloaked affiliate link (rel="sponsored", marker, disclosure), but /go/tutorial/ is a page of this site: no affiliate.links or affiliateLinks entry defines it.',
    ])
    expect(findings[0]?.fatal).toBe(false)
  })
})

describe("Amazon's sentence follows the marketplace and the page language", () => {
  test.each([
    ['de', 'https://www.amazon.de/dp/B0?tag=x-21', ['Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.'], ['En tant que Partenaire Amazon']],
    ['en', 'https://www.amazon.co.uk/dp/B0?tag=x-21', ['As an Amazon Associate I earn from qualifying purchases.'], ['Als Amazon-Partner']],
    ['de', 'https://www.amazon.fr/dp/B0?tag=x-21', ['Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.', 'En tant que Partenaire Amazon, je réalise un bénéfice sur les achats remplissant les conditions requises.'], []],
    ['en', 'https://www.amazon.it/dp/B0?tag=x-21', ['As an Amazon Associate I earn from qualifying purchases.', 'In qualità di Affiliato Amazon io ricevo un guadagno dagli acquisti idonei.'], []],
  ])('%s page linking %s', async (lang, href, present, absent) => {
    const root = makeSite({ links }, { 'content/posts/markt.md': `---\ntitle: Markt\nlang: ${lang}\n---\n\n[Kocher](${href})\n` })
    const html = documentOf(await buildOk(root), 'markt/index.html')
    for (const sentence of present) expect(html).toContain(sentence)
    for (const sentence of absent) expect(html).not.toContain(sentence)
  })
})

test('links of unknown programs that look like affiliate links are recorded as suspects, not disclosed', async () => {
  const root = makeSite({ links, ignore: ['docs.example.org'] }, { 'content/posts/verdacht.md': '---\ntitle: Verdacht\n---\n\n[Kurs](https://kochkurs.example/?aff=jana) und [Doku](https://docs.example.org/?aff=x) und [Repo](https://github.com/x/y?ref=main)\n' })
  const site = await buildOk(root)
  const page = site.site.pages.find((candidate) => candidate.url === '/verdacht/')
  const facts = page?.source?.rendered.facts['affiliate'] as { links: unknown[]; suspects?: Array<{ href: string }> } | undefined
  expect(facts?.links).toEqual([])
  expect(facts?.suspects?.map((suspect) => suspect.href)).toEqual(['https://kochkurs.example/?aff=jana'])
  expect(documentOf(site, 'verdacht/index.html')).not.toContain('np-disclosure')
  const confirmed = await buildOk(makeSite({ links, hosts: ['kochkurs.example'] }, { 'content/posts/verdacht.md': '---\ntitle: Verdacht\n---\n\n[Kurs](https://kochkurs.example/?aff=jana)\n' }))
  expect(documentOf(confirmed, 'verdacht/index.html')).toContain('rel="sponsored nofollow noopener"')
})

test('position "template" hands the disclosure to the template as data.disclosure', async () => {
  const site = await build(makeSite({ links, position: 'template' }))
  const hooks = await affiliatePlugin().setup({ config: site.config, options: site.config.sections['affiliate'] as never, mode: 'build', command: 'build' })
  const review = site.site.pages.find((page) => page.url === '/die-5-besten-gaskocher/')
  const plain = site.site.pages.find((page) => page.url === '/co-warnung-im-van/')
  if (!review || !plain || !hooks.templateData) throw new Error('missing page or hook')
  expect(String(hooks.templateData(review, site.site).data?.['disclosure'])).toMatch(/^<aside class="np-disclosure" role="note".*Als Amazon-Partner verdiene ich an qualifizierten Verkäufen\.<\/div><\/aside>$/)
  expect(hooks.templateData(plain, site.site)).toEqual({})
  // The default theme's post layout prints {{{disclosure}}} before the content: once, not inside it.
  const html = documentOf(site, 'die-5-besten-gaskocher/index.html')
  expect(html.split('<aside class="np-disclosure"').length - 1).toBe(1)
  expect(html.slice(html.indexOf('<div class="content">'))).not.toContain('<aside class="np-disclosure"')
})
