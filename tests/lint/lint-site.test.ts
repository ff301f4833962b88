import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, afterEach, expect, test, vi } from 'vitest'
import { lintSite } from '../../packages/lint/dist/index.js'
import { runAudit } from '../../packages/cli/dist/commands/audit.js'
import { runLint } from '../../packages/cli/dist/commands/lint.js'
import { presetPath, repoRoot } from '../helpers/site.js'

const fixtures = join(import.meta.dirname, 'fixtures')
const now = new Date('2026-01-01T00:00:00Z')
const temporary: string[] = []
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
})
afterEach(() => {
  vi.restoreAllMocks()
})

function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `np-lint-${name}-`))
  temporary.push(dir)
  cpSync(join(fixtures, name), dir, { recursive: true })
  return dir
}

const summary = (messages: ReadonlyArray<{ file?: unknown; ruleId?: unknown; line?: unknown; column?: unknown }>) => messages.map((message) => `${String(message.file)} ${String(message.ruleId)} ${String(message.line)}:${String(message.column)}`)

test('a site with ten planted problems yields exactly those ten findings', async () => {
  const result = await lintSite({ root: join(fixtures, 'planted-site'), preset: presetPath, now })
  expect(summary(result.messages)).toEqual([
    'content/posts/best-camping-stoves.md affiliate-disclosure 10:11',
    'content/posts/best-camping-stoves.md suspected-affiliate-link 11:11',
    'content/posts/best-camping-stoves.md unknown-third-party 13:1',
    'content/posts/choosing-stove-fuel.md google-fonts-remote 9:38',
    'content/posts/choosing-stove-fuel.md http-link 11:10',
    'content/posts/choosing-stove-fuel.md image-alt-missing 13:1',
    'content/posts/choosing-stove-fuel.md heading-order 17:1',
    'content/posts/cooking-in-winter-again.md description-missing 1:1',
    'content/posts/cooking-in-winter.md duplicate-title 2:1',
    'content/posts/cooking-in-winter.md broken-internal-link 9:5',
  ])
})

test('paths limit the report to those files', async () => {
  const result = await lintSite({ root: join(fixtures, 'planted-site'), preset: presetPath, now, paths: ['content/posts/cooking-in-winter.md'], cwd: join(fixtures, 'planted-site') })
  expect(summary(result.messages)).toEqual(['content/posts/cooking-in-winter.md duplicate-title 2:1', 'content/posts/cooking-in-winter.md broken-internal-link 9:5'])
})

test('the starter lints clean', async () => {
  // A "now" after the starter's newest post, which is dated late 2026.
  const result = await lintSite({ root: join(repoRoot, 'starters/nischenblog'), preset: presetPath, now: new Date('2027-01-01T00:00:00Z') })
  expect(summary(result.messages)).toEqual([])
})

test('--fix adds rel to raw HTML affiliate links and changes nothing else', async () => {
  const root = copyFixture('rules-site')
  const file = join(root, 'content/posts/affiliate-link-rel.md')
  const before = readFileSync(file, 'utf8')
  const result = await lintSite({ root, preset: presetPath, now, fix: true })
  expect(result.fixedFiles).toEqual(['content/posts/affiliate-link-rel.md'])
  expect(readFileSync(file, 'utf8')).toBe(before.replace('<a href=', '<a rel="sponsored nofollow noopener" href='))
  expect(result.messages.some((message) => message.ruleId === 'affiliate-link-rel')).toBe(false)
  const again = await lintSite({ root, preset: presetPath, now, fix: true })
  expect(again.fixedFiles).toEqual([])
})

function captureStdout(): () => string {
  const chunks: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk))
    return true
  })
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  return () => chunks.join('')
}

