import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, dirname, relative, sep } from 'node:path'
import type { VFileMessage } from 'vfile-message'
import type { ResolvedConfig } from '../config/resolved-config.js'
import { contentBudget, contentEmpty, contentNotUtf8, contentUnreadable, duplicateUrl, frontMatterEngine, frontMatterInvalid, frontMatterSyntax, frontMatterTag, symlinkOutsideSite, symlinkSkipped, textLanguageDefaulted } from '../diagnostic-catalogue.js'
import { problemText } from '../config/config-issues.js'
import { findMarkdownFiles } from './find-markdown-files.js'
import { firstInvalidUtf8Offset } from './first-invalid-utf8-offset.js'
import { frontMatterSchema } from './front-matter-schema.js'
import { impliedTextLanguage, type TextLanguage } from './language.js'
import { defaultContentLimits, markdownBudgetExcess } from './content-budget.js'
import { frontMatterFieldLine, parseFrontMatterData, splitFrontMatter } from './front-matter.js'
import type { Page, SourcePage } from './page.js'
import { expandPermalink } from './permalink.js'
import { takeLeadingHeading } from './leading-heading.js'
import { urlSlug } from './slugify.js'

/** Pages read from the content folder, and every problem found on the way. */
export interface LoadedContent {
  /** Pages read and validated now; they still need rendering. */
  pages: SourcePage[]
  /** Pages `reuse` supplied (unchanged since they were cached); already rendered. */
  reused: Page[]
  messages: VFileMessage[]
}

/** Options of `loadContent`. */
export interface LoadContentOptions {
  includeDrafts?: boolean
  /** Returns the cached page for a file whose bytes hash to `contentHash`, skipping parsing. */
  reuse?: (relativePath: string, contentHash: string) => Page | undefined
  /** The files as `scanContent` found them (else they are scanned here). */
  scan?: ContentScan | undefined
}

const decoder = new TextDecoder('utf-8', { fatal: true })

/** Every Markdown file under the content folder with the hash of its bytes (see `scanContent`). */
export interface ContentScan {
  files: Array<{ sourcePath: string; relativePath: string; contentHash: string }>
  problems: Array<{ path: string; reason: string; outside?: boolean }>
}

/** Finds and hashes every Markdown file without parsing any: enough to tell whether anything changed. */
export async function scanContent(config: ResolvedConfig): Promise<ContentScan> {
  const { files, problems } = await findMarkdownFiles(config.paths.content, config.root)
  return {
    problems,
    files: files.map((sourcePath) => ({ sourcePath, relativePath: relativeTo(config.root, sourcePath), contentHash: createHash('sha1').update(readFileSync(sourcePath)).digest('hex') })),
  }
}

/**
 * Reads every Markdown file under the content folder. Broken files become messages; they never
 * stop the others from being read. Drafts are left out unless `includeDrafts`.
 */
export async function loadContent(config: ResolvedConfig, options: LoadContentOptions = {}): Promise<LoadedContent> {
  const { files, problems } = options.scan ?? (await scanContent(config))
  const messages: VFileMessage[] = problems.map((problem) =>
    problem.outside
      ? (config.symlinks === 'skip' ? symlinkSkipped : symlinkOutsideSite).create({ file: relativeTo(config.root, problem.path), line: 1, column: 1 }, [problem.reason])
      : contentUnreadable.create({ file: relativeTo(config.root, problem.path), line: 1, column: 1 }, [problem.reason]),
  )
  if (config.textLanguageDefaulted) messages.push(textLanguageDefaulted.create({ file: relativeTo(config.root, config.configFile), line: 1, column: 1 }, [config.language]))
  const pages: SourcePage[] = []
  const reused: Page[] = []
  const isIncluded = (page: SourcePage) => options.includeDrafts || !page.frontMatter.draft
  for (const { sourcePath, relativePath, contentHash } of files) {
    const cached = options.reuse?.(relativePath, contentHash)
    if (cached) {
      if (isIncluded(cached)) reused.push({ ...cached, sourcePath })
      continue
    }
    const bytes = readFileSync(sourcePath)
    // Changed since the scan: hash what is parsed, so the cache never files new bytes under old ones.
    const hash = createHash('sha1').update(bytes).digest('hex')
    const result = parsePage(config, sourcePath, relativePath, bytes, hash)
    messages.push(...result.messages)
    if (result.page && isIncluded(result.page)) pages.push(result.page)
  }
  messages.push(...findDuplicateUrls([...reused, ...pages]))
  return { pages, reused, messages }
}

function relativeTo(root: string, path: string): string {
  return relative(root, path).split(sep).join('/')
}

/** Reads and validates one Markdown file. */
export async function readPage(config: ResolvedConfig, sourcePath: string): Promise<{ page?: SourcePage; messages: VFileMessage[] }> {
  const bytes = await readFile(sourcePath)
  return parsePage(config, sourcePath, relativeTo(config.root, sourcePath), bytes, createHash('sha1').update(bytes).digest('hex'))
}

