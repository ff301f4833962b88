import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createMarkdownRenderer, frontMatterSchema } from '@nichepress/core'
import { expect, test } from 'vitest'
import { consentConfigSchema } from './consent-config-schema.js'
import { siteServices } from './configured-snippets.js'
import { rehypeConsentBlocking } from './rehype-consent-blocking.js'
import { remarkNoscriptBlocks } from './remark-noscript-blocks.js'

// Each folder of test/fixtures is a case: input.md (a real vendor snippet), expected.html, facts.json,
// optional config.json (the `consent` section). UPDATE=1 rewrites the expectations; read the diff.
const fixtures = new URL('../../test/fixtures/', import.meta.url)
const cases = readdirSync(fixtures).sort()

test.each(cases)('%s', (name) => {
  const folder = new URL(`${name}/`, fixtures)
  const configFile = new URL('config.json', folder)
  const options = consentConfigSchema.parse(existsSync(configFile) ? JSON.parse(readFileSync(configFile, 'utf8')) : {})
  const render = createMarkdownRenderer({
    remarkPlugins: [remarkNoscriptBlocks],
    rehypePlugins: [[rehypeConsentBlocking, { customServices: siteServices(options), siteHost: 'kocherkompass.example' }]],
  })
  const result = render({
    relativePath: `posts/${name}.md`,
    body: readFileSync(new URL('input.md', folder), 'utf8'),
    bodyLine: 1,
    frontMatter: frontMatterSchema.parse({ title: name }),
    url: `/${name}/`,
    lang: 'de',
  })
  const facts = JSON.stringify(result.facts.consent, null, 2) + '\n'
  if (process.env.UPDATE) {
    writeFileSync(new URL('expected.html', folder), result.html)
    writeFileSync(new URL('facts.json', folder), facts)
  }
  expect(result.html).toBe(readFileSync(new URL('expected.html', folder), 'utf8'))
  expect(facts).toBe(readFileSync(new URL('facts.json', folder), 'utf8'))
})

test('every fixture with a known tracker leaves no loadable third-party URL', () => {
  for (const name of cases.filter((entry) => entry !== 'unknown-third-party')) {
    const html = readFileSync(new URL(`${name}/expected.html`, fixtures), 'utf8')
    // Outside <template> (inert) and data blocks, no src may point to another host.
    const live = html.replace(/<template[^>]*>[\s\S]*?<\/template>/g, '').replace(/<script type="text\/plain"[\s\S]*?<\/script>/g, '')
    expect(live, name).not.toMatch(/\ssrc="(?:https?:)?\/\/(?!kocherkompass\.example)/)
  }
})
