import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { hasHugoConfig } from './hugo/read-hugo-config.js'
import type { SourceKind } from './import-result.js'


/**
 * Tells what a source is: a WordPress export file (WXR), a Jekyll site (`_posts`) or a Hugo site
 * (a Hugo config: `hugo.toml`, `config.yaml`… or `config/_default/`). Undefined when it is none of them. Reads the disk.
 */
export function detectSourceKind(source: string): SourceKind | undefined {
  if (!existsSync(source)) return undefined
  if (statSync(source).isFile()) return isWordpressExport(source) ? 'wordpress' : undefined
  if (basename(source) === '_posts' || existsSync(join(source, '_posts')) || existsSync(join(source, '_config.yml'))) return 'jekyll'
  if (hasHugoConfig(source)) return 'hugo'
  return undefined
}

function isWordpressExport(file: string): boolean {
  const descriptor = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(4096)
    const length = readSync(descriptor, buffer, 0, buffer.length, 0)
    const head = buffer.subarray(0, length).toString('utf8')
    return head.includes('<rss') && /xmlns:wp="https?:\/\/wordpress\.(?:org|com)\/export\//.test(head)
  } finally {
    closeSync(descriptor)
  }
}
