import type { VFileMessage } from 'vfile-message'
import type { ResolvedConfig } from '../config/resolved-config.js'
import type { MarkdownParserChoice } from '../markdown/markdown-parser.js'
import type { OutputFile } from '../output/write-output.js'
import type { Command } from '../plugin.js'
import type { Site } from '../site/site.js'
import type { PageRerenderer } from './rerender-page.js'

/** Options of `generateSite` and `buildSite`. */
export interface BuildOptions {
  /** Site folder. */
  root: string
  /** Preset module (plugins on by default, default theme); see `loadConfig`. */
  preset?: string
  outDir?: string
  baseUrl?: string
  includeDrafts?: boolean
  /** Worker threads for rendering and for finishing documents (default: one per core; 1 does all in this thread). */
  threads?: number
  /** Use the render cache (default true). */
  cache?: boolean
  mode?: 'build' | 'dev'
  /** The command the build runs for, as plugins see it (`PluginContext.command`); default: `mode`. */
  command?: Command
  /**
   * Called with a fingerprint of every input (content, config, theme, static files, versions);
   * returning true ends the build early with no files (`stats.skipped`), as the output would not change.
   */
  isUnchanged?: (fingerprint: string) => boolean
  /** `buildSite` ends early when nothing changed since the last build (default true; dev keeps the site in memory, so it says false). */
  skipUnchanged?: boolean
  /** Called as work advances, for progress display. */
  onProgress?: (event: BuildProgress) => void
  /**
   * Return user errors in `messages` (as fatal messages) instead of throwing, generating as much of
   * the site as it can (default false). For `nichepress lint`, which reports them with its own findings.
   */
  keepGoing?: boolean
  /**
   * `generateSite` only: stop after the plan (config, content, the site model) and make no document:
   * `files` is empty, `messages` are the plan's, and no page keeps its HTML (`rendered.html` is empty:
   * on a 10,000-post site it is 200 MB of memory nothing reads). For `nichepress links`, which reads
   * only the content model.
   */
  planOnly?: boolean
  /** Replace an existing output folder nichepress did not write (`--force`; see `out-dir-foreign`). */
  force?: boolean
}

/** A progress event. */
export interface BuildProgress {
  phase: 'load' | 'render' | 'layout' | 'write'
  done: number
  total: number
}

/** A generated site held in memory, before it is written. */
export interface GeneratedSite {
  config: ResolvedConfig
  site: Site
  files: OutputFile[]
  /** Warnings (errors throw, unless `keepGoing`: then errors too). */
  messages: VFileMessage[]
  stats: {
    pages: number
    /** Content pages rendered from Markdown (the rest came from the render cache: `cacheHits`). */
    rendered: number
    /** Documents taken unchanged from the previous output (`buildSite` only). */
    reused: number
    cacheHits: number
    timings: Timings
    skipped: boolean
    /** The Markdown parser content pages are parsed with, and why (see markdown/markdown-parser.ts). */
    markdownParser: MarkdownParserChoice
  }
  /** Hash of every input of this build (see `BuildOptions.isUnchanged`). */
  fingerprint: string
  /**
   * Re-renders one edited content page against this build (the dev server's fast path), or
   * undefined when the edit needs a full build (new page, changed URL, errors, skipped build).
   */
  rerenderPage?: PageRerenderer
}

/** Milliseconds spent per phase of a build, for `--json` and performance work. */
export interface Timings {
  config: number
  content: number
  render: number
  site: number
  layout: number
  files: number
  write?: number
}

/** Summary of a finished build (its documents went straight to disk, not into memory). */
export interface BuildResult extends Omit<GeneratedSite, 'files'> {
  /** Output paths written, sorted (none when the build was skipped). */
  files: string[]
  /** Hash of each HTML document's bytes by output path: equal hashes, equal documents. */
  documentHashes: ReadonlyMap<string, string>
  outDir: string
  durationMilliseconds: number
}

