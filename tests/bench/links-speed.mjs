// Speed and memory of link suggestions at scale: N generated niche-blog posts (../shared/bench's
// deterministic gen-corpus.mjs, default 10,000, English), then the index and the suggestions for
// every page, timed; peak RSS of the whole process, which holds every document (text, front matter,
// linkable ranges) the way `nichepress links` holds the content model.
//
// The documents are prepared in a child process (generated, front matter parsed, linkable ranges
// taken as a build records them) and streamed in as JSON lines, so the peak is that of a process
// holding 10,000 documents and the index, not of the generator and Markdown parser before it.
// `--parse` leaves the ranges out: the index parses every body itself (what a content-model run
// without a render does). `--memory` prints the memory after each step (with node --expose-gc).
//
// `--command` times the command a user runs instead: the benchmark site of tests/bench/site.mjs with
// N posts is built once (`nichepress build`, which fills the render cache as on Netlify or Vercel),
// then `nichepress links --format json` runs in its own process: its wall and CPU time (render
// workers included) and peak RSS, after a build and with `--no-cache`.
//
// Run: pnpm --filter @nichepress/links build && node tests/bench/links-speed.mjs [--n 10000] [--parse] [--memory] [--dump FILE] [--command]
import { execFileSync, spawnSync } from 'node:child_process'
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const links = join(root, process.env.LINKS_DIST ?? 'packages/links/dist/index.js')
const argv = process.argv.slice(2)
const count = argv.includes('--n') ? Number(argv[argv.indexOf('--n') + 1]) : 10_000
const parse = argv.includes('--parse')

if (argv.includes('--prepare')) {
  const { extractLinkableRanges } = await import(links)
  const { parse: parseYaml } = createRequire(join(root, 'packages/core/package.json'))('yaml')
  const generator = [resolve(root, '../shared/bench/gen-corpus.mjs'), resolve(root, '../../shared/bench/gen-corpus.mjs')].find((path) => existsSync(path))
  const dir = mkdtempSync(join(tmpdir(), 'np-links-speed-'))
  try {
    execFileSync(process.execPath, [generator, '--out', dir, '--n', String(count)], { stdio: 'ignore' })
    const lines = readdirSync(dir).filter((file) => file.endsWith('.md')).sort().map((file) => {
      const text = readFileSync(join(dir, file), 'utf8')
      const match = /^---\n([\s\S]*?)\n---\n/.exec(text)
      const data = parseYaml(match[1])
      const body = text.slice(match[0].length)
      const slug = file.replace(/\.md$/, '')
      const targets = [...body.matchAll(/\]\((\/posts\/[^)]+\/)\)/g)].map((link) => link[1])
      const document = { id: `content/posts/${file}`, url: `/posts/${slug}/`, title: String(data.title), lang: 'en', tags: data.tags ?? [], date: String(data.date), body, linkTargets: targets }
      return JSON.stringify(parse ? document : { ...document, linkableRanges: extractLinkableRanges(body) })
    })
    writeFileSync(argv[argv.indexOf('--prepare') + 1], `${lines.join('\n')}\n`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  process.exit(0)
}

