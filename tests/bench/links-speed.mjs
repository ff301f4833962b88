// Speed and memory of link suggestions at scale: N generated niche-blog posts (../shared/bench's
// deterministic gen-corpus.mjs, default 10,000), linkable ranges taken up front (a build records
// them while rendering), then the index and the suggestions for every page, timed; peak RSS of the
// whole process. Run: pnpm --filter @nichepress/links build && node tests/bench/links-speed.mjs [--n 10000]
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const { createLinkIndex, extractLinkableRanges } = await import(join(root, process.env.LINKS_DIST ?? 'packages/links/dist/index.js'))
const { parse: parseYaml } = createRequire(join(root, 'packages/core/package.json'))('yaml')
const argv = process.argv.slice(2)
const count = argv.includes('--n') ? Number(argv[argv.indexOf('--n') + 1]) : 10_000
const generator = [resolve(root, '../shared/bench/gen-corpus.mjs'), resolve(root, '../../shared/bench/gen-corpus.mjs')].find((path) => existsSync(path))
const dir = mkdtempSync(join(tmpdir(), 'np-links-speed-'))
execFileSync(process.execPath, [generator, '--out', dir, '--n', String(count)], { stdio: 'ignore' })
const documents = readdirSync(dir).filter((file) => file.endsWith('.md')).sort().map((file) => {
  const text = readFileSync(join(dir, file), 'utf8')
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text)
  const data = parseYaml(match[1])
  const body = text.slice(match[0].length)
  const slug = file.replace(/\.md$/, '')
  const links = [...body.matchAll(/\]\((\/posts\/[^)]+\/)\)/g)].map((link) => link[1])
  return { id: `content/posts/${file}`, url: `/posts/${slug}/`, title: String(data.title), lang: 'de', tags: data.tags ?? [], date: String(data.date), body, linkTargets: links, linkableRanges: extractLinkableRanges(body) }
})
rmSync(dir, { recursive: true, force: true })
globalThis.gc?.()
const cpu = process.cpuUsage()
const started = performance.now()
const index = createLinkIndex(documents)
let suggestions = 0
for (const document of documents) suggestions += index.suggest(document.id, { maxSuggestions: 5 }).length
const seconds = (performance.now() - started) / 1000
const used = process.cpuUsage(cpu)
process.stdout.write(`${documents.length} posts: index + suggestions for every page ${seconds.toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU, ${suggestions} suggestions, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`)