function parsePage(config: ResolvedConfig, sourcePath: string, relativePath: string, bytes: Buffer, contentHash: string): { page?: SourcePage; messages: VFileMessage[] } {
  const place = { file: relativePath }
  const limits = config.limits ?? defaultContentLimits
  if (bytes.length > limits.maxFileBytes) return { messages: [contentBudget.create({ ...place, line: 1, column: 1 }, ['file size', `${limits.maxFileBytes} bytes`])] }
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    const offset = firstInvalidUtf8Offset(bytes) ?? 0
    const before = bytes.subarray(0, offset)
    const line = before.filter((byte) => byte === 0x0a).length + 1
    return { messages: [contentNotUtf8.create({ ...place, line, column: offset - (before.lastIndexOf(0x0a) + 1) + 1 }, [offset])] }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  // CRLF and lone CR end lines like LF (CommonMark and YAML agree), so a CRLF file builds exactly as its LF twin.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n')
  if (text.trim() === '') return { messages: [contentEmpty.create({ ...place, line: 1, column: 1 }, [])] }

  const split = splitFrontMatter(text)
  if (split.matter.length > limits.maxFrontMatterBytes) return { messages: [contentBudget.create({ ...place, line: 1, column: 1 }, ['front matter size', `${limits.maxFrontMatterBytes} characters`])] }
  const parsed = parseFrontMatterData(split)
  if ('problem' in parsed) {
    const { problem } = parsed
    const at = { ...place, line: problem.line, column: problem.column }
    if (problem.kind === 'engine') return { messages: [frontMatterEngine.create(at, [problem.reason])] }
    if (problem.kind === 'tag') return { messages: [frontMatterTag.create(at, [problem.reason])] }
    return { messages: [frontMatterSyntax.create(at, [problem.reason.replace(/ at line \d+, column \d+:?$/, '')])] }
  }
  const data = parsed.data
  const bodyLine = text.slice(0, text.length - split.content.length).split('\n').length
  const heading = data.title === undefined ? takeLeadingHeading(split.content) : undefined
  const body = heading?.body ?? split.content
  const result = frontMatterSchema.safeParse(heading ? { ...data, title: heading.title } : data, { reportInput: true })
  if (!result.success) {
    return {
      messages: result.error.issues.map((issue) => {
        const field = issue.path.map(String).join('.') || 'title'
        const line = frontMatterFieldLine(split, issue.path[0] === undefined ? undefined : String(issue.path[0]))
        const missing = issue.code === 'invalid_type' && issue.input === undefined
        const problem = missing ? 'is required' : problemText(issue.message)
        const expected = issue.code === 'invalid_type' ? issue.expected : issue.code === 'invalid_value' ? issue.values.map((value) => JSON.stringify(value)).join(' or ') : undefined
        const actual = 'input' in issue && issue.input !== undefined ? truncate(JSON.stringify(issue.input) ?? String(issue.input)) : undefined
        return frontMatterInvalid.create(
          { ...place, line, column: 1 },
          // Without an expected type the problem says what is expected; the value is named in the reason.
          [field, expected === undefined && actual !== undefined && !missing ? `${problem} (got ${actual})` : problem],
          {
            ...(expected !== undefined ? { expected, ...(actual !== undefined ? { actual } : {}) } : {}),
            ...(missing && field === 'title' ? { note: 'Add `title: Your title` between the `---` lines at the top of the file, or start the text with a `# Your title` line.' } : {}),
          },
        )
      }),
    }
  }
  const frontMatter = result.data
  if (frontMatter.tags.length > limits.maxTagsPerPage) {
    return { messages: [contentBudget.create({ ...place, line: parsed.lines['tags'] ?? 1, column: 1 }, ['tags per page', String(limits.maxTagsPerPage)])] }
  }
  const excess = markdownBudgetExcess(body, bodyLine, limits)
  if (excess) return { messages: [contentBudget.create({ ...place, line: excess.line, column: 1 }, [excess.what, excess.limit])] }
  const inContent = relativeTo(config.paths.content, sourcePath)
  const kind = inContent.startsWith('posts/') ? 'post' : 'page'
  const slug = frontMatter.slug ?? slugFromPath(sourcePath)
  const date = frontMatter.date?.slice(0, 10)
  const url = expandPermalink(kind === 'post' ? config.permalinks.posts : config.permalinks.pages, {
    slug,
    date,
    category: frontMatter.categories[0] ? urlSlug(frontMatter.categories[0]) : 'allgemein',
    path: pathWithinSection(inContent, frontMatter.slug),
  })
  const page: SourcePage = {
    kind,
    sourcePath,
    relativePath,
    frontMatter,
    body,
    bodyLine,
    slug,
    url,
    lang: frontMatter.lang ?? config.language,
    textLanguage: pageTextLanguage(frontMatter.lang, config),
    date: frontMatter.date,
    updated: frontMatter.updated,
    frontMatterLines: parsed.lines,
    contentHash,
  }
  return { page, messages: [] }
}

/** A page in the site's language uses the site's text language; another language its own, when it is de or en. */
function pageTextLanguage(lang: string | undefined, config: ResolvedConfig): TextLanguage {
  if (lang === undefined || lang === config.language) return config.textLanguage
  return impliedTextLanguage(lang) ?? config.textLanguage
}

// `posts/a/b.md` → `a/b`, `pages/index.md` → ``, `guide/setup.md` (outside posts/ and pages/) → `guide/setup`.
function pathWithinSection(inContent: string, slug: string | undefined): string {
  const withoutSection = inContent.replace(/^(posts|pages)\//, '').replace(/\.md$/, '')
  const parts = withoutSection.split('/').map(urlSlug)
  if (slug !== undefined) parts[parts.length - 1] = slug
  else if (parts[parts.length - 1] === 'index') parts.pop()
  return parts.filter((part) => part !== '').join('/')
}

function slugFromPath(path: string): string {
  const name = basename(path, '.md')
  return urlSlug(name === 'index' ? basename(dirname(path)) : name)
}

function truncate(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text
}

function findDuplicateUrls(pages: readonly SourcePage[]): VFileMessage[] {
  const byUrl = new Map<string, SourcePage>()
  const messages: VFileMessage[] = []
  for (const page of pages) {
    const other = byUrl.get(page.url)
    if (other) messages.push(duplicateUrl.create({ file: page.relativePath, line: 1, column: 1 }, [page.url, other.relativePath]))
    else byUrl.set(page.url, page)
  }
  return messages
}
