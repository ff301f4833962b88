import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import * as api from './index.js'

test('the public API is exactly these exports', () => {
  expect(Object.keys(api).sort()).toEqual([
    'CreateSiteError',
    'askAnswers',
    'configureSource',
    'createSite',
    'defaultAnswers',
    'detectPackageManager',
    'findStarter',
    'nextSteps',
    'runCreate',
    'runInit',
    'shellQuote',
    'starters',
    'startersDir',
  ])
})

test('is released in lockstep with the nichepress CLI, whose version it writes into package.json', () => {
  const version = (path: string) => (JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { version: string }).version
  expect(version('../package.json')).toBe(version('../../cli/package.json'))
})
