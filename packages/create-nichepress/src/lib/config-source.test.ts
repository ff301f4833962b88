import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readConfigString, setConfigValue, toLiteral } from './config-source.js'
import { starters, startersDir } from './starters.js'

const source = `import { defineConfig } from 'nichepress'

export default defineConfig({
  title: 'Alt',
  url: 'https://alt.example',
  nav: [
    { label: 'Start', url: '/' },
  ],
  legal: {
    updated: '2026-11-01',
    hosting: 'netlify',
  },
})
`

test('replaces a one-line value and keeps the rest byte for byte', () => {
  const edited = setConfigValue(source, 'title', "Jana's Blog")
  expect(edited).toBe(source.replace("title: 'Alt',", "title: 'Jana\\'s Blog',"))
  expect(readConfigString(edited, 'title')).toBe("Jana's Blog")
})

test('replaces a multi-line value up to its closing bracket', () => {
  const edited = setConfigValue(source, 'legal', { enabled: false })
  expect(edited).toContain('  legal: {\n    enabled: false,\n  },\n})')
  expect(edited).not.toContain('hosting')
  expect(edited).toContain("    { label: 'Start', url: '/' },")
})

test('adds a missing key before the closing })', () => {
  expect(setConfigValue(source, 'language', 'en')).toMatch(/ {2}\},\n {2}language: 'en',\n\}\)\n$/)
})

test('writes nested literals in the starters\' style and drops undefined fields', () => {
  expect(toLiteral({ a: 'x', b: [1, true], c: undefined, 'd-e': null })).toBe("{\n    a: 'x',\n    b: [\n      1,\n      true,\n    ],\n    'd-e': null,\n  }")
})

describe.each(starters.map((starter) => starter.id))('the %s starter config follows the editable convention', (id) => {
  const config = readFileSync(join(startersDir, id, 'nichepress.config.ts'), 'utf8')
  test('title, url and language are one-line top-level strings', () => {
    for (const key of ['title', 'url', 'language']) expect(readConfigString(config, key), key).toBeTruthy()
  })
  test('the legal section closes at two-space indentation', () => {
    expect(() => setConfigValue(config, 'legal', { enabled: false })).not.toThrow()
    expect(setConfigValue(config, 'legal', { enabled: false })).toMatch(/\n {2}legal: \{\n {4}enabled: false,\n {2}\},\n/)
  })
})