if (argv.includes('--command')) {
  const { writeBenchSite } = await import('./site.mjs')
  const site = mkdtempSync(join(tmpdir(), 'np-links-command-'))
  // The child reports its own peak RSS and CPU time (every thread) as it exits.
  const report = join(site, 'report-usage.mjs')
  writeFileSync(report, "process.on('exit', () => { const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage(); process.stderr.write('\\nUSAGE ' + JSON.stringify({ cpu: (userCPUTime + systemCPUTime) / 1e6, maxRss: maxRSS / 1024 }) + '\\n') })\n")
  const cli = join(root, 'packages/cli/bin/nichepress.js')
  const run = (args) => {
    const started = performance.now()
    const result = spawnSync(process.execPath, ['--import', pathToFileURL(report).href, cli, ...args, '--root', site], { encoding: 'utf8', maxBuffer: 1 << 30 })
    const seconds = (performance.now() - started) / 1000
    const usage = JSON.parse(/USAGE (.*)/.exec(result.stderr)?.[1] ?? 'null')
    if (!usage || result.status === 2) throw new Error(`nichepress ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr.slice(-2000)}`)
    return { seconds, ...usage, status: result.status, stdout: result.stdout }
  }
  try {
    writeBenchSite(count, site)
    const build = run(['build'])
    process.stdout.write(`nichepress build, ${count} posts: ${build.seconds.toFixed(1)} s wall, ${build.cpu.toFixed(1)} s CPU, peak RSS ${Math.round(build.maxRss)} MB\n`)
    for (const args of [['links', '--format', 'json'], ['links', '--format', 'json', '--no-cache']]) {
      const links = run(args)
      const pages = JSON.parse(links.stdout).pages
      const suggestions = pages.reduce((sum, page) => sum + page.suggestions.length, 0)
      process.stdout.write(`nichepress ${args.join(' ')}${args.includes('--no-cache') ? '' : ' (after the build)'}: ${links.seconds.toFixed(1)} s wall, ${links.cpu.toFixed(1)} s CPU, peak RSS ${Math.round(links.maxRss)} MB, ${suggestions} suggestions for ${pages.length} pages\n`)
    }
  } finally {
    rmSync(site, { recursive: true, force: true })
  }
  process.exit(0)
}

const work = mkdtempSync(join(tmpdir(), 'np-links-documents-'))
const file = join(work, 'documents.jsonl')
execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--prepare', file, '--n', String(count), ...(parse ? ['--parse'] : [])], { stdio: 'inherit' })
const documents = []
for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) if (line !== '') documents.push(JSON.parse(line))
rmSync(work, { recursive: true, force: true })

const { createLinkIndex } = await import(links)
const memory = (label) => {
  if (!argv.includes('--memory')) return
  globalThis.gc?.()
  const { rss, heapUsed, arrayBuffers } = process.memoryUsage()
  process.stdout.write(`${label}: RSS ${Math.round(rss / 2 ** 20)} MB, heap ${Math.round(heapUsed / 2 ** 20)} MB, typed arrays ${Math.round(arrayBuffers / 2 ** 20)} MB\n`)
}
memory('documents read')
const cpu = process.cpuUsage()
const started = performance.now()
const index = createLinkIndex(documents)
const indexed = performance.now()
memory('index made')
const rssAfterIndex = process.memoryUsage().rss
let rssWhileSuggesting = 0
let suggestions = 0
// `--dump FILE`: every page's suggestions as JSON lines, to check that a change keeps them identical.
const dump = argv.includes('--dump') ? [] : undefined
for (const [position, document] of documents.entries()) {
  const list = index.suggest(document.id, { maxSuggestions: 5 })
  suggestions += list.length
  dump?.push(JSON.stringify([document.id, list.map(({ target, anchor, offset, score }) => [target, anchor, offset, score])]))
  if (position % 250 === 0) rssWhileSuggesting = Math.max(rssWhileSuggesting, process.memoryUsage().rss)
}
const seconds = (performance.now() - started) / 1000
const used = process.cpuUsage(cpu)
if (dump) writeFileSync(argv[argv.indexOf('--dump') + 1], `${dump.join('\n')}\n`)
memory('suggestions made')
if (argv.includes('--memory')) process.stdout.write(`RSS (no forced collection) right after the index: ${Math.round(rssAfterIndex / 2 ** 20)} MB; highest while suggesting: ${Math.round(rssWhileSuggesting / 2 ** 20)} MB\n`)
process.stdout.write(
  `${documents.length} posts${parse ? ' (ranges parsed by the index)' : ''}: index + suggestions for every page ${seconds.toFixed(2)} s wall (index ${((indexed - started) / 1000).toFixed(2)} s), ` +
    `${((used.user + used.system) / 1e6).toFixed(2)} s CPU, ${suggestions} suggestions, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
)
