import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateSite } from '@nichepress/core'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'
import { makeSite, presetPath, removeSite, repoRoot } from '../helpers/site.js'

// ReDoS: every regular expression literal in core and seo (they read content, config and the
// environment) runs on 100 KB adversarial strings made of the characters it names, in the shapes
// that make backtracking engines quadratic (a long run, a run between other characters, two
// alternating characters). A linear one takes milliseconds; the eight found quadratic took 30-100 s
// (`/\/+$/`, `[ \t]+[^\r\n]*…`, `[\u0000-\u0020]+$` on a URL, `\[[^\]\n]*\]` on `[[[[`).

const size = 100_000
// Per input, replace (every match) and test together; generous for a loaded 2-core machine.
const boundMilliseconds = 1500

interface Literal {
  readonly place: string
  readonly source: string
  readonly flags: string
}

function regexLiterals(): Literal[] {
  const found: Literal[] = []
  for (const name of ['core', 'seo']) {
    const folder = join(repoRoot, 'packages', name, 'src')
    for (const entry of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
      if (!entry.endsWith('.ts') || entry.endsWith('.test.ts')) continue
      const path = join(folder, entry)
      const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
      const visit = (node: ts.Node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(file)
          const end = text.lastIndexOf('/')
          found.push({ place: `packages/${name}/src/${entry}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`, source: text.slice(1, end), flags: text.slice(end + 1) })
        }
        ts.forEachChild(node, visit)
      }
      visit(file)
    }
  }
  return found
}

function adversarialInputs(source: string): string[] {
  const characters = new Set([' ', '\t', '\n', 'a', '0', '-', '/', '[', '<', '.', '*', '"', 'x'])
  for (const character of source.replace(/\\[a-zA-Z]/g, '')) if (character.charCodeAt(0) < 128 && character.charCodeAt(0) >= 32) characters.add(character)
  const inputs: string[] = []
  for (const character of characters) {
    inputs.push(`${character.repeat(size)}\u0001`, `x${character.repeat(size)}x`)
    for (const other of [' ', 'a', '-']) if (other !== character) inputs.push(`${(character + other).repeat(size / 2)}\u0001`)
  }
  return inputs
}

const literals = regexLiterals()

describe('regular expressions of core and seo on 100 KB adversarial input', () => {
  test('the scan finds the literals (a broken scan would pass every regex)', () => {
    expect(literals.length).toBeGreaterThan(100)
    expect(literals.some((literal) => literal.place.startsWith('packages/seo/'))).toBe(true)
  })

  test.each(literals.map((literal) => [literal.place, literal] as const))('%s stays linear', (_place, literal) => {
    const global = new RegExp(literal.source, literal.flags.includes('g') ? literal.flags : `${literal.flags}g`)
    const once = new RegExp(literal.source, literal.flags.replace('g', ''))
    let slowest = { milliseconds: 0, input: '' }
    for (const input of adversarialInputs(literal.source)) {
      const start = performance.now()
      input.replace(global, '')
      once.test(input)
      const milliseconds = performance.now() - start
      if (milliseconds > slowest.milliseconds) slowest = { milliseconds, input: JSON.stringify(input.slice(0, 8)) }
      if (milliseconds > boundMilliseconds) break
    }
    expect(slowest.milliseconds, `/${literal.source}/${literal.flags} on ${slowest.input}…`).toBeLessThan(boundMilliseconds)
  }, 120_000)
})

// The same through a real build: a link whose address is 100 KB of spaces between two letters went
// through the URL scheme check's trailing-space regex and stopped the file at the 30 s render budget.
test('a post with a 100 KB address of spaces renders far below the render budget', async () => {
  const config = { title: 'T', url: 'https://t.example', language: 'de', legal: { enabled: false }, affiliate: { enabled: false }, lint: { audit: 'off' }, consent: { enabled: false }, limits: { maxRenderMs: 10_000 } }
  const root = makeSite({
    'nichepress.config.json': JSON.stringify(config),
    'content/posts/long.md': `---\ntitle: Long\ndate: 2026-03-12\n---\n\n<a href="x${' '.repeat(size)}x">Link</a>\n`,
  })
  try {
    const site = await generateSite({ root, preset: presetPath, keepGoing: true, cache: false })
    expect(site.messages.filter((message) => message.ruleId === 'content-budget').map(String)).toEqual([])
    expect(site.files.some((file) => file.path === 'long/index.html')).toBe(true)
  } finally {
    removeSite(root)
  }
}, 60_000)
