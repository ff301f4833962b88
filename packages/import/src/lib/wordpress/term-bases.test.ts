import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { importWordpress, termBase } from './import-wordpress.js'

// WordPress's "Category base" and "Tag base" (Settings → Permalinks) are not in the export: category
// and tag pages sit below `/category/` and `/tag/` unless the site set others, which the import is told.
const exportFile = fileURLToPath(new URL('../../../test/fixtures/real/wordpress-theme-unit-test/themeunittestdata.wordpress.xml', import.meta.url))
const termPages = (options: Parameters<typeof importWordpress>[1]) =>
  importWordpress(exportFile, options)
    .siteRedirects.filter((redirect) => /^(category|tag) (page|feed)$/.test(redirect.reason))
    .map((redirect) => redirect.from)

test('category and tag pages are redirected below the bases the site used', () => {
  const defaults = termPages({})
  expect(defaults.length).toBeGreaterThan(100)
  expect(defaults.every((from) => from.startsWith('/category/') || from.startsWith('/tag/'))).toBe(true)

  const custom = termPages({ categoryBase: 'thema', tagBase: '/blog/schlagwort/' })
  expect(custom).toHaveLength(defaults.length)
  expect(custom.filter((from) => from.startsWith('/thema/'))).toHaveLength(defaults.filter((from) => from.startsWith('/category/')).length)
  expect(custom.filter((from) => from.startsWith('/blog/schlagwort/'))).toHaveLength(defaults.filter((from) => from.startsWith('/tag/')).length)
  expect(custom).toContain('/thema/parent-category/child-category-01/')
})

test('a base is path segments as WordPress shows them; anything else names the option', () => {
  expect(termBase(undefined, 'category', 'categoryBase')).toBe('category')
  expect(termBase('/themen/', 'category', 'categoryBase')).toBe('themen')
  expect(termBase('blog/thema', 'category', 'categoryBase')).toBe('blog/thema')
  expect(termBase('rubriken-ä', 'category', 'categoryBase')).toBe('rubriken-ä')
  for (const bad of ['', '/', '../etc', 'a//b', 'a b', 'a?x=1', 'a\\b']) {
    expect(() => termBase(bad, 'category', '--category-base'), bad).toThrow(/--category-base must be the base as WordPress shows it/)
  }
})
