import { readFile } from 'node:fs/promises'
import { expect, test } from 'vitest'
import { loadFixturePages } from '../../test/load-fixture.js'
import { applySuggestions, diffLines, relativeHref } from './apply-suggestions.js'
import { createLinkIndex } from './link-index.js'
import { documentsFromPages } from './site-documents.js'

const root = new URL('../../test/fixtures/en-site/', import.meta.url).pathname
const file = 'content/posts/morning-routine.md'

async function suggestions() {
  return createLinkIndex(documentsFromPages(await loadFixturePages(root))).suggest(file)
}

/** Removes every link `[text](href)` that `applied` added, to compare with the original. */
function unapply(text: string, hrefs: readonly string[]): string {
  let result = text
  for (const href of hrefs) result = result.replace(new RegExp(`\\[([^\\]]*)\\]\\(${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`), '$1')
  return result
}

test('applies only exact, unambiguous matches and changes nothing else', async () => {
  const before = await readFile(`${root}${file}`, 'utf8')
  const result = applySuggestions(before, file, await suggestions())
  expect(result.applied.map((suggestion) => suggestion.anchor)).toEqual(['descale an espresso machine'])
  expect(result.skipped.map(({ suggestion, reason }) => [suggestion.anchor, reason])).toEqual([['gooseneck kettles', 'not-exact']])
  expect(result.text).toContain('I [descale an espresso machine](./descale-espresso-machine.md) at the office')
  expect(unapply(result.text, ['./descale-espresso-machine.md'])).toBe(before)
  expect(diffLines(file, before, result.text)).toBe(
    [`--- ${file}`, `+++ ${file}`, '@@ -15 +15 @@', `-${before.split('\n')[14]}`, `+${result.text.split('\n')[14]}`, ''].join('\n'),
  )
})

test('keeps CRLF line endings and skips a suggestion whose text moved', async () => {
  const before = (await readFile(`${root}${file}`, 'utf8')).replace(/\n/g, '\r\n')
  const found = await suggestions()
  const result = applySuggestions(before, file, found)
  expect(unapply(result.text, ['./descale-espresso-machine.md'])).toBe(before)
  expect(result.applied).toHaveLength(1)
  const moved = applySuggestions(`\n${before}`, file, found)
  expect(moved.applied).toEqual([])
  expect(moved.skipped.map(({ reason }) => reason)).toEqual(['text-changed', 'not-exact'])
  expect(moved.text).toBe(`\n${before}`)
})

test.each([
  { from: 'content/posts/a.md', to: 'content/posts/b.md', href: './b.md' },
  { from: 'content/posts/a.md', to: 'content/pages/c.md', href: '../pages/c.md' },
  { from: 'content/a.md', to: 'content/posts/open data.md', href: '<./posts/open data.md>' },
])('$from → $to: $href', ({ from, to, href }) => {
  expect(relativeHref(from, to)).toBe(href)
})
