import { describe, expect, test } from 'vitest'
import { frontMatterSchema } from '../content/front-matter-schema.js'
import { createMarkdownRenderer, type RenderInput } from './markdown-renderer.js'
import { TimeLimitExceeded, withTimeLimit } from './time-limit.js'

function input(body: string): RenderInput {
  return { relativePath: 'content/posts/a.md', body, bodyLine: 1, frontMatter: frontMatterSchema.parse({ title: 'T' }), url: '/a/', lang: 'de' }
}

describe('withTimeLimit', () => {
  test('stops a call that never ends, makes the function afresh, and keeps working', () => {
    let made = 0
    const limited = withTimeLimit(() => {
      made++
      return (forever: boolean) => {
        if (!forever) return 'done'
        for (;;) {
          // spins until the watchdog stops it
        }
      }
      // A second of wall-clock time: enough that the trivial call below is never stopped on a loaded
      // machine (the budget is wall-clock time, so a descheduled process uses it up too).
    }, 1000)
    expect(made).toBe(1)
    expect(() => limited(true)).toThrow(TimeLimitExceeded)
    expect(made).toBe(2)
    expect(limited(false)).toBe('done')
  })

  test('stops a regular expression that backtracks for ever', () => {
    const limited = withTimeLimit(() => (text: string) => /^(a+)+$/.test(text), 50)
    expect(() => limited(`${'a'.repeat(60)}!`)).toThrow(/stopped after 50 ms/)
  })

  test('passes results and errors of the function through unchanged', () => {
    const limited = withTimeLimit(() => (value: number) => {
      if (value < 0) throw new RangeError('negative')
      return { twice: value * 2 }
    }, 1000)
    expect(limited(21)).toEqual({ twice: 42 })
    expect(() => limited(-1)).toThrow(RangeError)
  })

  test('renders Markdown exactly as the unlimited renderer does', () => {
    const plain = createMarkdownRenderer({ remarkPlugins: [], rehypePlugins: [] })
    const limited = withTimeLimit(() => createMarkdownRenderer({ remarkPlugins: [], rehypePlugins: [] }), 10_000)
    const body = '# Titel\n\nText mit [Link](/x/) und *Betonung*.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n'
    expect(limited(input(body))).toEqual(plain(input(body)))
  })

  test('stops a real pathological document long before it would finish', () => {
    // 5,000 setext headings (20 KB): remark-parse (the parser sites with syntax plugins get) takes
    // seconds on it, super-linearly (about 0.7 s for 4 KB, 1.5 s for 8 KB on an idle machine).
    const body = 'a\n=\n'.repeat(5000)
    const limited = withTimeLimit(() => createMarkdownRenderer({ remarkPlugins: [], rehypePlugins: [] }, { parser: { name: 'remark', reason: 'test' } }), 20)
    expect(() => limited(input(body))).toThrow(TimeLimitExceeded)
  })
})
