import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { buildSite, generateSite, isNichepressError } from '@nichepress/core'
import { importHugo, importJekyll } from '../../packages/import/src/index.js'
import { afterEach, describe, expect, test } from 'vitest'
import { cliBin, coreConfig, makeSite, readTree, removeSite } from '../helpers/site.js'

// Issue #16: front matter is data. Nothing in a content file reaches an evaluator.

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) removeSite(root)
})

// The CLI's preset turns on every plugin; the legal and consent ones need their own config.
const cliConfig = JSON.stringify({ title: 'T', url: 'https://t.example', language: 'de', legal: { enabled: false }, consent: { enabled: false }, affiliate: { enabled: false } })

function site(files: Record<string, string>): string {
  const root = makeSite({ 'nichepress.config.json': coreConfig(), 'content/posts/ok.md': '---\ntitle: OK\ndate: 2026-03-12\n---\n\nFine.\n', ...files })
  roots.push(root)
  return root
}

// Each payload would create `pwned` in the site folder if anything evaluated it.
function payloads(root: string): Record<string, string> {
  const marker = JSON.stringify(join(root, 'pwned'))
  const code = `require('fs').writeFileSync(${marker}, 'x')`
  return {
    'content/posts/js.md': `---js\n{ title: (${code}, 'JS') }\n---\n\nBody\n`,
    'content/posts/javascript.md': `---javascript\n{ title: (${code}, 'JS') }\n---\n\nBody\n`,
    'content/posts/coffee.md': `---coffee\ntitle: 'Coffee'\n---\n\nBody\n`,
    'content/posts/spaced.md': `--- js \n({ title: (${code}, 'JS') })\n---\n\nBody\n`,
    'content/posts/json.md': `---json\n{ "title": "JSON" }\n---\n\nBody\n`,
    'content/posts/yaml-function.md': `---\ntitle: Tag\nrun: !!js/function >\n  function () { ${code} }\n---\n\nBody\n`,
    'content/posts/yaml-regexp.md': `---\ntitle: Tag\nre: !!js/regexp /a/g\n---\n\nBody\n`,
    'content/posts/yaml-python.md': `---\ntitle: Tag\nobj: !!python/object:os.system [ls]\n---\n\nBody\n`,
    'content/posts/yaml-custom.md': `---\ntitle: !custom Tag\n---\n\nBody\n`,
    'content/posts/yaml-binary.md': `---\ntitle: Tag\nblob: !!binary aGVsbG8=\n---\n\nBody\n`,
    'content/posts/yaml-collection-key.md': `---\ntitle: Key\n? [a, b]\n: c\n---\n\nBody\n`,
  }
}

const expected: Record<string, { id: string; line: number }> = {
  'content/posts/js.md': { id: 'front-matter-engine', line: 1 },
  'content/posts/javascript.md': { id: 'front-matter-engine', line: 1 },
  'content/posts/coffee.md': { id: 'front-matter-engine', line: 1 },
  'content/posts/spaced.md': { id: 'front-matter-engine', line: 1 },
  'content/posts/json.md': { id: 'front-matter-engine', line: 1 },
  'content/posts/yaml-function.md': { id: 'front-matter-tag', line: 3 },
  'content/posts/yaml-regexp.md': { id: 'front-matter-tag', line: 3 },
  'content/posts/yaml-python.md': { id: 'front-matter-tag', line: 3 },
  'content/posts/yaml-custom.md': { id: 'front-matter-tag', line: 2 },
  'content/posts/yaml-binary.md': { id: 'front-matter-tag', line: 3 },
  'content/posts/yaml-collection-key.md': { id: 'front-matter-syntax', line: 3 },
}

describe('front matter engines and YAML tags are refused, never evaluated', () => {
  test('build: each file is an error at its line with the fix, and nothing ran', async () => {
    const root = site({})
    mkdirSync(join(root, 'content/posts'), { recursive: true })
    for (const [path, text] of Object.entries(payloads(root))) writeFileSync(join(root, path), text)
    const error = await buildSite({ root }).then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(isNichepressError(error)).toBe(true)
    const messages = isNichepressError(error) ? error.messages : []
    for (const [file, { id, line }] of Object.entries(expected)) {
      const message = messages.find((candidate) => candidate.file === file)
      expect(message?.ruleId, file).toBe(id)
      expect(message?.line, file).toBe(line)
      if (id === 'front-matter-engine') expect(message?.note, file).toMatch(/Use YAML front matter/)
    }
    expect(existsSync(join(root, 'pwned'))).toBe(false)
    expect(existsSync(join(root, 'public'))).toBe(false)
  })

  test('lint, links and build on the command line report it with file:line and exit 1, not 2', () => {
    const root = site({})
    const payload = payloads(root)
    const root2 = site({ 'nichepress.config.json': cliConfig, 'content/posts/js.md': payload['content/posts/js.md'] as string, 'content/posts/yaml-function.md': payload['content/posts/yaml-function.md'] as string })
    for (const command of ['build', 'lint', 'links']) {
      const run = spawnSync(process.execPath, [cliBin, command, '--root', root2], { encoding: 'utf8', timeout: 60_000 })
      // CI=true turns the reporter's colours on; read the text as a person sees it.
      const output = stripVTControlCharacters(run.stdout + run.stderr)
      expect(run.status, `${command}: ${output}`).toBe(1)
      expect(output, command).toMatch(/content\/posts\/js\.md(:|\s+)1:4\b/)
      expect(output, command).toMatch(/front-matter-engine/)
      expect(output, command).toMatch(/content\/posts\/yaml-function\.md(:|\s+)3:\d+/)
      expect(output, command).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/)
    }
    expect(existsSync(join(root2, 'pwned'))).toBe(false)
  })

  test('dev (generateSite in dev mode) refuses it too', async () => {
    const root = site({})
    writeFileSync(join(root, 'content/posts/js.md'), payloads(root)['content/posts/js.md'] as string)
    const error = await generateSite({ root, mode: 'dev' }).catch((caught: unknown) => caught)
    expect(isNichepressError(error) && error.messages.some((message) => message.ruleId === 'front-matter-engine' && message.line === 1)).toBe(true)
    expect(existsSync(join(root, 'pwned'))).toBe(false)
  })

  test('import skips an engine front matter with its line and never runs it', () => {
    const source = makeSite({})
    roots.push(source)
    const marker = JSON.stringify(join(source, 'pwned'))
    mkdirSync(join(source, 'content/posts'), { recursive: true })
    writeFileSync(join(source, 'hugo.toml'), 'baseURL = "https://old.example/"\ntitle = "Alt"\n')
    writeFileSync(join(source, 'content/posts/evil.md'), `---js\n{ title: (require('fs').writeFileSync(${marker}, 'x'), 'Evil') }\n---\n\nBody\n`)
    writeFileSync(join(source, 'content/posts/good.md'), '---\ntitle: Good\ndate: 2024-01-02\n---\n\nBody\n')
    const result = importHugo(source)
    const skipped = result.report.items.find((item) => item.file.endsWith('evil.md'))
    expect(skipped?.ruleId).toBe('import-entry-skipped')
    expect(skipped?.line).toBe(1)
    expect(skipped?.message).toMatch(/Use YAML front matter/)
    expect(existsSync(join(source, 'pwned'))).toBe(false)
  })
})

