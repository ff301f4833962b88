import { appendFileSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { importSite, writeImport } from '../../packages/import/src/index.js'
// The built command: its preset module is loaded by core (and by render workers) from dist.
import { runLinks } from '../../packages/cli/dist/commands/links.js'
import { sharedCorpus } from './shared-corpus.js'

// okfn.de's real German blog (502 Jekyll posts, CC BY 3.0 DE), imported as a user would, with a
// config that has no legal section (a German site without its Impressum details), one post copied in
// as it is (its date, 2017-09-31, does not exist), a link to an old non-post page and a post whose
// text is raw HTML. `nichepress links` must still report on every page it could read.
const corpus = sharedCorpus('okfn-de-blog')
let work = ''
let site = ''
let report: { errors: Array<{ ruleId: string; file: string; reason: string }>; graph: { broken: Array<{ file: string; target: string }> }; pages: Array<{ file: string; suggestions: Array<{ anchor: string; target: string; inHtml: boolean }> }> }
let code = -1
let text = ''

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'np-links-okfn-'))
  const source = join(work, 'jekyll')
  site = join(work, 'site')
  cpSync(join(corpus, 'posts'), join(source, '_posts'), { recursive: true })
  writeFileSync(join(source, '_config.yml'), 'url: https://okfn.de\npermalink: /blog/:year/:month/:title/\ntimezone: Europe/Berlin\n')
  mkdirSync(site)
  writeFileSync(join(site, 'nichepress.config.json'), JSON.stringify({ title: 'OKF DE', url: 'https://okfn.de', language: 'de' }))
  writeImport(site, importSite(source))
  copyFileSync(join(corpus, 'posts/2017/2017-09-31-ODINE-Open-Data-Incubator-for-Europe.md'), join(site, 'content/posts/odine-as-it-was.md'))
  appendFileSync(join(site, 'content/posts/datenschule-launch.md'), '\nMehr [über uns](/about/).\n')
  writeFileSync(
    join(site, 'content/posts/html-post.md'),
    '---\ntitle: Informationsfreiheit in den Ländern\ndate: 2019-03-01\n---\n<div class="post">\n<p>Das Portal FragDenStaat und die Open Knowledge Foundation setzen sich für Informationsfreiheit ein; die <a href="https://example.org/">Datenschule</a> hilft.</p>\n</div>\n',
  )
  const print = (chunk: string) => void (text += chunk)
  code = await runLinks({ root: site, drafts: false, cache: false, format: 'json', page: undefined, limit: undefined, apply: false, write: false, print })
  report = JSON.parse(text) as typeof report
  text = ''
  await runLinks({ root: site, drafts: false, cache: false, format: 'text', page: undefined, limit: undefined, apply: false, write: false, print })
}, 300_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

test('the build errors are listed in the report and set the exit code; they do not stop it', () => {
  expect(code).toBe(1)
  const rules = new Set(report.errors.map((error) => error.ruleId))
  expect(rules).toContain('legal-field-missing')
  expect(rules).toContain('broken-internal-link')
  expect(report.errors).toContainEqual(expect.objectContaining({ ruleId: 'front-matter-invalid', file: 'content/posts/odine-as-it-was.md' }))
  expect(text).toMatch(/^Build errors \(\d+\)/m)
  expect(text).toMatch(/^ {2}content\/posts\/odine-as-it-was\.md:\d+:\d+ {2}.*front-matter-invalid$/m)
  expect(text).toContain('legal-field-missing')
})

test('every readable post is analysed and most get suggestions', () => {
  expect(report.pages.length).toBe(496)
  expect(report.pages.filter((page) => page.suggestions.length > 0).length).toBeGreaterThan(450)
  expect(text).toMatch(/^Suggestions \(\d+ in \d+ pages\)$/m)
})

test('a post whose text is raw HTML is analysed by its text, never inside its links', () => {
  const html = report.pages.find((page) => page.file === 'content/posts/html-post.md')!
  expect(html.suggestions.length).toBeGreaterThan(0)
  expect(html.suggestions.every((suggestion) => suggestion.inHtml)).toBe(true)
  expect(html.suggestions.map((suggestion) => suggestion.anchor)).not.toContain('Datenschule')
  const body = readFileSync(join(site, 'content/posts/html-post.md'), 'utf8')
  for (const suggestion of html.suggestions) expect(body).toContain(suggestion.anchor)
})
