import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSite, generateSite, isNichepressError, NichepressError } from '@nichepress/core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { htmlErrors } from '../helpers/html-validate.js'
import { coreConfig, makeSite, readTree, removeSite } from '../helpers/site.js'

const xss = '</script><script>alert(1)</script>'

function post(title: string, body: string, extra = ''): string {
  return `---\ntitle: ${JSON.stringify(title)}\ndate: 2026-03-12\ntags: [Gaskocher, Sicherheit]\n${extra}---\n\n${body}\n`
}

const files = {
  'nichepress.config.json': coreConfig({ pagination: { perPage: 2 } }),
  'content/posts/erster.md': post('Erster Beitrag', '## Einleitung\n\nSiehe [den zweiten](./zweiter.md#details) und [über uns](../pages/ueber-uns.md).\n\n```js\nconst a = 1\n```'),
  'content/posts/zweiter.md': post('Zweiter Beitrag', '## Details\n\nZurück zum [ersten](/erster/).', 'updated: 2026-04-01\n'),
  'content/posts/dritter.md': post(xss, 'Ein Titel mit <em>HTML</em> und "Anführungszeichen".'),
  'content/posts/entwurf.md': post('Entwurf', 'Noch nicht fertig.', 'draft: true\n'),
  'content/pages/ueber-uns.md': '---\ntitle: Über uns\n---\n\nWir kochen im Van.\n',
  'static/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"></svg>',
}