describe('the importer\'s lenient YAML fallback runs no code either', () => {
  test('Jekyll front matter that only js-yaml reads may not carry a JavaScript tag: skipped with its line, nothing ran', () => {
    const source = makeSite({})
    roots.push(source)
    const marker = join(source, 'pwned')
    mkdirSync(join(source, '_posts'), { recursive: true })
    writeFileSync(join(source, '_config.yml'), 'url: https://old.example\ntitle: Alt\n')
    // The unindented continuation makes the `yaml` library refuse it, so the fallback reads it.
    const lenient = 'title: "Ein Titel\nder weitergeht"\n'
    writeFileSync(join(source, '_posts/2024-01-02-evil.md'), `---\n${lenient}run: !!js/function "function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }"\n---\n\nBody\n`)
    writeFileSync(join(source, '_posts/2024-01-03-fine.md'), `---\n${lenient}---\n\nBody\n`)
    const result = importJekyll(source)
    const skipped = result.report.items.find((item) => item.file.endsWith('evil.md'))
    expect(skipped?.ruleId, JSON.stringify(result.report.items)).toBe('import-entry-skipped')
    expect(skipped?.line).toBeGreaterThan(0)
    // The fallback itself works: the lenient title of the other post is read.
    expect(result.report.items.some((item) => item.file.endsWith('fine.md') && item.ruleId === 'import-entry-skipped')).toBe(false)
    expect(existsSync(marker)).toBe(false)
  })
})

describe('line endings and times', () => {
  test('a CRLF file builds exactly as its LF twin', async () => {
    const text = '---\ntitle: "Zeilen"\ndate: 2026-03-12\ntags: [A, B]\n---\n\n# Kopf\n\nAbsatz mit  \nUmbruch.\n\n<div>\nroh\n</div>\n\n```\ncode\n```\n'
    const lf = site({ 'content/posts/zeilen.md': text })
    const crlf = site({ 'content/posts/zeilen.md': text.replace(/\n/g, '\r\n') })
    await buildSite({ root: lf, cache: false })
    await buildSite({ root: crlf, cache: false })
    const a = readTree(join(lf, 'public'))
    const b = readTree(join(crlf, 'public'))
    expect([...b.keys()]).toEqual([...a.keys()])
    for (const [path, bytes] of a) expect(b.get(path)?.toString('utf8'), path).toBe(bytes.toString('utf8'))
    expect(readFileSync(join(crlf, 'public/zeilen/index.html'), 'utf8')).not.toContain('\r')
  })

  test('impossible times are errors like impossible dates', async () => {
    const root = site({
      'content/posts/hour.md': '---\ntitle: Hour\ndate: 2026-03-12T25:00:00\n---\n\nx\n',
      'content/posts/minute.md': '---\ntitle: Minute\n\nupdated: 2026-03-12T10:61:00+01:00\n---\n\nx\n',
      'content/posts/zone.md': '---\ntitle: Zone\ndate: 2026-03-12T10:00:00+25:00\n---\n\nx\n',
      'content/posts/fine.md': '---\ntitle: Fine\ndate: 2026-03-12T23:59:59+14:00\n---\n\nx\n',
    })
    const error = await generateSite({ root }).catch((caught: unknown) => caught)
    const messages = isNichepressError(error) ? error.messages : []
    expect(messages.map((message) => `${message.file}:${message.line}:${message.ruleId}`).sort()).toEqual([
      'content/posts/hour.md:3:front-matter-invalid',
      'content/posts/minute.md:4:front-matter-invalid',
      'content/posts/zone.md:3:front-matter-invalid',
    ])
  })
})

test('the theme compiles templates only from the theme, never from content', async () => {
  const root = site({ 'content/posts/hbs.md': '---\ntitle: "{{#each this}}{{this}}{{/each}}"\n---\n\n{{config.title}} {{> base}} {{lookup this "constructor"}}\n' })
  await buildSite({ root })
  const html = readFileSync(join(root, 'public/hbs/index.html'), 'utf8')
  expect(html).toContain('{{config.title}} {{> base}} {{lookup this "constructor"}}')
  expect(html).toContain('{{#each this}}{{this}}{{/each}}')
})
