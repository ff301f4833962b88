import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { Reporter } from '../report-rules.js'

/** A data file Jekyll reads, by extension. */
const dataExtensions = new Set(['.yml', '.yaml', '.json', '.csv', '.tsv'])

/**
 * The site's data folder as Liquid saw it under `site.data`: `_data/team.yml` is `team`, a
 * subfolder is a nested mapping (`_data/downloads/v2.csv` is `downloads.v2`), CSV and TSV files
 * are lists of rows keyed by their header, as Jekyll reads them. A file that does not parse is
 * left out and reported (the pages that use it stay drafts). Reads the disk.
 */
export function readDataFolder(folder: string, reporter: Reporter, reportedAs: string): Record<string, unknown> {
  const tree: Record<string, unknown> = {}
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return tree
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith('.')) continue
    const path = join(folder, name)
    if (statSync(path).isDirectory()) {
      tree[name] = readDataFolder(path, reporter, `${reportedAs}/${name}`)
      continue
    }
    const extension = extname(name).toLowerCase()
    if (!dataExtensions.has(extension)) continue
    try {
      tree[name.slice(0, -extension.length)] = parseDataFile(readFileSync(path, 'utf8'), extension)
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      reporter.add('entrySkipped', `${reportedAs}/${name}`, `This data file does not parse (${reason}); pages that read it from site.data stay drafts. Fix the file and import again.`)
    }
  }
  return tree
}

/** One data file's value: YAML, JSON, or CSV/TSV as a list of rows keyed by the header row. */
export function parseDataFile(text: string, extension: string): unknown {
  if (extension === '.json') return JSON.parse(text)
  if (extension === '.csv' || extension === '.tsv') {
    const [header = [], ...rows] = parseDelimited(text.replace(/^\uFEFF/, ''), extension === '.tsv' ? '\t' : ',')
    return rows.filter((row) => row.some((cell) => cell !== '')).map((row) => Object.fromEntries(header.map((key, index) => [key, row[index] ?? null])))
  }
  return parseYaml(text)
}

/** RFC 4180 fields: quoted fields may hold the separator, newlines and doubled quotes. */
function parseDelimited(text: string, separator: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let isQuoted = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    if (isQuoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (character === '"') isQuoted = false
      else field += character
    } else if (character === '"' && field === '') isQuoted = true
    else if (character === separator) {
      row.push(field)
      field = ''
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += character
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}
