import type { ServerResponse } from 'node:http'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative } from 'node:path'
import { basePathOf, buildSite, configFileNames, defaultReportLimit, documentHash, isNichepressError, loadConfig, outputPathOf, readPage, type BuildResult, type ResolvedConfig } from '@nichepress/core'
import { runtimeScriptPath } from '@nichepress/consent'
import { suggestionsFor } from '@nichepress/links'
import { watch } from 'chokidar'
import pc from 'picocolors'
import { liveReloadClient } from '../lib/live-reload-client.js'
import { presetUrl } from '../lib/preset-url.js'
import { reportMessages } from '../lib/report.js'
import { allowedHostsOf, createStaticServer, listen } from '../lib/static-server.js'

/** Options of `nichepress dev`. */
export interface DevOptions {
  root: string
  out: string | undefined
  drafts: boolean
  baseUrl: string | undefined
  cache: boolean
  port: number | undefined
  host: string
  /** Resolves when the server should stop (tests); default: SIGINT or SIGTERM. */
  until?: Promise<void>
  /** Called with the URL once the server listens (tests). */
  onReady?: (url: string) => void
}

const reloadPath = '/__nichepress/reload'
const linksPath = '/__nichepress/links'
// Served as a file, not inlined, so the site's CSP need not allow inline script in dev either.
const reloadScriptPath = '/__nichepress/live-reload.js'
// What the static server answers for a path without a page (createStaticServer).
const notFoundDocument = '404.html'
const reloadScript = liveReloadClient(reloadPath, reloadScriptPath, runtimeScriptPath)
const rebuildDelayMilliseconds = 300
// A full reload, and one for a change of the page's content only (the client may swap <main> in place).
const reloadEvent = 'event: reload\ndata: {}\n\n'
const contentReloadEvent = 'event: reload\ndata: {"content":true}\n\n'

/** A build error as the overlay shows it. */
interface OverlayProblem {
  file: string
  line?: number
  column?: number
  reason: string
  ruleId?: string
  note?: string
}

/** The server-sent event that shows the overlay with `problems`. */
function problemsEvent(problems: readonly OverlayProblem[]): string {
  return `event: problems\ndata: ${JSON.stringify(problems)}\n\n`
}

