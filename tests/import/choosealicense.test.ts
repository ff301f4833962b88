import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSite, type GeneratedSite } from '@nichepress/core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { importSite, writeImport, type ImportResult } from '../../packages/import/src/index.js'
import { wrongOldUrls } from './old-urls.js'
import { siteConfig } from './site-config.js'

// choosealicense.com (github/choosealicense.com at aed28f9, MIT; packages/import/test/fixtures/real/README.md):
// its pages are Liquid over a data file (`_data/rules.yml`) and an output collection of `.txt`
// licence texts. Before: the licence pages were not imported (47 URLs lost on the whole site), the
// appendix and the licence overview were drafts.
const source = fileURLToPath(new URL('../../packages/import/test/fixtures/real/choosealicense/', import.meta.url))
const preset = fileURLToPath(new URL('../../packages/cli/dist/preset.js', import.meta.url))
const root = mkdtempSync(join(tmpdir(), 'np-choosealicense-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

let result: ImportResult
let generated: GeneratedSite
const contentsOf = (sourceFile: string) => result.files.find((file) => file.source === sourceFile)?.contents ?? ''
const licences = readdirSync(join(source, '_licenses')).map((name) => name.replace(/\.txt$/, ''))

beforeAll(async () => {
  writeFileSync(join(root, 'nichepress.config.json'), siteConfig('Choose a License', 'https://choosealicense.com', { language: 'en' }))
  result = importSite(source)
  writeImport(root, result)
  generated = await generateSite({ root, preset, cache: false, keepGoing: true })
}, 120_000)

describe('choosealicense.com: pages made from _data and a collection', () => {
  test('builds with zero errors; no page is a draft, no Liquid is left', () => {
    expect(generated.messages.filter((message) => message.fatal).map((message) => `${message.file}:${message.line} ${message.ruleId} ${message.reason}`)).toEqual([])
    expect(result.report.items.filter((item) => item.ruleId === 'import-liquid-template')).toEqual([])
    for (const file of result.files) expect(`${file.source}: ${/\{[{%]|^draft:/m.test(file.contents ?? '')}`).toBe(`${file.source}: false`)
  })

  test('every old URL leads to its page, the licence texts included', () => {
    const urls = new Map([
      ['/appendix/', 'appendix.md'],
      ['/licenses/', 'licenses.html'],
      ['/about/', 'about.md'],
      ...licences.map((id) => [`/licenses/${id}/`, `_licenses/${id}.txt`] as const),
    ])
    expect(wrongOldUrls(urls, result, generated)).toEqual([])
    expect(contentsOf('_licenses/mit.txt')).toMatch(/```text\nMIT License\n\nCopyright \(c\) \[year\] \[fullname\]/)
  })

  test('the appendix table has a header per rule of the data file and a row per licence', () => {
    const appendix = contentsOf('appendix.md')
    expect(appendix.match(/<th scope="col" style="text-align: center; width:7%">/g)).toHaveLength(13)
    expect(appendix.match(/<tr style="height: 3em">/g)).toHaveLength(licences.length)
    expect(appendix).toMatch(/<a href="[^"]*">MIT License<\/a><\/th>\n(?:.*\n)*?\s*<td class="license-conditions"/)
    // No blank line inside the table: it would end the HTML block and turn the rest into code.
    expect(appendix.slice(appendix.indexOf('<table'), appendix.indexOf('</table>'))).not.toMatch(/\n[ \t]*\n/)
  })

  test('the overview shows each included licence with its rules', () => {
    const overview = contentsOf('licenses.html')
    for (const name of ['GNU AGPLv3', 'GNU GPLv3', 'GNU LGPLv3', 'Mozilla Public License 2.0', 'Apache License 2.0', 'MIT License', 'Boost Software License 1.0', 'The Unlicense']) expect(overview).toContain(name)
    expect(overview).toContain('<li class="commercial-use">')
  })
})