describe('building a site with core only', () => {
  let root: string
  let out: string
  beforeAll(async () => {
    root = makeSite(files)
    out = join(root, 'public')
    await buildSite({ root })
  })
  afterAll(() => removeSite(root))

  test('writes clean URLs for posts, pages, home pagination, tags, archive and 404', () => {
    const paths = [...readTree(out).keys()]
    for (const path of ['index.html', 'erster/index.html', 'zweiter/index.html', 'ueber-uns/index.html', 'page/2/index.html', 'themen/gaskocher/index.html', 'archiv/index.html', '404.html', 'assets/style.css', 'favicon.svg']) {
      expect(paths).toContain(path)
    }
    expect(paths).not.toContain('entwurf/index.html')
  })

  test('resolves relative .md links to final URLs, keeping the fragment', () => {
    const html = readFileSync(join(out, 'erster/index.html'), 'utf8')
    expect(html).toContain('href="/zweiter/#details"')
    expect(html).toContain('href="/ueber-uns/"')
    expect(html).not.toContain('.md')
  })

  test('gives headings ids', () => {
    expect(readFileSync(join(out, 'zweiter/index.html'), 'utf8')).toContain('<h2 id="details">')
  })

  test('escapes a title with </script> everywhere it appears', () => {
    for (const [path, bytes] of readTree(out)) {
      if (!path.endsWith('.html')) continue
      expect(bytes.toString('utf8'), path).not.toContain('<script>alert(1)')
    }
    expect(readFileSync(join(out, 'dritter/index.html'), 'utf8')).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  test('every page is valid HTML (html-validate recommended)', async () => {
    for (const [path, bytes] of readTree(out)) {
      if (!path.endsWith('.html')) continue
      expect(await htmlErrors(bytes.toString('utf8')), path).toEqual([])
    }
  })

  test('includes drafts only when asked', async () => {
    const draftsOut = join(root, 'with-drafts')
    await buildSite({ root, outDir: draftsOut, includeDrafts: true, cache: false })
    expect(existsSync(join(draftsOut, 'entwurf/index.html'))).toBe(true)
  })
})

describe('determinism and atomic output', () => {
  test('two builds of the same input are byte-identical', async () => {
    const root = makeSite(files)
    try {
      await buildSite({ root, outDir: join(root, 'a'), cache: false })
      await buildSite({ root, outDir: join(root, 'b'), cache: false })
      const a = readTree(join(root, 'a'))
      const b = readTree(join(root, 'b'))
      expect([...a.keys()]).toEqual([...b.keys()])
      for (const [path, bytes] of a) expect(bytes.equals(b.get(path) ?? Buffer.alloc(0)), path).toBe(true)
    } finally {
      removeSite(root)
    }
  })

  test('a failing build leaves the previous output untouched', async () => {
    const root = makeSite(files)
    try {
      await buildSite({ root })
      const before = readTree(join(root, 'public'))
      writeFileSync(join(root, 'content/posts/kaputt.md'), '---\ntitle: [unclosed\n---\n')
      await expect(buildSite({ root })).rejects.toBeInstanceOf(NichepressError)
      const after = readTree(join(root, 'public'))
      expect([...after.keys()]).toEqual([...before.keys()])
      for (const [path, bytes] of before) expect(bytes.equals(after.get(path) ?? Buffer.alloc(0)), path).toBe(true)
    } finally {
      removeSite(root)
    }
  })
})

describe('the render cache', () => {
  test('re-renders nothing when nothing changed, one page when one post changed, all when the config changed', async () => {
    const root = makeSite(files)
    try {
      const first = await buildSite({ root })
      expect(first.stats.rendered).toBe(4)
      const second = await buildSite({ root, outDir: join(root, 'fresh') })
      expect(second.stats).toMatchObject({ rendered: 0, cacheHits: 4, skipped: false })
      writeFileSync(join(root, 'content/posts/zweiter.md'), post('Zweiter Beitrag', '## Details\n\nGeändert.'))
      const third = await buildSite({ root })
      expect(third.stats).toMatchObject({ rendered: 1, cacheHits: 3 })
      expect(readFileSync(join(root, 'public/zweiter/index.html'), 'utf8')).toContain('Geändert.')
      writeFileSync(join(root, 'nichepress.config.json'), coreConfig({ description: 'Neu' }))
      const fourth = await buildSite({ root })
      expect(fourth.stats.rendered).toBe(4)
      const uncached = await buildSite({ root, cache: false })
      expect(uncached.stats.cacheHits).toBe(0)
      expect(uncached.stats.skipped).toBe(false)
    } finally {
      removeSite(root)
    }
  })
})

describe('bad input is reported all at once, with file, line and fix', () => {
  const broken = {
    'nichepress.config.json': coreConfig(),
    'content/posts/ok.md': post('Gut', 'Alles gut. [kaputt](./fehlt.md) und [auch](/gibt-es-nicht/)'),
    'content/posts/yaml.md': '---\ntitle: Test\ntags: [a, b\n---\nText\n',
    'content/posts/ohne-titel.md': '---\ndate: 2026-01-01\n---\nText\n',
    'content/posts/typen.md': '---\ntitle: Typen\ndraft: "ja"\ntags: 5\n---\nText\n',
    'content/posts/leer.md': '',
    'content/posts/latin1.md': Buffer.from('---\ntitle: Gr\xfc\xdfe\n---\n', 'latin1'),
    'content/posts/doppelt-a.md': post('A', 'a', 'slug: gleich\n'),
    'content/posts/doppelt-b.md': post('B', 'b', 'slug: gleich\n'),
    'content/posts/datum.md': post('Datum', 'x', 'updated: 2017-09-31\n'),
  }

  test('every broken post yields its own catalogued message', async () => {
    const root = makeSite(broken)
    try {
      const error = await buildSite({ root }).catch((caught: unknown) => caught)
      expect(isNichepressError(error)).toBe(true)
      const messages = (error as NichepressError).messages.map((message) => `${message.file}:${message.line ?? ''} ${message.ruleId}`)
      expect(messages).toEqual(
        expect.arrayContaining([
          'content/posts/yaml.md:3 front-matter-syntax',
          'content/posts/ohne-titel.md:1 front-matter-invalid',
          'content/posts/typen.md:3 front-matter-invalid',
          'content/posts/typen.md:4 front-matter-invalid',
          'content/posts/leer.md:1 content-empty',
          'content/posts/latin1.md:2 content-not-utf8',
          'content/posts/doppelt-b.md:1 duplicate-url',
          'content/posts/datum.md:5 front-matter-invalid',
        ]),
      )
      const all = (error as NichepressError).messages
      const title = all.find((message) => message.file === 'content/posts/ohne-titel.md')
      expect(title?.reason).toContain('`title` is required')
      expect(title?.note).toContain('title:')
      expect(all.every((message) => message.note && message.url?.includes(message.ruleId ?? '-'))).toBe(true)
    } finally {
      removeSite(root)
    }
  })

  test('broken internal links are errors at the link position', async () => {
    const root = makeSite({ 'nichepress.config.json': coreConfig(), 'content/posts/ok.md': broken['content/posts/ok.md'] })
    try {
      const error = (await buildSite({ root }).catch((caught: unknown) => caught)) as NichepressError
      expect(error.messages.map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual([
        '7:12 The link to content/posts/fehlt.md points to no page of this site.',
        '7:37 The link to /gibt-es-nicht/ points to no page of this site.',
      ])
    } finally {
      removeSite(root)
    }
  })

  test('a symlink loop in content is reported, not followed forever', async () => {
    const { symlinkSync } = await import('node:fs')
    const root = makeSite({ 'nichepress.config.json': coreConfig(), 'content/posts/a/ok.md': post('Gut', 'Text') })
    try {
      symlinkSync(join(root, 'content/posts'), join(root, 'content/posts/a/loop'))
      const error = (await buildSite({ root }).catch((caught: unknown) => caught)) as NichepressError
      expect(error.messages.map((message) => message.ruleId)).toEqual(['content-unreadable'])
      expect(error.messages[0]?.reason).toContain('symlink loop')
    } finally {
      removeSite(root)
    }
  })

  test('config problems are all reported with path, expected and got', async () => {
    const root = makeSite({
      'nichepress.config.json': JSON.stringify({ title: '', url: 'ftp://x', language: 'fr_FR', pagination: { perPage: 'ten' }, titel: 'x' }),
    })
    try {
      const error = (await buildSite({ root }).catch((caught: unknown) => caught)) as NichepressError
      const lines = error.messages.map((message) => `${message.ruleId} ${message.reason}`)
      expect(lines).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^config-invalid Config option `title`/),
          expect.stringMatching(/^config-invalid Config option `url`/),
          expect.stringMatching(/^config-invalid Config option `language`/),
          expect.stringMatching(/^config-invalid Config option `pagination.perPage`/),
          'config-unknown-key Config option `titel` is not known.',
        ]),
      )
      expect(error.messages.find((message) => message.reason.includes('titel'))?.note).toBe('Did you mean `title`?')
      const perPage = error.messages.find((message) => message.reason.includes('perPage'))
      expect(perPage?.expected).toEqual(['number'])
      expect(perPage?.actual).toBe('"ten"')
    } finally {
      removeSite(root)
    }
  })
  test('a javascript: URL for an author, the publisher or a menu entry is a config error, not a live link', async () => {
    const config = JSON.parse(coreConfig()) as Record<string, unknown>
    const root = makeSite({
      'nichepress.config.json': JSON.stringify({
        ...config,
        publisher: { type: 'person', name: 'Jana', url: 'JavaScript:alert(1)' },
        authors: [{ id: 'jana', name: 'Jana', url: ' java\tscript:alert(document.cookie)' }],
        nav: [{ label: 'Start', url: 'data:text/html,<script>alert(1)</script>' }, { label: 'Mail', url: 'mailto:hallo@example.com' }],
      }),
      'content/posts/a.md': post('Gut', 'Text'),
    })
    try {
      const error = (await buildSite({ root }).catch((caught: unknown) => caught)) as NichepressError
      const lines = error.messages.map((message) => `${message.ruleId} ${message.reason}`)
      expect(lines).toEqual([
        expect.stringMatching(/^config-invalid Config option `publisher.url`.*javascript:/),
        expect.stringMatching(/^config-invalid Config option `authors.0.url`.*javascript:/),
        expect.stringMatching(/^config-invalid Config option `nav.0.url`.*javascript:/),
      ])
    } finally {
      removeSite(root)
    }
  })
})

