// Which Markdown parser a build uses, and that the fallback (remark-parse + remark-gfm) is a real,
// tested path: forced by the environment, chosen for plugins that extend the syntax, chosen when
// satteri cannot load, and reported by `nichepress build --json`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chooseMarkdownParser, createMarkdownRenderer, parseMarkdown } from '@nichepress/core'
import type { Processor } from 'unified'
import { afterAll, describe, expect, test } from 'vitest'
import { writeBenchSite } from '../../bench/site.mjs'
import { cliBin, readTree } from '../../helpers/site.js'

/** A remark plugin that extends the parser: a micromark extension turning indented code off (as MDX does). */
function remarkNoIndentedCode(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[] }
  ;(data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } })
}

const input = (body: string) => ({ relativePath: 'post.md', body, bodyLine: 1, frontMatter: { title: 'T' } as never, url: '/post/', lang: 'de' as const })

describe('choosing the parser', () => {
  test('satteri by default', () => {
    expect(chooseMarkdownParser([], { requested: undefined })).toEqual({ name: 'satteri', reason: 'default' })
  })

  test('remark-parse when a plugin extends the syntax, and the extension takes effect', () => {
    const choice = chooseMarkdownParser([remarkNoIndentedCode], { requested: undefined })
    expect(choice.name).toBe('remark')
    expect(choice.reason).toMatch(/micromark extension/)
    const render = createMarkdownRenderer({ remarkPlugins: [remarkNoIndentedCode], rehypePlugins: [] })
    expect(render.parser).toEqual(choice)
    expect(render(input('Absatz\n\n    kein Code')).html).toBe('<p>Absatz</p>\n<p>kein Code</p>')
    // Without the plugin the same text is indented code, on either parser.
    expect(createMarkdownRenderer({ remarkPlugins: [], rehypePlugins: [] })(input('Absatz\n\n    Code')).html).toBe('<p>Absatz</p>\n<pre><code>Code\n</code></pre>')
  })

  test('remark-parse when satteri cannot load on this platform, with the reason', () => {
    const choice = chooseMarkdownParser([], { satteri: new Error('Cannot find native binding\nmore lines'), requested: undefined })
    expect(choice).toEqual({ name: 'remark', reason: `satteri could not load on ${process.platform}-${process.arch}: Cannot find native binding` })
    const render = createMarkdownRenderer({ remarkPlugins: [], rehypePlugins: [] }, { parser: choice })
    expect(render(input('## Titel\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nSiehe www.example.de.')).html).toContain('<a href="http://www.example.de">www.example.de</a>.')
  })

  test('NICHEPRESS_MARKDOWN_PARSER forces a parser; an unknown value is an error that says what to use', () => {
    expect(chooseMarkdownParser([], { requested: 'remark' })).toEqual({ name: 'remark', reason: 'NICHEPRESS_MARKDOWN_PARSER=remark' })
    expect(chooseMarkdownParser([], { requested: 'satteri' })).toEqual({ name: 'satteri', reason: 'NICHEPRESS_MARKDOWN_PARSER=satteri' })
    expect(() => chooseMarkdownParser([], { requested: 'cmark' })).toThrow(/NICHEPRESS_MARKDOWN_PARSER=cmark .*"satteri" or "remark"/)
  })

  test('parseMarkdown (used by lint and links) parses with either parser', () => {
    const markdown = '# Titel\n\nText mit https://example.com und ~~alt~~.\n'
    expect(parseMarkdown(markdown, { name: 'satteri', reason: '' }).children.map((node) => node.type)).toEqual(['heading', 'paragraph'])
    expect(parseMarkdown(markdown, { name: 'remark', reason: '' }).children.map((node) => node.type)).toEqual(['heading', 'paragraph'])
  })
})

describe('a whole build on either parser', () => {
  const root = mkdtempSync(join(tmpdir(), 'np-parser-build-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  test('the bench site builds byte-identically with satteri and with the forced fallback, and --json names the parser', () => {
    writeBenchSite(25, join(root, 'site'), join(root, 'corpus'))
    const build = (out: string, env: Record<string, string>) =>
      JSON.parse(execFileSync(process.execPath, [cliBin, 'build', '--root', join(root, 'site'), '--out', join(root, out), '--json', '--no-cache'], { encoding: 'utf8', env: { ...process.env, ...env } })) as { markdownParser: unknown; pages: number }
    const fast = build('fast', { NICHEPRESS_MARKDOWN_PARSER: '' })
    const fallback = build('fallback', { NICHEPRESS_MARKDOWN_PARSER: 'remark' })
    expect(fast.markdownParser).toEqual({ name: 'satteri', reason: 'default' })
    expect(fallback.markdownParser).toEqual({ name: 'remark', reason: 'NICHEPRESS_MARKDOWN_PARSER=remark' })
    expect(fast.pages).toBeGreaterThan(25)
    const left = readTree(join(root, 'fast'))
    const right = readTree(join(root, 'fallback'))
    expect([...left.keys()]).toEqual([...right.keys()])
    const different = [...left].filter(([path, bytes]) => !bytes.equals(right.get(path)!)).map(([path]) => path)
    expect(different).toEqual([])
  })
})
