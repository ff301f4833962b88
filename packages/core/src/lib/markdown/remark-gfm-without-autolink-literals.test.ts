import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, test } from 'vitest'
import { cannotContainAutolinkLiterals, remarkGfmWithoutAutolinkLiterals } from './remark-gfm-without-autolink-literals.js'

const full = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true })
const lean = unified().use(remarkParse).use(remarkGfmWithoutAutolinkLiterals).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true })

const starterPosts = join(import.meta.dirname, '../../../../../starters/nischenblog/content/posts')

const samples: string[] = [
  '| a | b |\n| - | - |\n| ~~x~~ | [link](https://example.com/a_b) |\n\n- [ ] task\n- [x] done\n\nText[^1].\n\n[^1]: Note.',
  'Visit [the shop](https://www.amazon.de/dp/B0ABCDEFGH?tag=x-21) or ![img](/a.png).',
  'Plain text with a colon: and a dot. and (parentheses).',
  ...readdirSync(starterPosts).map((name) => readFileSync(join(starterPosts, name), 'utf8')),
]

describe('cannotContainAutolinkLiterals', () => {
  test.each([
    'see www.example.com today',
    'mail hallo@example.com',
    'go to https://example.com now',
    'escaped \\[x](https://example.com/a)',
    'stray foo](https://example.com/x)',
    'nested [a [b] c](https://example.com/x)',
    '[ref]: https://example.com/x',
    '<a href="https://example.com">raw</a>',
  ])('is false when a literal may occur: %j', (markdown) => {
    expect(cannotContainAutolinkLiterals(markdown)).toBe(false)
  })

  test('is true for link destinations only', () => {
    expect(cannotContainAutolinkLiterals(samples[1] as string)).toBe(true)
  })
})

test('where it says so, the lean pipeline gives byte-identical HTML', () => {
  let compared = 0
  for (const markdown of samples) {
    if (!cannotContainAutolinkLiterals(markdown)) continue
    expect(String(lean.processSync(markdown))).toBe(String(full.processSync(markdown)))
    compared++
  }
  expect(compared).toBeGreaterThanOrEqual(3)
})

test('on text with literals, the full pipeline links them and the lean one would not', () => {
  const markdown = 'see www.example.com'
  expect(String(full.processSync(markdown))).toContain('<a href="http://www.example.com">')
  expect(String(lean.processSync(markdown))).not.toContain('<a')
})

test('on the generated niche corpus, lean and full pipelines agree byte for byte', async () => {
  const { execFileSync } = await import('node:child_process')
  const { mkdtempSync, rmSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const dir = mkdtempSync(join(tmpdir(), 'np-corpus-'))
  try {
    const { sharedDir } = await import('../../../../../tests/helpers/shared.js')
    execFileSync(process.execPath, [join(sharedDir, 'bench/gen-corpus.mjs'), '--out', dir, '--n', '60'], { stdio: 'ignore' })
    let compared = 0
    for (const name of readdirSync(dir)) {
      const markdown = readFileSync(join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')
      if (!cannotContainAutolinkLiterals(markdown)) continue
      expect(String(lean.processSync(markdown)), name).toBe(String(full.processSync(markdown)))
      compared++
    }
    expect(compared).toBeGreaterThan(50)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
