import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { SourceKind } from './import-result.js'

const hugoConfigNames = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json']

/**
 * Tells what a source is: a WordPress export file (WXR), a Jekyll site (`_posts`) or a Hugo site
 * (a Hugo config file next to `content/`). Undefined when it is none of them. Reads the disk.
 */
export function detectSourceKind(source: string): SourceKind | undefined {
  if (!existsSync(source)) return undefined
  if (statSync(source).isFile()) return isWordpressExport(source) ? 'wordpress' : undefined
  if (basename(source) === '_posts' || existsSync(join(source, '_posts')) || existsSync(join(source, '_config.yml'))) return 'jekyll'
  if (existsSync(join(source, 'content')) && hugoConfigNames.some((name) => existsSync(join(source, name)))) return 'hugo'
  return undefined
}

function isWordpressExport(file: string): boolean {
  const descriptor = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(4096)
    const length = readSync(descriptor, buffer, 0, buffer.length, 0)
    const head = buffer.subarray(0, length).toString('utf8')
    return head.includes('<rss') && /xmlns:wp="http:\/\/wordpress\.org\/export\//.test(head)
  } finally {
    closeSync(descriptor)
  }
}