test('lint exits 1 on errors, 0 with --quiet on a warnings-only file, 1 past --max-warnings, 2 on a bad format', async () => {
  const root = join(fixtures, 'planted-site')
  const base = { root, fix: false, format: 'json', maxWarnings: undefined, quiet: false }
  let output = captureStdout()
  expect(await runLint({ ...base, paths: [] })).toBe(1)
  expect(JSON.parse(output())).toMatchObject({ errorCount: 4, warningCount: 6 })
  vi.restoreAllMocks()
  const warningsOnly = [join(root, 'content/posts/cooking-in-winter-again.md')]
  output = captureStdout()
  expect(await runLint({ ...base, paths: warningsOnly })).toBe(0)
  expect(await runLint({ ...base, paths: warningsOnly, maxWarnings: '0' })).toBe(1)
  expect(await runLint({ ...base, paths: warningsOnly, quiet: true, maxWarnings: '0' })).toBe(0)
  expect(await runLint({ ...base, paths: [], format: 'xml' })).toBe(2)
  expect(await runLint({ ...base, paths: [], maxWarnings: 'many' })).toBe(2)
})

test('audit prints github annotations with paths from the current folder and exits 1 on errors', async () => {
  const output = captureStdout()
  expect(await runAudit({ dir: join(fixtures, 'audit'), siteUrl: undefined, format: 'github', maxWarnings: undefined, quiet: false })).toBe(1)
  expect(output()).toContain(`::error file=${relative(process.cwd(), join(fixtures, 'audit/mixed-content.html'))},line=11,col=1,title=mixed-content::`)
  expect(await runAudit({ dir: undefined, siteUrl: undefined, format: 'github', maxWarnings: undefined, quiet: false })).toBe(2)
})

test('a lint path that matches no file is a usage error (exit 2); relative paths are resolved against --root', async () => {
  const root = join(fixtures, 'planted-site')
  const base = { root, fix: false, format: 'json', maxWarnings: undefined, quiet: false }
  let output = captureStdout()
  expect(await runLint({ ...base, paths: ['content/posts/no-such-post.md'] })).toBe(2)
  expect(output()).toBe('')
  vi.restoreAllMocks()
  // From another folder: "content/posts/…" names the file below --root.
  output = captureStdout()
  expect(await runLint({ ...base, paths: ['content/posts/cooking-in-winter-again.md'] })).toBe(0)
  expect(JSON.parse(output())).toMatchObject({ errorCount: 0, warningCount: 1 })
})

test('affiliate.enabled: false on a site with affiliate links is an error on each page that has them', async () => {
  const root = copyFixture('planted-site')
  const configPath = join(root, 'nichepress.config.json')
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>
  writeFileSync(configPath, JSON.stringify({ ...config, affiliate: { enabled: false } }))
  writeFileSync(join(root, 'content/posts/cloaked.md'), '---\ntitle: Cloaked links only\ndescription: A post whose only affiliate link is a cloaked one, long enough.\ndate: 2025-01-01\n---\n\nBuy it [here](../go/stove/) now, it is the best stove we tested this winter in the van.\n')
  const result = await lintSite({ root, preset: presetPath, now })
  const disabled = result.messages.filter((message) => message.ruleId === 'affiliate-disabled')
  expect(summary(disabled)).toEqual(['content/posts/best-camping-stoves.md affiliate-disabled 10:11', 'content/posts/cloaked.md affiliate-disabled 7:8'])
  expect(disabled.every((message) => message.fatal)).toBe(true)
})

test('affiliate-link-rel flags raw HTML links the build marks: networks, affiliate.hosts and the site\'s own /go/ links', async () => {
  const root = copyFixture('planted-site')
  const configPath = join(root, 'nichepress.config.json')
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>
  writeFileSync(configPath, JSON.stringify({ ...config, affiliate: { hosts: ['kocher-shop.example'], links: { stove: 'https://www.amazon.de/dp/B0C7K4VD2M?tag=planted-21' } } }))
  writeFileSync(
    join(root, 'content/posts/raw-links.md'),
    '---\ntitle: Raw HTML links in a post\ndescription: A post whose links are raw HTML anchors without rel, long enough for the rule.\ndate: 2025-01-01\n---\n\nAffiliate links are marked with a star. The best stove we tested this winter in the van is the Duo.\n\n<p><a href="/go/stove/">Duo</a>, <a href="https://partner.kocher-shop.example/duo">shop</a>, <a href="https://www.amazon.de/dp/B0C7K4VD2M?tag=planted-21">Amazon</a> and <a href="https://osm.org/go/0EEQjE--">map</a></p>\n',
  )
  const result = await lintSite({ root, preset: presetPath, now })
  const findings = result.messages.filter((message) => message.file === 'content/posts/raw-links.md' && message.ruleId === 'affiliate-link-rel')
  expect(findings.map((message) => message.reason)).toEqual([
    'This affiliate link (the cloaked link /go/stove/) has no rel="sponsored".',
    'This affiliate link (partner.kocher-shop.example is listed in affiliate.hosts) has no rel="sponsored".',
    'This Amazon Associates (PartnerNet) link has no rel="sponsored".',
  ])
})