test('a missing output folder parent is created, and stale staging folders are not left behind', async () => {
  const root = makeSite(files)
  try {
    await buildSite({ root, outDir: join(root, 'deep/out') })
    expect(existsSync(join(root, 'deep/out/index.html'))).toBe(true)
    expect(readTree(join(root, 'deep')).size).toBe(readTree(join(root, 'deep/out')).size)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
})

test('rendering on worker threads gives the same bytes as rendering in one thread', async () => {
  const many: Record<string, string> = { 'nichepress.config.json': coreConfig() }
  for (let index = 0; index < 320; index++) {
    many[`content/posts/beitrag-${index}.md`] = post(`Beitrag ${index}`, `## Teil ${index}\n\nText mit [Link](./beitrag-${(index + 1) % 320}.md) und **fett**.\n\n<div class="box">roh</div>`)
  }
  const root = makeSite(many)
  try {
    const threaded = await buildSite({ root, outDir: join(root, 'threaded'), cache: false, threads: 2 })
    const single = await buildSite({ root, outDir: join(root, 'single'), cache: false, threads: 1 })
    expect(threaded.stats.rendered).toBe(320)
    const a = readTree(join(root, 'threaded'))
    const b = readTree(join(root, 'single'))
    expect([...a.keys()]).toEqual([...b.keys()])
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path) ?? Buffer.alloc(0)), path).toBe(true)
  } finally {
    removeSite(root)
  }
})

