import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSite, type GeneratedSite } from '@nichepress/core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { importSite, writeImport, type ImportResult } from '../../packages/import/src/index.js'
import { hugoUrls, wrongOldUrls } from './old-urls.js'
import { siteConfig } from './site-config.js'

// Two forms of gohugoio/hugoDocs (at 1c61334, content Apache-2.0; the text here is our own), each of
// which broke its import. (1) Link targets a site's own shortcode prints: `[source code]: <{{% eturl
// figure %}}>` below 26 pages, also inline links and images; each stayed as its address
// (`/figure/%7B%7B%25%20eturl…`), 38 broken links failed the build. (2) `contribute/documentation/`
// and `documentation.md` share the slug "documentation"; the first took /documentation/ as its new
// URL, so the old URL of documentation.md led to the other page (927 of 928 URLs right).
const preset = fileURLToPath(new URL('../../packages/cli/dist/preset.js', import.meta.url))
const source = mkdtempSync(join(tmpdir(), 'np-hugo-docs-forms-'))
const root = mkdtempSync(join(tmpdir(), 'np-hugo-docs-forms-site-'))
afterAll(() => {
  rmSync(source, { recursive: true, force: true })
  rmSync(root, { recursive: true, force: true })
})

const files: Record<string, string> = {
  'hugo.toml': 'baseURL = "https://docs.example/"\ntitle = "Docs"\n[languages.en]\nweight = 1\n[[module.mounts]]\nsource = "content/en"\ntarget = "content"\nlang = "en"\n',
  'content/en/shortcodes/figure.md': '---\ntitle: Figure\n---\n\nThe figure shortcode renders a figure. See the [source code].\n\n![Figure diagram]({{% asset figure-diagram %}})\n\nRead [the docs]({{< param docsURL >}}) or the [intro](/shortcodes/intro/).\n\n[source code]: <{{% eturl figure %}}>\n',
  'content/en/shortcodes/intro.md': '---\ntitle: Intro\n---\n\nShortcodes add to Markdown.\n',
  'content/en/contribute/documentation/index.md': '---\ntitle: Contribute to the documentation\n---\n\nHow to help.\n',
  'content/en/documentation.md': '---\ntitle: Documentation\n---\n\nThe documentation.\n',
}

let result: ImportResult
let generated: GeneratedSite
let urls: Map<string, string>

beforeAll(async () => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(source, path)), { recursive: true })
    writeFileSync(join(source, path), text)
  }
  urls = hugoUrls(source)
  writeFileSync(join(root, 'nichepress.config.json'), siteConfig('Docs', 'https://docs.example', { language: 'en' }))
  result = importSite(source)
  writeImport(root, result)
  generated = await generateSite({ root, preset, cache: false, keepGoing: true })
}, 120_000)

test('a link, link definition or image whose address is a shortcode becomes its text; the site builds with zero errors', () => {
  expect(generated.messages.filter((message) => message.fatal).map((message) => `${message.file}:${message.line} ${message.ruleId} ${message.reason}`)).toEqual([])
  const page = result.files.find((file) => file.source === 'content/en/shortcodes/figure.md')?.contents ?? ''
  expect(page).toContain('The figure shortcode renders a figure. See the source code.')
  expect(page).toContain('\nFigure diagram\n')
  expect(page).toContain('Read the docs or the [intro](intro.md).')
  expect(page).not.toMatch(/\{\{|\[source code\]/)
  const items = result.report.items.filter((item) => item.ruleId === 'import-link-target-template')
  expect(items.map((item) => `${item.file}:${item.line} ${item.original}`)).toEqual([
    'content/en/shortcodes/figure.md:7 {{% asset figure-diagram %}}',
    'content/en/shortcodes/figure.md:9 {{< param docsURL >}}',
    'content/en/shortcodes/figure.md:11 {{% eturl figure %}}',
  ])
  expect(items[2]?.message).toMatch(/link was removed and its text kept\. Put in the address it stood for\.$/)
})

test('every URL Hugo gave leads to its page; an old URL is not given to another page with the same slug', () => {
  expect(urls.get('/documentation/')).toBe('content/en/documentation.md')
  expect(urls.get('/contribute/documentation/')).toBe('content/en/contribute/documentation/index.md')
  expect(urls.size).toBe(4)
  expect(wrongOldUrls(urls, result, generated)).toEqual([])
})
