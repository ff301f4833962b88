import { generateSite, isNichepressError } from '@nichepress/core'
import { afterAll, expect, test } from 'vitest'
import { cpSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { coreConfig, defaultTheme, makeSite, removeSite } from '../helpers/site.js'

// A broken theme template was reported once per page, at the page ("/ 1:1", "/404.html 1:1"), never
// at the .hbs file (new5's newcomer walk). Every layout and partial is now checked when the theme
// loads: syntax errors and calls of partials the theme does not have, at their file and line.
const roots: string[] = []
afterAll(() => {
  for (const root of roots) removeSite(root)
})

async function failure(partial: string) {
  const root = makeSite({
    'nichepress.config.json': coreConfig({ themeDir: 'theme' }),
    'content/posts/a.md': '---\ntitle: A\ndate: 2026-01-01\n---\n\nText.\n',
    'theme/partials/footer.hbs': partial,
  })
  roots.push(root)
  try {
    await generateSite({ root, cache: false })
  } catch (error) {
    if (isNichepressError(error)) return error.messages.map((message) => `${String(message.file).replace(root, '')} ${message.line}:${message.column} ${message.ruleId} ${message.reason.split('\n')[0]}`)
    throw error
  }
  throw new Error('the build did not fail')
}

test('a partial the theme does not have is one error at the call, in the partial file', async () => {
  expect(await failure('<footer>\n  <p>{{> nope}}</p>\n</footer>\n')).toEqual(['/theme/partials/footer.hbs 2:6 template-error The template could not be rendered: The partial nope could not be found: add partials/nope.hbs to your theme folder, or correct the name'])
})

test('a syntax error is one error in the partial file, at the line the parser names', async () => {
  expect(await failure('<footer>\n{{#if site.title}}<p>x</p>\n{{/each}}\n</footer>\n')).toEqual(['/theme/partials/footer.hbs 2:4 template-error The template could not be rendered: if doesn\'t match each - 2:3'])
})

test('inline partials, partial blocks with a fallback and dynamic names are not flagged', async () => {
  const root = makeSite({
    'nichepress.config.json': coreConfig({ themeDir: 'theme', language: 'en' }),
    'content/posts/a.md': '---\ntitle: A\ndate: 2026-01-01\n---\n\nText.\n',
  })
  roots.push(root)
  // The default theme with this footer in place of its own.
  cpSync(defaultTheme, join(root, 'theme'), { recursive: true })
  writeFileSync(join(root, 'theme/partials/footer.hbs'), '{{#*inline "mine"}}<p>mine</p>{{/inline}}<footer>{{> mine}}{{#> fallback}}<p>fallback</p>{{/fallback}}</footer>\n')
  const site = await generateSite({ root, cache: false })
  const page = site.files.find((file) => file.path === 'a/index.html')
  const html = page && 'contents' in page ? String(page.contents) : ''
  expect(html).toContain('<p>mine</p>')
  expect(html).toContain('<p>fallback</p>')
})
