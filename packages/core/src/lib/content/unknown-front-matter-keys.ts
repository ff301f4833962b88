import { readFileSync } from 'node:fs'
import type { VFileMessage } from 'vfile-message'
import { closest } from '../config/config-issues.js'
import { frontMatterUnknownKey } from '../diagnostic-catalogue.js'
import { escapeRegExp } from '../escape-reg-exp.js'
import type { NichepressPlugin } from '../plugin.js'
import { frontMatterSchema } from './front-matter-schema.js'
import type { SourcePage } from './page.js'

/** The front matter keys core and the given plugins read. */
export function knownFrontMatterKeys(plugins: readonly NichepressPlugin[]): string[] {
  return [...new Set([...Object.keys(frontMatterSchema.shape), ...plugins.flatMap((plugin) => plugin.frontMatterKeys ?? [])])]
}

/**
 * A warning for each front matter key that nobody reads but that is one typo away from one that is
 * (`auther` → `author`). Other unknown keys are left alone: a theme may read any key it likes.
 */
export function unknownFrontMatterKeys(pages: readonly SourcePage[], known: readonly string[]): VFileMessage[] {
  const knownSet = new Set(known)
  const messages: VFileMessage[] = []
  for (const page of pages) {
    for (const key of Object.keys(page.frontMatter)) {
      if (knownSet.has(key)) continue
      const suggestion = closest(key, known)
      if (!suggestion) continue
      const line = page.frontMatterLines?.[key]
      messages.push(frontMatterUnknownKey.create({ file: page.relativePath, ...(line !== undefined ? { line, column: 1 } : keyPosition(page.sourcePath, key)) }, [key, suggestion]))
    }
  }
  return messages
}

// The key's line in the file (read again only for a key that is reported: the page keeps no raw front matter).
function keyPosition(sourcePath: string, key: string): { line?: number; column?: number } {
  let text: string
  try {
    text = readFileSync(sourcePath, 'utf8')
  } catch {
    return {}
  }
  const lines = text.split(/\r?\n/)
  const end = lines.indexOf('---', 1)
  const pattern = new RegExp(`^\\s*["']?${escapeRegExp(key)}["']?\\s*:`)
  for (let index = 1; index < (end === -1 ? lines.length : end); index++) {
    if (pattern.test(lines[index] ?? '')) return { line: index + 1, column: (lines[index]?.search(/\S/) ?? 0) + 1 }
  }
  return {}
}
