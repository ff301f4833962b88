// What a new user sees when something is wrong, through the real `nichepress` binary: a config
// syntax error with its position, a missing package named as such, a site folder without package.json,
// front matter texts that read as sentences, typo warnings, and no error cascades.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, symlinkSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { cliBin, makeSite, removeSite, repoRoot } from '../helpers/site.js'

const sites: string[] = []
afterEach(() => {
  for (const site of sites.splice(0)) removeSite(site)
})

function site(files: Record<string, string>, options: { installNichepress?: boolean } = {}): string {
  const root = makeSite(files)
  sites.push(root)
  if (options.installNichepress) {
    mkdirSync(join(root, 'node_modules'), { recursive: true })
    symlinkSync(join(repoRoot, 'packages/cli'), join(root, 'node_modules/nichepress'), 'dir')
  }
  return root
}

function build(root: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [cliBin, 'build', '--root', root, '--no-cache'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

const tsConfig = (body: string) => `import { defineConfig } from 'nichepress'\n\nexport default defineConfig({\n${body}\n})\n`
const plainConfig = `  title: 'Testblog',\n  url: 'https://test.example',\n  language: 'en',\n  legal: { enabled: false },\n  consent: { enabled: false },`
const post = (front: string, body = 'Some text.') => `---\n${front}\n---\n\n${body}\n`

test('a syntax error in a TypeScript config names its line and column', () => {
  // Line 5 lacks the comma after the url: the parser stops at `language` on line 6, column 3.
  const root = site({ 'nichepress.config.ts': tsConfig(`  title: 'Testblog',\n  url: 'https://test.example'\n  language: 'en',`), 'content/posts/a.md': post('title: A') }, { installNichepress: true })
  const { status, output } = build(root)
  expect(status).toBe(1)
  expect(output).toMatch(/\n\s+6:3\s+error\s+The config file could not be read: syntax error: Expected "}" but found "language"/)
  expect(output).not.toMatch(/\n\s+at /)
})

test('a syntax error in a JavaScript config names its line', () => {
  const root = site({ 'nichepress.config.mjs': `export default {\n  title: 'Testblog'\n  url: 'https://test.example',\n}\n`, 'content/posts/a.md': post('title: A') })
  const { status, output } = build(root)
  expect(status).toBe(1)
  expect(output).toMatch(/\n\s+3:\d+\s+error\s+The config file could not be read: syntax error:/)
})

test('a config whose package is not installed says so, not "fix the syntax error"', () => {
  const root = site({ 'nichepress.config.ts': tsConfig(plainConfig), 'package.json': '{"type":"module","dependencies":{"nichepress":"^0.1.0"}}', 'content/posts/a.md': post('title: A') })
  const { status, output } = build(root)
  expect(status).toBe(1)
  expect(output).toContain("Cannot find package 'nichepress' — run npm install")
  expect(output).toContain('Run `npm install` there')
  expect(output).not.toMatch(/syntax error/i)
})

test('a site folder without package.json builds with a TypeScript config', () => {
  const root = site({ 'nichepress.config.ts': tsConfig(plainConfig), 'content/posts/a.md': post('title: A\ndate: 2026-01-05') }, { installNichepress: true })
  expect(existsSync(join(root, 'package.json'))).toBe(false)
  const { status, output } = build(root)
  expect(output).not.toContain('Illegal constructor')
  expect(status).toBe(0)
  // The compiled config is removed again.
  expect(readdirSync(root).filter((name) => name.endsWith('.mjs'))).toEqual([])
})

test('an impossible date reads as a sentence and names the value; no "expected ?"', () => {
  const root = site({ 'nichepress.config.ts': tsConfig(plainConfig), 'content/posts/a.md': post('title: A\ndate: 2026-02-30') }, { installNichepress: true })
  const { status, output } = build(root)
  expect(status).toBe(1)
  expect(output).toContain('Front matter field `date` must be a date that exists in the calendar (got "2026-02-30").')
  expect(output).not.toContain('expected ?')
  expect(output).not.toContain('got ?')
})

// German authors write the day first: one message, naming the ISO spelling to write, not two (format and calendar).
test('a date written day first gets one message with the date to write', () => {
  const root = site({ 'nichepress.config.ts': tsConfig(plainConfig), 'content/posts/a.md': post('title: A\ndate: 31.12.2025'), 'content/posts/b.md': post('title: B\ndate: 03/04/2025') }, { installNichepress: true })
  const { status, output } = build(root)
  expect(status).toBe(1)
  expect(output).toContain('must be a date like 2026-03-12 or 2026-03-12T09:30:00+01:00 (year-month-day: write 2025-12-31) (got "31.12.2025").')
  // Slashes with both numbers up to 12 may be month first: no date is guessed.
  expect(output).toContain('(year-month-day: is it day or month first?) (got "03/04/2025").')
  expect(output).not.toContain('exists in the calendar')
})

test('a config value of the wrong form reads as a sentence', () => {
  const root = site({ 'nichepress.config.ts': tsConfig(`${plainConfig}\n  affiliate: { links: { 'Not A Slug': 'https://shop.example/' } },`), 'content/posts/a.md': post('title: A') }, { installNichepress: true })
  const { status, output } = build(root)
  expect(status).toBe(1)
  expect(output).toMatch(/Config option `affiliate\.links\.Not A Slug` must be |Config option `affiliate\.links\.Not A Slug` is /)
  expect(output).not.toContain('expected ?')
})

test('an unknown front matter key one typo from a known one is a warning with a suggestion', () => {
  const root = site({ 'nichepress.config.ts': tsConfig(plainConfig), 'content/posts/a.md': post('title: A\ndate: 2026-01-05\nauther: Kim\nheroColor: teal\nfqa: []') }, { installNichepress: true })
  const { status, output } = build(root)
  expect(status).toBe(0)
  expect(output).toMatch(/content\/posts\/a\.md\n\s+4:1\s+warning\s+Front matter key `auther` is not known; did you mean `author`\?\s+front-matter-unknown-key/)
  // A plugin's key counts as known: `fqa` is a typo of the seo plugin's `faq`.
  expect(output).toContain('did you mean `faq`?')
  // A key far from every known key may be the theme's own: no warning.
  expect(output).not.toContain('heroColor')
})

test('one broken post does not make every post that links to it fail with broken-internal-link', () => {
  const root = site(
    {
      'nichepress.config.ts': tsConfig(plainConfig),
      'content/posts/broken.md': post('title: Broken\ndate: 2026-02-30'),
      'content/posts/one.md': post('title: One\ndate: 2026-01-01', 'See [the broken one](./broken.md).'),
      'content/posts/two.md': post('title: Two\ndate: 2026-01-02', 'Also [here](./broken.md) and [nowhere](./missing.md).'),
    },
    { installNichepress: true },
  )
  const { status, output } = build(root)
  expect(status).toBe(1)
  expect(output).toContain('content/posts/broken.md')
  expect(output).not.toContain('content/posts/one.md')
  // A link to a file that does not exist at all is still an error.
  expect(output).toMatch(/content\/posts\/two\.md\n\s+6:\d+\s+error\s+The link to content\/posts\/missing\.md points to no page/)
  // One message line ends with the id (its docs URL, below it, names the id too).
  expect(output.match(/ broken-internal-link$/gm)).toHaveLength(1)
})

test('no diagnostic hint points at a repository path an npm user does not have', () => {
  const offenders: string[] = []
  for (const pkg of readdirSync(join(repoRoot, 'packages'))) {
    const src = join(repoRoot, 'packages', pkg, 'src')
    if (!existsSync(src)) continue
    for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8')
      for (const match of text.matchAll(/^\s*(?:hint|note|fix): .*$/gm)) {
        if (/(?<![\w/.])(?:docs|packages|templates|starters|tests)\/[\w-]/.test(match[0])) offenders.push(`${pkg}/${entry.name}: ${match[0].trim()}`)
      }
    }
  }
  expect(offenders).toEqual([])
})

test('run one folder above a site, a command says which folder to cd into', () => {
  const parent = site({ 'Mein Blög/nichepress.config.json': '{}', 'Mein Blög/content/posts/a.md': post('title: A'), 'notes/readme.txt': 'not a site' })
  const result = spawnSync(process.execPath, [cliBin, 'build'], { cwd: parent, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  expect(result.status).toBe(1)
  expect(result.stderr).toContain('config-not-found')
  expect(result.stderr).toContain(process.platform === 'win32' ? 'A site is in the folder below: cd "Mein Blög", then run the command again.' : "A site is in the folder below: cd 'Mein Blög', then run the command again.")
})

test('without a site below, config-not-found says nothing more', () => {
  const parent = site({ 'notes/readme.txt': 'not a site' })
  const result = spawnSync(process.execPath, [cliBin, 'build'], { cwd: parent, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  expect(result.stderr).toContain('config-not-found')
  expect(result.stderr).not.toContain('folder below')
})
