import { readFileSync, existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { finishImport, type SiteLayout, siteLayoutWithDefaults } from '../finish-import.js'
import type { ImportedEntry, ImportResult } from '../import-result.js'
import { assetFinder, listFiles } from '../list-files.js'
import { mapFrontMatter } from '../map-front-matter.js'
import { normalizeDate } from '../normalize-date.js'
import { readFrontMatter } from '../read-front-matter.js'
import { Reporter } from '../report-rules.js'
import { convertLiquid } from './convert-liquid.js'
import { jekyllPostUrl } from './jekyll-permalink.js'

/** Options of `importJekyll`; values given here win over the source's `_config.yml`. */
export interface JekyllImportOptions extends Partial<SiteLayout> {
  /** The old site's URL (`url` in `_config.yml`). */
  siteUrl?: string | undefined
  /** The old permalink style or pattern (`permalink` in `_config.yml`, default `date`). */
  permalink?: string | undefined
  /** Time zone for date-times without one (`timezone` in `_config.yml`, default `UTC`). */
  timeZone?: string | undefined
}

const postNamePattern = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.+)\.(?:md|markdown|mkdown|mkd)$/i
const draftNamePattern = /^(.+)\.(?:md|markdown|mkdown|mkd)$/i
const consumedKeys = ['title', 'layout', 'type', 'permalink', 'published', 'slug', 'author', 'authors', 'image', 'categories', 'category']

/**
 * Reads a Jekyll site (the folder holding `_posts`, or `_posts` itself): posts and drafts with
 * their dates, old URLs and Liquid converted. Reads the disk, writes nothing.
 */
export function importJekyll(sourceDir: string, options: JekyllImportOptions = {}): ImportResult {
  const root = basename(sourceDir) === '_posts' ? dirname(sourceDir) : sourceDir
  const config = readJekyllConfig(root)
  const siteUrl = (options.siteUrl ?? stringOf(config.url))?.replace(/\/+$/, '')
  const baseurl = stringOf(config.baseurl) ?? ''
  const permalink = options.permalink ?? stringOf(config.permalink) ?? 'date'
  const timeZone = options.timeZone ?? stringOf(config.timezone) ?? 'UTC'
  const reporter = new Reporter()
  const entries: ImportedEntry[] = []
  for (const [folder, isDraftFolder] of [['_posts', false], ['_drafts', true]] as const) {
    for (const relativePath of listFiles(join(root, folder))) {
      const file = `${folder}/${relativePath}`
      const name = basename(relativePath)
      const match = isDraftFolder ? draftNamePattern.exec(name) : postNamePattern.exec(name)
      if (!match) {
        if (/\.(?:md|markdown)$/i.test(name)) reporter.add('entrySkipped', file, 'Jekyll ignores posts whose file name does not start with a date (YYYY-MM-DD-).')
        continue
      }
      const fileDate = isDraftFolder ? undefined : `${match[1]}-${(match[2] ?? '').padStart(2, '0')}-${(match[3] ?? '').padStart(2, '0')}`
      const fileSlug = (isDraftFolder ? match[1] : match[4]) ?? name
      const entry = readPost(join(root, file), file, { fileDate, fileSlug, isDraftFolder, permalink, baseurl, siteUrl, timeZone, reporter })
      if (entry) entries.push(entry)
    }
  }
  return finishImport(entries, reporter, {
    kind: 'jekyll',
    source: sourceDir,
    siteUrl,
    ...siteLayoutWithDefaults(options),
    findAsset: assetFinder(root, (path) => !path.startsWith('_')),
  })
}

interface PostContext {
  fileDate: string | undefined
  fileSlug: string
  isDraftFolder: boolean
  permalink: string
  baseurl: string
  siteUrl: string | undefined
  timeZone: string
  reporter: Reporter
}

function readPost(path: string, file: string, context: PostContext): ImportedEntry | undefined {
  const { reporter } = context
  let split
  try {
    split = readFrontMatter(readFileSync(path, 'utf8'))
  } catch (error) {
    reporter.add('entrySkipped', file, `The front matter does not parse: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
    return undefined
  }
  const { data } = split
  const frontMatter = mapFrontMatter(data, { file, reporter, timeZone: context.timeZone, consumedKeys })
  const slugSource = typeof data.slug === 'string' && data.slug.trim() !== '' ? data.slug : context.fileSlug
  if (!frontMatter.date && context.fileDate) {
    const date = normalizeDate(context.fileDate, context.timeZone)
    if (date?.wasImpossible) reporter.add('dateFixed', file, `The date ${context.fileDate} in the file name does not exist; it is now ${date.value}.`, { original: context.fileDate, replacement: date.value })
    if (date) frontMatter.date = date.value
  }
  const title = typeof data.title === 'string' && data.title.trim() !== '' ? data.title.trim() : undefined
  if (!title) reporter.add('titleMissing', file, `No title; it is now "${titleFromSlug(context.fileSlug)}".`, { replacement: titleFromSlug(context.fileSlug) })
  frontMatter.title = title ?? titleFromSlug(context.fileSlug)
  const isDraft = context.isDraftFolder || data.published === false || data.published === 'false'
  if (isDraft) frontMatter.draft = true
  Object.assign(frontMatter, authorOf(data), imageOf(data))
  const categories = listOf(data.categories ?? data.category)
  if (categories.length > 0) frontMatter.categories = categories
  const date = typeof frontMatter.date === 'string' ? frontMatter.date : context.fileDate
  const oldUrl =
    typeof data.permalink === 'string'
      ? `${context.baseurl}${data.permalink.startsWith('/') ? '' : '/'}${data.permalink}`
      : jekyllPostUrl(context.permalink, { date: date ?? '1970-01-01', title: slugSource, categories }, context.baseurl)
  const body = convertLiquid(split.body, { file, bodyLine: split.bodyLine, reporter, siteUrl: context.siteUrl, baseUrl: context.baseurl })
  return { kind: 'post', sourceFile: file, slug: slugSource, oldUrls: isDraft ? [] : [oldUrl], frontMatter, body, baseUrl: oldUrl, bodyLine: split.bodyLine }
}

function readJekyllConfig(root: string): Record<string, unknown> {
  const file = join(root, '_config.yml')
  if (!existsSync(file)) return {}
  const value: unknown = parseYaml(readFileSync(file, 'utf8'))
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
}

function authorOf(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const authors = listOf(data.authors)
  const author = typeof data.author === 'string' ? data.author.trim() : authors[0]
  return { author, ...(authors.length > 1 ? { authors } : {}) }
}

// Themes store images as a string or as a mapping like { src, title, alt, license }.
function imageOf(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const image = data.image
  if (typeof image === 'string') return { image }
  if (typeof image !== 'object' || image === null) return {}
  const record = image as Record<string, unknown>
  const src = stringOf(record.src) ?? stringOf(record.path) ?? stringOf(record.url)
  const imageAlt = stringOf(record.alt) ?? stringOf(record.title)
  return { image: src, imageAlt, imageLicense: stringOf(record.license) }
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item) => item !== null && item !== undefined).map(String)
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : []
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

function titleFromSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
