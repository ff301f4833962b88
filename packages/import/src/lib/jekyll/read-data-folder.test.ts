import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { Reporter } from '../report-rules.js'
import { readDataFolder } from './read-data-folder.js'

const folder = mkdtempSync(join(tmpdir(), 'np-data-folder-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

test('YAML, JSON, CSV and TSV files and subfolders become site.data; a broken file is reported', () => {
  const files: Record<string, string> = {
    'team.yml': '- name: Jana\n  role: Maintainer\n',
    'settings.json': '{ "locale": "de" }',
    'downloads/v3.csv': 'file,size,notes\r\ngemstone-3.3.0.tar.gz,21 MB,"first, ""stable"" line\nsecond line"\r\n\r\n',
    'events/2026/talks.tsv': 'title\tcity\nLiquid at import\tHamburg\n',
    'broken.yml': 'a: [1, 2\n',
    'notes.txt': 'not data',
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true })
    writeFileSync(join(folder, path), text)
  }
  const reporter = new Reporter()
  expect(readDataFolder(folder, reporter, '_data')).toEqual({
    team: [{ name: 'Jana', role: 'Maintainer' }],
    settings: { locale: 'de' },
    downloads: { v3: [{ file: 'gemstone-3.3.0.tar.gz', size: '21 MB', notes: 'first, "stable" line\nsecond line' }] },
    events: { '2026': { talks: [{ title: 'Liquid at import', city: 'Hamburg' }] } },
  })
  expect(reporter.items.map((item) => `${item.ruleId} ${item.file}`)).toEqual(['import-entry-skipped _data/broken.yml'])
})
