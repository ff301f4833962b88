import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { MessageData } from '../diagnostics.js'
import { renderLayout, templateContext, type NamedHooks } from '../render/render-document.js'
import type { Theme } from '../render/theme.js'
import { documentPageOf, type DocumentPage } from '../site/document-page.js'
import type { OutputPage, Site } from '../site/site.js'
import { outputPathOf } from './content-output.js'
import { finishDocument, type FinishedDocument } from './finish-document.js'

/** What a build remembers of one finished document. */
export interface DocumentRecord {
  /** Hash of everything the document was made from (template context, page, salt). */
  key: string
  /** Hash of the document's bytes. */
  hash: string
  /** What each plugin's `document` hook left in `file.data`, by plugin name. */
  data: Record<string, unknown>
  /** What the `document` hooks reported; reported again whenever the document is reused. */
  messages: MessageData[]
}

/** Where finished documents go: a staging folder on disk, or a map in memory. */
export interface DocumentOutput {
  /** The last build's records, when they were made with the same salt. */
  previous?: ReadonlyMap<string, DocumentRecord> | undefined
  /** Key and hash every document (a build on disk, for the next build and the dev server); an in-memory site skips it. */
  remember: boolean
  write(path: string, html: string, hash: string): Promise<void>
  /** Puts the document with this hash, kept from an earlier build, at `path`; false when it is gone. */
  reuse(path: string, hash: string): Promise<boolean>
  /**
   * Optionally takes a new document (its layout output) to finish (the `document` hooks) and write
   * on worker threads: resolves once accepted (back-pressure), `done` with the finished document's
   * hash, data and messages once written. Undefined: do it here.
   */
  handOff?(path: string, html: string, page: DocumentPage): Promise<{ done: Promise<Omit<DocumentRecord, 'key'>> } | undefined>
  /** Sends what `handOff` holds back; called once every document was handed over. */
  flush?(): Promise<void>
}

/** One document to make: an output page, or a ready-made document (a redirect's fallback page) and its page. */
export type DocumentJob = { page: OutputPage } | { path: string; html: string; page: DocumentPage }

export interface DocumentStageInput {
  site: Site
  theme: Theme
  hooks: readonly NamedHooks[]
  /** Everything besides the template context a document depends on: versions, config, theme, mode. */
  salt: string
  jobs: readonly DocumentJob[]
  output: DocumentOutput
  onError(page: OutputPage, error: unknown): void
  onProgress(done: number): void
}

export interface DocumentStageResult {
  records: Map<string, DocumentRecord>
  /** Documents taken unchanged from the previous output. */
  reused: number
}

/**
 * Makes every document and hands it to `output` at once (nothing accumulates in memory). A page
 * whose template context, page data and salt hash to the key the last build recorded is not
 * rendered at all: its file is taken from the previous output with its plugins' data and
 * messages. A page made again to the same bytes is also taken over, so unchanged files keep
 * their mtime.
 */
export async function runDocumentStage(input: DocumentStageInput): Promise<DocumentStageResult> {
  const { site, theme, hooks, output } = input
  const previous = output.previous
  const finishers = hooks.filter((hook) => hook.document)
  const records = new Map<string, DocumentRecord>()
  let reused = 0
  let done = 0
  const handedOff: Array<Promise<void>> = []
  const finish = async (path: string, layout: string, page: DocumentPage, key: string) => {
    const handed = await output.handOff?.(path, layout, page)
    if (handed) {
      const record: DocumentRecord = { key, hash: '', data: {}, messages: [] }
      records.set(path, record)
      handedOff.push(handed.done.then((finished) => void Object.assign(record, finished)))
      return
    }
    const { html, data, messages }: FinishedDocument = finishDocument(finishers, path, layout, page)
    const hash = output.remember ? documentHash(html) : ''
    records.set(path, { key, hash, data, messages })
    const before = previous?.get(path)
    if (before?.hash === hash && (await output.reuse(path, hash))) reused++
    else await output.write(path, html, hash)
  }
  for (const job of input.jobs) {
    if ('html' in job) {
      if (!records.has(job.path)) await finish(job.path, job.html, job.page, '')
    } else {
      const { page } = job
      const path = outputPathOf(page.url)
      try {
        const context = templateContext(page, site, hooks)
        const key = output.remember ? documentKey(input.salt, page, context) : ''
        const before = previous?.get(path)
        if (before && before.key === key && (await output.reuse(path, before.hash))) {
          records.set(path, before)
          reused++
        } else {
          await finish(path, renderLayout(context, page, theme), documentPageOf(page), key)
        }
      } catch (error) {
        input.onError(page, error)
      }
    }
    input.onProgress(++done)
  }
  await output.flush?.()
  await Promise.all(handedOff)
  return { records, reused }
}

/** The hash of a document's bytes, as `BuildResult.documentHashes` gives it. */
export function documentHash(html: string): string {
  return createHash('sha1').update(html).digest('base64url')
}

/**
 * The hash of everything a document is made from. The template context holds what the layout
 * shows (content, lists, related posts, head elements…); the page's own fields are what
 * `document` hooks may read besides the document.
 */
function documentKey(salt: string, page: OutputPage, context: Record<string, unknown>): string {
  const own = { ...page, content: undefined, data: undefined, source: page.source ? [page.source.relativePath, page.source.contentHash] : undefined }
  // Template data is plain JSON data (see `TemplateContribution.data`), so JSON text identifies it.
  return createHash('sha1').update(salt).update('\0').update(JSON.stringify(own)).update('\0').update(JSON.stringify(context)).digest('base64url')
}

/** What `documents.json` in the cache folder holds: the last build's records and its stored documents. */
export interface DocumentMemo {
  /** The document salt the records were made with; other salts cannot reuse them. */
  salt: string
  documents: Map<string, DocumentRecord>
  /** `size:mtime` of each stored document, by hash (see `DocumentStore`). */
  stamps: Map<string, string>
}

interface DocumentMemoFile {
  salt: string
  documents: Array<[string, DocumentRecord]>
  stamps: Array<[string, string]>
}

export function readDocumentMemo(file: string): DocumentMemo | undefined {
  try {
    const memo = JSON.parse(readFileSync(file, 'utf8')) as DocumentMemoFile
    return { salt: memo.salt, documents: new Map(memo.documents), stamps: new Map(memo.stamps) }
  } catch {
    return undefined
  }
}

export function writeDocumentMemo(file: string, memo: { salt: string; documents: ReadonlyMap<string, DocumentRecord>; stamps: ReadonlyMap<string, string> }): void {
  const sorted = <T>(map: ReadonlyMap<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const data: DocumentMemoFile = { salt: memo.salt, documents: sorted(memo.documents), stamps: sorted(memo.stamps) }
  mkdirSync(dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, JSON.stringify(data))
  renameSync(temporary, file)
}