test('a /go/ link to a page of the site (a CMS\'s own /go/ section) is the build\'s warning, reported by lint', async () => {
  const root = copyFixture('planted-site')
  const configPath = join(root, 'nichepress.config.json')
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>
  writeFileSync(configPath, JSON.stringify({ ...config, permalinks: { pages: '/:path/' } }))
  mkdirSync(join(root, 'content/pages/go'), { recursive: true })
  writeFileSync(join(root, 'content/pages/go/tutorial.md'), '---\ntitle: A Go tutorial page\ndescription: A page of the site that lives below /go/, as an imported Go section has it.\n---\n\nThe tutorial.\n')
  writeFileSync(join(root, 'content/posts/learn-go.md'), '---\ntitle: Learning Go in the van\ndescription: A post that links the site\'s own tutorial page below /go/, long enough.\ndate: 2025-01-01\n---\n\nRead the [tutorial](/go/tutorial/) first, then cook something warm on the stove we tested this winter.\n')
  const result = await lintSite({ root, preset: presetPath, now })
  expect(summary(result.messages.filter((message) => message.ruleId === 'affiliate-go-link-page'))).toEqual(['content/posts/learn-go.md affiliate-go-link-page 7:10'])
})

test('position "template" with a layout that has no disclosure slot fails on every page with affiliate links', async () => {
  const root = copyFixture('planted-site')
  const configPath = join(root, 'nichepress.config.json')
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>
  writeFileSync(join(root, 'content/posts/template-post.md'), '---\ntitle: A post with a disclosed link\ndescription: A post with one Amazon link whose disclosure the layout prints, long enough.\ndate: 2025-01-01\n---\n\nOur pick: [the Duo at Amazon](https://www.amazon.de/dp/B0C7K4VD2M?tag=planted-21), the best stove we tested this winter.\n')
  const disclosureFindings = async () => summary((await lintSite({ root, preset: presetPath, now })).messages.filter((message) => message.ruleId === 'affiliate-disclosure'))
  writeFileSync(configPath, JSON.stringify({ ...config, affiliate: { position: 'template' } }))
  // The default theme prints {{{disclosure}}}: only the planted `affiliate: false` post fails.
  expect(await disclosureFindings()).toEqual(['content/posts/best-camping-stoves.md affiliate-disclosure 10:11'])
  // A copy of it without the slot: the new post fails too.
  const theme = join(root, 'mytheme')
  cpSync(join(repoRoot, 'templates/default'), theme, { recursive: true })
  const layout = join(theme, 'layouts/post.hbs')
  writeFileSync(layout, readFileSync(layout, 'utf8').replace(/\{\{\{disclosure\}\}\}/g, ''))
  writeFileSync(configPath, JSON.stringify({ ...config, affiliate: { position: 'template' }, themeDir: 'mytheme' }))
  expect(await disclosureFindings()).toEqual(['content/posts/best-camping-stoves.md affiliate-disclosure 10:11', 'content/posts/template-post.md affiliate-disclosure 7:11'])
})

// YouTube's own "Share → Embed" snippet, and letsencrypt.org's youtube-nocookie embed inside a styled <div> (as imported from its Hugo site).
const youtubeSnippet = '<iframe width="560" height="315" src="https://www.youtube.com/embed/gNJUpzNNWMw?si=Qx2v1u4TzW0" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>'
const nocookieEmbed = '<div style="text-align: center;"><iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/gNJUpzNNWMw?rel=0" style="border: none;" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe></div>'

