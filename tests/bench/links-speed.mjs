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
// Run: pnpm --filter @nichepress/links build && node tests/bench/links-speed.mjs [--n 10000] [--parse] [--memory] [--dump FILE]
import { execFileSync } from 'node:child_process'
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

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
