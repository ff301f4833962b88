import { generateSite, isNichepressError } from '@nichepress/core'
import { afterEach, expect, test } from 'vitest'
import { coreConfig, makeSite, removeSite } from '../helpers/site.js'

// Issue #16: pathological input that parsers take super-linear time on stops that one file with a
// `content-budget` diagnostic at its line; it never holds the build. The bound is the test timeout.

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) removeSite(root)
})

const head = '---\ntitle: Patho\ndate: 2026-03-12\n---\n\n'
const size = 200_000

const cases: Array<[string, string, string]> = [
  ['thousands of setext underlines', `${head}a\n${'=\n'.repeat(size / 2)}`, 'underline'],
  ['thousands of empty list items', `${head}${'-\n'.repeat(size / 2)}`, 'underline'],
  ['deeply nested lists', head + Array.from({ length: 400 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n'), 'nesting'],
  ['deeply nested quotes', `${head}${'>'.repeat(size)} x`, 'nesting'],
  ['a strikethrough storm', `${head}${'~~a'.repeat(size / 3)}`, 'inline delimiters'],
  ['an emphasis storm', `${head}${'*a'.repeat(size / 2)}`, 'inline delimiters'],
  ['a bracket storm', `${head}${'['.repeat(size)}`, 'inline delimiters'],
  ['a table with thousands of columns', `${head}${'|a'.repeat(5000)}\n${'|-'.repeat(5000)}\n`, 'inline delimiters'],
  ['60,000 front matter keys', `---\ntitle: Keys\n${Array.from({ length: 60_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n---\n\nx\n`, 'front matter size'],
  ['3,000 tags', `---\ntitle: Tags\ntags: [${Array.from({ length: 3000 }, (_, i) => `t${i}`).join(', ')}]\n---\n\nx\n`, 'tags per page'],
  ['a 3 MB file', `${head}${'Wort '.repeat(600_000)}`, 'file size'],
]

test.each(cases)('%s: stops that file with content-budget at a line; the rest builds', async (_name, text, what) => {
  const root = makeSite({ 'nichepress.config.json': coreConfig(), 'content/posts/patho.md': text, 'content/posts/fine.md': `${head}Fine.\n` })
  roots.push(root)
  const error = await generateSite({ root, cache: false }).catch((caught: unknown) => caught)
  expect(isNichepressError(error), String(error)).toBe(true)
  const messages = isNichepressError(error) ? error.messages : []
  expect(messages.map((message) => `${message.file}:${message.ruleId}`)).toEqual(['content/posts/patho.md:content-budget'])
  expect(messages[0]?.reason).toContain(what)
  expect(messages[0]?.line).toBeGreaterThan(0)
}, 30_000)

test('the budget is configurable: a raised limit lets a big-but-sane file through', async () => {
  const text = `${head}${'Wort '.repeat(300_000)}`
  const root = makeSite({ 'nichepress.config.json': coreConfig({ limits: { maxFileBytes: 4_000_000 } }), 'content/posts/big.md': text })
  roots.push(root)
  const generated = await generateSite({ root, cache: false })
  expect(generated.files.some((file) => file.path === 'big/index.html')).toBe(true)
}, 60_000)

test('plain posts with ordinary Markdown stay far below every limit', async () => {
  const body = ['# Titel', '', 'Absatz mit **fett**, _kursiv_, ~~durch~~ und [Link](/x/).', '', '- a', '  - b', '    - c', '', '> Zitat', '>> tiefer', '', '| a | b |', '| - | - |', '| 1 | 2 |', '', '---', '', 'Ende'].join('\n')
  const root = makeSite({ 'nichepress.config.json': coreConfig(), 'content/posts/normal.md': `${head}${body.repeat(1).replace('[Link](/x/)', 'Link')}\n` })
  roots.push(root)
  await expect(generateSite({ root, cache: false })).resolves.toBeDefined()
})
