import { isNichepressError, loadConfig } from '@nichepress/core'
import { afterEach, expect, test } from 'vitest'
import { placeOfOption } from '../../packages/core/src/lib/config/config-issues.js'
import { defaultTheme, makeSite, presetPath, removeSite } from '../helpers/site.js'

// A config error names the line and column where the option is written, as every other error
// does: in a 60-line nichepress.config.ts, "Config option `consent.services.google-analytics.measurementId`"
// alone sends the newcomer searching.

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) removeSite(root)
})

async function configErrors(files: Record<string, string>, preset?: string) {
  const root = makeSite(files)
  roots.push(root)
  const error = await loadConfig(root, preset ? { preset } : {}).catch((caught: unknown) => caught)
  expect(isNichepressError(error)).toBe(true)
  return isNichepressError(error) ? error.messages.map((message) => ({ id: message.ruleId, option: /`([^`]+)`/.exec(message.reason)?.[1], line: message.line, column: message.column })) : []
}

test('JSON config: an invalid value, a wrong type deep in a section and an unknown key each at their line and column', async () => {
  const json = `{
  "title": "Testblog",
  "url": "https://test.example",
  "language": "de",
  "themeDir": ${JSON.stringify(defaultTheme)},
  "pagination": {
    "perPage": "ten"
  },
  "titel": "typo"
}
`
  expect(await configErrors({ 'nichepress.config.json': json })).toEqual(
    expect.arrayContaining([
      { id: 'config-invalid', option: 'pagination.perPage', line: 7, column: 5 },
      { id: 'config-unknown-key', option: 'titel', line: 9, column: 3 },
    ]),
  )
})

test('code config (.mjs): a plugin section\'s option at its key', async () => {
  const mjs = `// My blog
const site = 'https://test.example'

export default {
  title: 'Testblog',
  url: site,
  language: 'de',
  consent: {
    services: {
      'google-analytics': { measurementId: 42 },
    },
  },
}
`
  const errors = await configErrors({ 'nichepress.config.mjs': mjs }, presetPath)
  expect(errors).toContainEqual({ id: 'config-invalid', option: 'consent.services.google-analytics.measurementId', line: 10, column: 29 })
})

test('each key one level deeper than its section, never in a comment; a missing option points to its section', () => {
  const source = `// url: set below\nexport default {\n  nav: [{ url: '/a/' }],\n  legal: {\n    operator: { name: 'X' },\n  },\n  url: 'x',\n}\n`
  expect(placeOfOption(source, ['legal', 'operator', 'address'])).toEqual({ line: 5, column: 5 })
  expect(placeOfOption(source, ['nav', 0, 'url'])).toEqual({ line: 3, column: 11 })
  expect(placeOfOption(source, ['url'])).toEqual({ line: 7, column: 3 })
  expect(placeOfOption(source, ['missing'])).toBeUndefined()
})
