// Tests and scripts run on any machine: they name no absolute machine paths (the shared corpora are
// `../shared` relative to the repository root; see tests/helpers/shared.ts).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, test } from 'vitest'
import { repoRoot } from './helpers/site.js'

const folders = ['tests', 'scripts', '.ci', 'packages', 'docs/scripts', 'starters']
const scanned = /\.(?:ts|mts|mjs|cjs|js|sh|json|toml|yml|yaml)$|^run$/
const machinePath = /(?<![\w.:/-])\/(?:work|home|Users|root|opt|srv|mnt)\/[\w.-]+/

test('no test or script names an absolute machine path', () => {
  const offenders: string[] = []
  for (const folder of folders) {
    for (const entry of readdirSync(join(repoRoot, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !scanned.test(entry.name)) continue
      const path = join(entry.parentPath, entry.name)
      if (/[\\/](?:node_modules|dist|public|\.cache|starters)[\\/]/.test(relative(join(repoRoot, folder), path)) && folder === 'packages') continue
      if (/[\\/](?:node_modules|dist|public|\.cache)[\\/]/.test(path)) continue
      const lines = readFileSync(path, 'utf8').split('\n')
      lines.forEach((line, index) => {
        if (machinePath.test(line)) offenders.push(`${relative(repoRoot, path)}:${index + 1}: ${line.trim()}`)
      })
    }
  }
  expect(offenders).toEqual([])
})