test('consent.enabled: false with an embed that needs consent is an error at the embed; with consent on it is none', async () => {
  const root = copyFixture('planted-site')
  const configPath = join(root, 'nichepress.config.json')
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>
  writeFileSync(join(root, 'content/posts/video.md'), `---\ntitle: A talk on ACME in Apache httpd\ndescription: A post with the recording of a talk, embedded as YouTube gives it to you.\ndate: 2025-01-01\n---\n\nThe recording:\n\n${youtubeSnippet}\n\nAnd the same talk again:\n\n${nocookieEmbed}\n`)
  const findings = async () => (await lintSite({ root, preset: presetPath, now })).messages.filter((message) => message.ruleId === 'consent-disabled')
  expect(await findings()).toEqual([])
  writeFileSync(configPath, JSON.stringify({ ...config, consent: { enabled: false } }))
  const disabled = await findings()
  expect(summary(disabled)).toEqual(['content/posts/video.md consent-disabled 9:1', 'content/posts/video.md consent-disabled 13:34'])
  expect(disabled.every((message) => message.fatal)).toBe(true)
  expect(disabled[1]?.reason).toBe('<iframe> of YouTube (www.youtube-nocookie.com) needs consent, but `consent.enabled` is false: nothing blocks it, so it would load before the visitor agrees.')
})

// A 5,333-page site takes 30–50 s to lint (ruby-lang.org imported): the CLI draws these events as a
// progress bar on a terminal (packages/cli/src/lib/progress.ts).
test('progress: the build\'s phases, then each source file checked, the last step included', async () => {
  const events: Array<{ phase: string; done: number; total: number }> = []
  const result = await lintSite({ root: join(fixtures, 'planted-site'), preset: presetPath, now, onProgress: (event) => void events.push(event) })
  expect(result.messages.length).toBeGreaterThan(0)
  const checks = events.filter((event) => event.phase === 'check')
  const total = checks[0]!.total
  expect(total).toBeGreaterThan(1)
  expect(checks.map((event) => event.done)).toEqual([...Array(total + 1).keys()])
  // The build's own phases (load, render: fewer when its cache has the pages) come first.
  expect(events.findLastIndex((event) => event.phase !== 'check')).toBeLessThan(events.findIndex((event) => event.phase === 'check'))
})

// A plain <img>, a stylesheet and a form to unknown hosts: the build refuses them
// (consent-unknown-third-party, decided on the rendered page); lint used to look only at scripts,
// iframes and pixel-sized images and passed the post. Now lint reports exactly the build's hosts.
test('lint reports every unknown third party the build refuses, at the same places', async () => {
  const root = mkdtempSync(join(tmpdir(), 'np-lint-unknown-'))
  temporary.push(root)
  mkdirSync(join(root, 'content/posts'), { recursive: true })
  writeFileSync(join(root, 'nichepress.config.json'), JSON.stringify({ title: 'Unknown hosts', url: 'https://unknown.example', language: 'en', legal: { enabled: false } }))
  const body = [
    'A photo from a host nobody declared:',
    '',
    '<img src="https://photos.unknown-cdn.example/stove.jpg" alt="A stove" width="600" height="400">',
    '',
    '<link rel="stylesheet" href="https://styles.unknown-cdn.example/widget.css">',
    '',
    '<form action="https://forms.unknown-crm.example/submit" method="post"><button>Send</button></form>',
  ].join('\n')
  writeFileSync(join(root, 'content/posts/hosts.md'), `---\ntitle: Unknown hosts in a post\ndate: 2025-01-01\n---\n\n${body}\n`)
  const { generateSite } = await import('@nichepress/core')
  const built = await generateSite({ root, preset: presetPath, keepGoing: true, cache: false })
  const refused = built.messages.filter((message) => message.ruleId === 'consent-unknown-third-party' && message.fatal).map((message) => `${String(message.file)} ${String(message.line)}:${String(message.column)}`)
  expect(refused.length).toBeGreaterThanOrEqual(3)
  const result = await lintSite({ root, preset: presetPath, now })
  const reported = result.messages.filter((message) => message.ruleId === 'unknown-third-party').map((message) => `${String(message.file)} ${String(message.line)}:${String(message.column)}`)
  expect(reported.sort()).toEqual(refused.sort())
})