// While no build has succeeded there is no page to show the overlay on: a page request gets this one,
// which loads the reload client (it shows the problems and reloads when a build succeeds). The text
// is for browsers without JavaScript; the problems themselves are in the terminal and the overlay.
function firstBuildFailedPage(count: number): string {
  const problems = `${count} problem${count === 1 ? '' : 's'}`
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Build failed: ${problems}</title>\n</head>\n<body>\n<main>\n<h1>The site did not build: ${problems}</h1>\n<p>They are listed in the terminal that runs <code>nichepress dev</code>, each with its file, line and fix. This page reloads when the build succeeds.</p>\n</main>\n<script src="${reloadScriptPath}" type="module"></script>\n</body>\n</html>\n`
}

// A request for a page (not a stylesheet, image or feed): a path without an extension, or .html.
function isPageRequest(url: string | undefined): boolean {
  const path = (url ?? '/').split(/[?#]/)[0] ?? '/'
  return path.endsWith('/') || path.endsWith('.html') || !/\.[a-z0-9]+$/i.test(path)
}

/** Content, templates and config change pages; anything else (CSS, images, static files) only the files served. */
function changesOnlyFiles(path: string, config: { paths: { content: string }; configFile: string }): boolean {
  return !path.startsWith(config.paths.content) && path !== config.configFile && !path.endsWith('.hbs')
}

/** `nichepress dev`: build, serve, rebuild on every change (cached, so only what changed renders), reload. */
export async function runDev(options: DevOptions): Promise<number> {
  const config = await loadConfig(options.root, { preset: presetUrl, outDir: options.out })
  // Each open page's event stream, with the output path of the document it shows.
  const clients = new Map<ServerResponse, string>()
  // Hashes of the documents the browser has been sent, to reload only pages whose bytes changed.
  let served = new Map<string, string>()
  let latest: BuildResult | undefined
  // The problems of the last failed build (shown to every page that connects meanwhile), and whether a
  // change since the last build touched files that no document's bytes reflect (a stylesheet, an image).
  let problems: OverlayProblem[] | undefined
  let filesChanged = false
  const build = async (): Promise<BuildResult | undefined> => {
    const reloadAll = problems !== undefined || filesChanged
    filesChanged = false
    try {
      const result = await buildSite({
        root: options.root,
        preset: presetUrl,
        outDir: options.out,
        baseUrl: options.baseUrl,
        includeDrafts: options.drafts,
        cache: options.cache,
        mode: 'dev',
        skipUnchanged: false,
      })
      reportMessages(result.messages, (text) => process.stderr.write(text), defaultReportLimit)
      latest = result
      problems = undefined
      for (const [client, path] of clients) {
        const shown = shownDocument(path, result.documentHashes, served)
        if (reloadAll) client.write(reloadEvent)
        else if (result.documentHashes.get(shown) !== served.get(shown)) client.write(shown === notFoundDocument ? reloadEvent : contentReloadEvent)
      }
      served = new Map(result.documentHashes)
      process.stdout.write(`${pc.green('✔')} built ${result.stats.pages} pages in ${(result.durationMilliseconds / 1000).toFixed(2)} s (${result.stats.rendered} rendered)\n`)
      // Ready for the next save: set up the one-page renderer while nobody waits for it.
      setImmediate(() => result.rerenderPage?.prepare())
      return result
    } catch (error) {
      if (!isNichepressError(error)) throw error
      reportMessages(error.messages, (text) => process.stderr.write(text))
      problems = error.messages.map((message) => ({
        file: String(message.file ?? ''),
        ...(message.line ? { line: message.line } : {}),
        ...(message.column ? { column: message.column } : {}),
        reason: message.reason,
        ...(message.ruleId ? { ruleId: message.ruleId } : {}),
        ...(message.note ? { note: message.note } : {}),
      }))
      for (const client of clients.keys()) client.write(problemsEvent(problems))
      process.stderr.write(pc.red(`✖ ${error.messages.length} problem${error.messages.length === 1 ? '' : 's'}; the browser keeps the last good build.\n`))
      return undefined
    }
  }
  await build()

  // A site in a folder (url https://x.de/blog/) is served below /blog/, as its host will serve it.
  const basePath = basePathOf(config.url)
  const server = createStaticServer({
    dir: config.paths.out,
    basePath,
    allowedHosts: allowedHostsOf(options.host, config.url),
    transformHtml: (html) => html.replace('</body>', `<script src="${reloadScriptPath}" type="module"></script></body>`),
    handle(request, response) {
      if (request.url === reloadScriptPath) {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }).end(reloadScript)
        return true
      }
      if (request.url?.startsWith(linksPath)) {
        // Link suggestions for the page being edited: /__nichepress/links?page=content/posts/x.md
        const page = new URL(request.url, 'http://localhost').searchParams.get('page') ?? ''
        const suggestions = latest ? suggestionsFor(latest.site, page) : undefined
        response
          .writeHead(suggestions ? 200 : 404, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' })
          .end(JSON.stringify(suggestions ?? { error: `No page ${page} in the last build; pass ?page=content/posts/<file>.md` }))
        return true
      }
      if (request.url?.startsWith(`${reloadPath}?`)) {
        const page = new URL(request.url, 'http://localhost').searchParams.get('page') ?? '/'
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
        response.write(problems ? problemsEvent(problems) : ': connected\n\n')
        clients.set(response, reloadPathOf(page.startsWith(`${basePath}/`) ? page.slice(basePath.length) : page))
        request.on('close', () => clients.delete(response))
        return true
      }
      // No build has succeeded yet (the first one failed): a page request shows the problems, not "Not found".
      if (latest === undefined && problems !== undefined && (request.method === 'GET' || request.method === 'HEAD') && isPageRequest(request.url)) {
        response.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(request.method === 'HEAD' ? undefined : firstBuildFailedPage(problems.length))
        return true
      }
      return false
    },
  })
  const port = await listen(server, options.port ?? 4321, options.host)
  const url = `http://${options.host}:${port}${basePath}/`
  process.stdout.write(`${pc.green('➜')} Dev server at ${pc.cyan(url)} — edit a post and the page reloads (Ctrl+C stops)\n`)
  process.stdout.write(pc.dim(`  link suggestions for a post: http://${options.host}:${port}${linksPath}?page=content/posts/<file>.md\n`))
  options.onReady?.(url)

  let queued = false
  let running: Promise<void> | undefined
  const rebuild = async () => {
    if (running) {
      queued = true
      return
    }
    running = (async () => {
      do {
        queued = false
        await build()
      } while (queued)
    })()
    await running
    running = undefined
  }
  const watcher = watch([config.paths.content, config.paths.static, config.paths.theme], {
    ignoreInitial: true,
    ignored: (path) => path.includes('node_modules') || path.startsWith(config.paths.out),
  })
  // The config is watched through its folder, not as a file: an editor that saves by deleting the
  // file and renaming a new one into place (JetBrains' "safe write") would end a watch on the file
  // itself, and no later save of the config would rebuild. Only config files are let through.
  const configFolder = dirname(config.configFile)
  const configWatcher = watch(configFolder, {
    ignoreInitial: true,
    depth: 0,
    ignored: (path) => path !== configFolder && !(dirname(path) === configFolder && (configFileNames as readonly string[]).includes(basename(path))),
  })
  // An edit to an existing post is shown at once (its page alone re-rendered), then the full
  // rebuild brings lists, feeds and sitemaps up to date and reloads any other page that changed.
  let edits: Promise<void> = Promise.resolve()
  let temporaries = 0
  const showEdit = async (path: string) => {
    // While the build is broken the full rebuild decides: it clears the overlay with one reload.
    if (problems) return
    const started = performance.now()
    const edited = await latest?.rerenderPage?.(path)
    if (!edited) return
    const target = join(config.paths.out, edited.path)
    await mkdir(dirname(target), { recursive: true })
    // A new file, renamed over the old one: the old may be a hard link the next build reuses.
    const temporary = `${target}.${process.pid}.${++temporaries}.tmp`
    await writeFile(temporary, edited.html)
    await rename(temporary, target)
    served.set(edited.path, documentHash(edited.html))
    for (const [client, shown] of clients) if (shown === edited.path) client.write(contentReloadEvent)
    process.stdout.write(pc.dim(`⚡ ${edited.path} updated in ${Math.round(performance.now() - started)} ms\n`))
  }
  // Editors often write a file in several steps; the full rebuild waits for a quiet moment so it
  // neither runs twice nor blocks the fast path of the next save.
  let rebuildTimer: NodeJS.Timeout | undefined
  const scheduleRebuild = () => {
    clearTimeout(rebuildTimer)
    rebuildTimer = setTimeout(() => void rebuild(), rebuildDelayMilliseconds)
  }
  const onChange = (event: string, path: string) => {
    process.stdout.write(pc.dim(`${event} ${relative(config.root, path)}\n`))
    if (!options.drafts && (event === 'add' || event === 'change') && path.endsWith('.md') && path.startsWith(config.paths.content)) void sayIfDraft(config, path)
    if (changesOnlyFiles(path, config)) filesChanged = true
    void (async () => {
      if (event === 'change' && path.endsWith('.md') && path.startsWith(config.paths.content)) {
        // One save often arrives as two change events: the edits are shown one after the other, in
        // order, and a failed one is said, never a crash of the server; the full rebuild follows anyway.
        edits = edits.then(() => showEdit(path)).catch((error: unknown) => {
          process.stderr.write(pc.yellow(`⚠ ${relative(config.root, path)}: the quick update failed (${error instanceof Error ? error.message : String(error)}); the full rebuild follows.\n`))
        })
        await edits
      }
      scheduleRebuild()
    })()
  }
  watcher.on('all', onChange)
  configWatcher.on('all', onChange)
  await (options.until ??
    new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve())
      process.once('SIGTERM', () => resolve())
    }))
  clearTimeout(rebuildTimer)
  await Promise.all([watcher.close(), configWatcher.close()])
  for (const client of clients.keys()) client.end()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return 0
}

// A saved draft changes nothing in the browser (drafts are left out unless --drafts): say why, with
// the way out, instead of leaving the newcomer on a "Not found" page. Unreadable front matter is the
// build's to report.
async function sayIfDraft(config: ResolvedConfig, path: string): Promise<void> {
  const { page } = await readPage(config, path).catch(() => ({ page: undefined }))
  if (page?.frontMatter.draft) {
    process.stdout.write(pc.yellow(`ℹ ${relative(config.root, path)} is a draft (\`draft: true\`): it has no page. \`nichepress dev --drafts\` shows drafts; remove \`draft: true\` to publish it.\n`))
  }
}

// The document a browser shows for a path: the page, or the not-found page the server answers with
// while there is none (a draft, a typo), so that page too reloads when the header or the theme changes.
function shownDocument(path: string, built: ReadonlyMap<string, string>, served: ReadonlyMap<string, string>): string {
  return built.has(path) || served.has(path) ? path : notFoundDocument
}

// The output path a reload stream watches; a malformed `page` (`%25`, `%`) watches nothing rather than crashing the server.
function reloadPathOf(page: string): string {
  try {
    return outputPathOf(page)
  } catch {
    return ''
  }
}