test('pages can keep their folder path, and a content page at / replaces the home list', async () => {
  const root = makeSite({
    'nichepress.config.json': coreConfig({ permalinks: { posts: '/blog/:slug/', pages: '/:path/' }, pagination: { perPage: 1 } }),
    'content/pages/index.md': '---\ntitle: Willkommen\n---\n\nLanding page. [Anleitung](./guide/setup.md)\n',
    'content/pages/guide/setup.md': '---\ntitle: Einrichtung\n---\n\nSo geht es.\n',
    'content/posts/a.md': post('A', 'a'),
    'content/posts/b.md': post('B', 'b'),
  })
  try {
    await buildSite({ root })
    const out = join(root, 'public')
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Landing page.')
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="/guide/setup/"')
    expect(existsSync(join(out, 'guide/setup/index.html'))).toBe(true)
    expect(existsSync(join(out, 'page/2/index.html'))).toBe(true)
    expect(existsSync(join(out, 'blog/a/index.html'))).toBe(true)
  } finally {
    removeSite(root)
  }
})

describe('an unchanged rebuild', () => {
  test('is skipped, leaves the output as it was, and runs again after any input changes', async () => {
    const root = makeSite(files)
    try {
      const first = await buildSite({ root })
      expect(first.stats.skipped).toBe(false)
      const before = readTree(join(root, 'public'))
      const second = await buildSite({ root })
      expect(second.stats.skipped).toBe(true)
      expect(readTree(join(root, 'public'))).toEqual(before)
      writeFileSync(join(root, 'static/robots-extra.txt'), 'x')
      expect((await buildSite({ root })).stats.skipped).toBe(false)
      writeFileSync(join(root, 'content/posts/zweiter.md'), post('Zweiter Beitrag', 'Neu'))
      const changed = await buildSite({ root })
      expect(changed.stats).toMatchObject({ skipped: false, rendered: 1 })
      expect(readFileSync(join(root, 'public/zweiter/index.html'), 'utf8')).toContain('Neu')
      rmSync(join(root, 'public/index.html'))
      expect((await buildSite({ root })).stats.skipped).toBe(false)
      expect(existsSync(join(root, 'public/index.html'))).toBe(true)
      expect((await buildSite({ root, includeDrafts: true })).stats.skipped).toBe(false)
    } finally {
      removeSite(root)
    }
  })
})

describe('re-rendering one edited page (the dev fast path)', () => {
  test('gives the same document a full build gives, and declines edits that need a full build', async () => {
    const root = makeSite(files)
    try {
      const first = await generateSite({ root })
      const path = join(root, 'content/posts/zweiter.md')
      writeFileSync(path, post('Zweiter Beitrag', '## Details\n\nSchnell geändert, mit [Link](./erster.md).', 'updated: 2026-04-01\n'))
      const fast = await first.rerenderPage?.(path)
      expect(fast?.path).toBe('zweiter/index.html')
      expect(fast?.html).toContain('Schnell geändert')
      expect(fast?.html).toContain('href="/erster/"')
      const full = await generateSite({ root, cache: false })
      const document = full.files.find((file) => file.path === 'zweiter/index.html')
      expect(document && 'contents' in document ? document.contents : '').toBe(fast?.html)

      writeFileSync(path, post('Zweiter Beitrag', 'Neuer Slug', 'slug: anders\n'))
      expect(await full.rerenderPage?.(path)).toBeUndefined()
      writeFileSync(path, post('Zweiter Beitrag', '[kaputt](./fehlt.md)'))
      expect(await full.rerenderPage?.(path)).toBeUndefined()
      const added = join(root, 'content/posts/neu.md')
      writeFileSync(added, post('Neu', 'Neu'))
      expect(await full.rerenderPage?.(added)).toBeUndefined()
    } finally {
      removeSite(root)
    }
  })
})

test('a site overrides a theme partial by name, and YAML and ESM configs load', async () => {
  const root = makeSite({
    'nichepress.config.yaml': `title: Yamlblog\nurl: https://yaml.example\nlanguage: en\nthemeDir: theme\n`,
    'theme/partials/footer.hbs': '<footer><p>Custom footer for {{site.title}}</p></footer>',
    'content/posts/a.md': post('A', 'Text'),
  })
  try {
    // The site's own theme folder replaces only what it has; layouts still come from the default theme.
    await buildSite({ root, preset: join(import.meta.dirname, 'fixtures/default-theme-preset.mjs') })
    const html = readFileSync(join(root, 'public/a/index.html'), 'utf8')
    expect(html).toContain('<p>Custom footer for Yamlblog</p>')
    expect(html).toContain('<html lang="en">')
    rmSync(join(root, 'nichepress.config.yaml'))
    writeFileSync(join(root, 'nichepress.config.mjs'), `export default { title: 'Esmblog', url: 'https://esm.example', language: 'de', themeDir: 'theme' }\n`)
    await buildSite({ root, preset: join(import.meta.dirname, 'fixtures/default-theme-preset.mjs') })
    expect(readFileSync(join(root, 'public/a/index.html'), 'utf8')).toContain('<p>Custom footer for Esmblog</p>')
  } finally {
    removeSite(root)
  }
})
