// Link-suggestion quality on a real blog: by default okfn.de's German blog (../shared/corpora,
// CC BY 3.0 DE, see the corpus README); `--corpus tests/links/corpora/rust-blog` is the held-out
// English blog (MIT/Apache-2.0), never used to fit the weights. Every link from one post to another
// is removed (its anchor text stays as plain text); we then ask for suggestions and measure how many
// removed links come back: recall@5 and recall@10 of targets per post, and how often the suggested
// anchor is the original anchor text. Two baselines: shared tags, newest first (Hugo's related
// content), and plain BM25 of each target's title and lead (first 50 words) over the source text.
//
// Run: pnpm --filter @nichepress/links build && node tests/bench/links-quality.mjs [--corpus DIR] [--json] [--weights JSON] [--anchors] [--dump FILE]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, posix, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const linksDist = join(root, process.env.LINKS_DIST ?? 'packages/links/dist/index.js')
const { createLinkIndex } = await import(linksDist)
// The anchor rules' own function words (every supported language), to tell which original anchors the rules could produce at all.
const { foldWord, isFunctionWord } = await import(new URL('lib/normalize-word.js', `file://${linksDist}`).href)
const { parse: parseYaml } = createRequire(join(root, 'packages/core/package.json'))('yaml')
const { parse: parseToml } = createRequire(join(root, 'packages/import/package.json'))('smol-toml')

const argv = process.argv.slice(2)
// ../shared beside the repository (a git worktree finds it one level further up).
const sharedOkfn = [resolve(root, '../shared/corpora/okfn-de-blog'), resolve(root, '../../shared/corpora/okfn-de-blog')].find((path) => existsSync(path))
const corpus = argv.includes('--corpus') ? resolve(argv[argv.indexOf('--corpus') + 1]) : sharedOkfn
const asJson = argv.includes('--json')
const weights = argv.includes('--weights') ? JSON.parse(argv[argv.indexOf('--weights') + 1]) : undefined
// `--anchors`: print every recovered link's original and suggested anchor (to study the misses): = equal,
// ~ one within the other, x neither; A the original names the target and the rules allow it, N names it only.
const showAnchors = argv.includes('--anchors')
// The okfn corpus's README gives its permalink (/blog/:year/:month/:title/) and host; other corpora say theirs in corpus.json.
const profile = existsSync(join(corpus, 'corpus.json')) ? JSON.parse(readFileSync(join(corpus, 'corpus.json'), 'utf8')) : { hosts: ['okfn.de', 'www.okfn.de'] }

// A file whose front matter only redirects (`redirect: /blog/image`, the Go blog's old URLs) is
// not a post: links to its URL count as links to the redirect's target. Hugo's `aliases` and
// Jekyll's `redirect_from` (old URLs of a post) likewise resolve to the post.
const files = loadPosts(join(corpus, 'posts'))
const posts = files.filter((post) => post.redirect === undefined)
const byUrl = new Map(posts.map((post) => [post.url, post]))
const redirects = new Map()
// A relative alias is relative to the post's own folder, as Hugo reads it (`aliases: [old-name]` on /blog/2023/new/).
// Jekyll's `redirect_from` is always from the site's root.
for (const post of posts) for (const alias of post.aliases) redirects.set(normalizePath(alias.startsWith('/') ? alias : posix.join(posix.dirname(post.url.replace(/\/$/, '')), alias)) ?? alias, post.url)
for (const post of posts) for (const from of post.redirectFrom) redirects.set(normalizePath(from) ?? from, post.url)
for (const file of files) if (file.redirect !== undefined) redirects.set(file.url, file.redirect)
const removed = new Map() // post id → [{ target, anchor }]
for (const post of posts) {
  const { body, links } = stripPostLinks(post)
  post.body = body
  post.linkTargets = links.filter((link) => !link.isPost).map((link) => link.url)
  const postLinks = links.filter((link) => link.isPost && link.url !== post.url)
  if (postLinks.length > 0) removed.set(post.id, dedupeByTarget(postLinks))
}

const started = performance.now()
const index = createLinkIndex(posts.map(toDocument), { weights })
const ours = new Map()
for (const id of removed.keys()) ours.set(id, index.suggest(id, { maxSuggestions: 10 }))
const seconds = (performance.now() - started) / 1000
// `--dump FILE`: the suggestions as JSON lines, to check that a change keeps them identical.
if (argv.includes('--dump')) writeFileSync(argv[argv.indexOf('--dump') + 1], `${[...ours].map(([id, list]) => JSON.stringify([id, list.map(({ target, anchor, offset, score }) => [target, anchor, offset, score])])).join('\n')}\n`)

const baseline = new Map([...removed.keys()].map((id) => [id, tagBaseline(posts.find((post) => post.id === id))]))
const bm25 = bm25Baseline()

const result = {
  corpus,
  posts: posts.length,
  sourcesWithLinks: removed.size,
  removedLinks: [...removed.values()].reduce((sum, list) => sum + list.length, 0),
  ours: measure(ours, (suggestion) => suggestion.target, (suggestion) => suggestion.anchor),
  baseline: measure(baseline, (post) => post.url),
  bm25: measure(bm25, (post) => post.url),
  secondsForIndexAndSuggestions: Number(seconds.toFixed(2)),
}
if (asJson) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
else printTable(result)

function measure(ranked, targetOf, anchorOf) {
  let recall5 = 0
  let recall10 = 0
  let edges = 0
  let hits5 = 0
  let hits10 = 0
  let anchorExact = 0
  // Original anchors the anchor rules allow at all, naming the target or not ("blogpost" is allowed
  // and names nothing): an upper bound on anchor = original that no choice among allowed anchors can pass.
  let allowed = 0
  let allowedOfRemoved = 0
  let anchorOverlap = 0
  let naming = 0
  let namingExact = 0
  let reachable = 0
  let reachableExact = 0
  for (const [id, expected] of removed) {
    const list = ranked.get(id) ?? []
    const targets = list.map(targetOf)
    let postHits5 = 0
    let postHits10 = 0
    for (const link of expected) {
      const rank = targets.indexOf(link.target)
      edges++
      if (anchorOf && isAllowedAnchor(normalize(link.anchor))) allowedOfRemoved++
      if (rank === -1) continue
      if (rank < 5) (postHits5++, hits5++)
      if (rank < 10) (postHits10++, hits10++)
      if (anchorOf && rank < 10) {
        const suggested = normalize(anchorOf(list[rank]))
        const original = normalize(link.anchor)
        if (suggested === original) anchorExact++
        if (namesTarget(link.anchor, link.target)) (naming++, suggested === original && namingExact++)
        if (isAllowedAnchor(original)) allowed++
        if (namesTarget(link.anchor, link.target) && isAllowedAnchor(original)) (reachable++, suggested === original && reachableExact++)
        if (showAnchors) process.stderr.write(`${suggested === original ? '=' : original.includes(suggested) || suggested.includes(original) ? '~' : 'x'}${namesTarget(link.anchor, link.target) ? (isAllowedAnchor(original) ? 'A' : 'N') : ' '} ${JSON.stringify(original)} → ${JSON.stringify(suggested)}  (${link.target} ← ${id})\n`)
        if (original.includes(suggested) || suggested.includes(original)) anchorOverlap++
      }
    }
    recall5 += postHits5 / expected.length
    recall10 += postHits10 / expected.length
  }
  const posts = removed.size
  return {
    recallAt5PerPost: round(recall5 / posts),
    recallAt10PerPost: round(recall10 / posts),
    recallAt5PerLink: round(hits5 / edges),
    recallAt10PerLink: round(hits10 / edges),
    anchorExactShareOfRemoved: anchorOf ? round(anchorExact / edges) : null,
    anchorWithinOriginalShareOfRemoved: anchorOf ? round(anchorOverlap / edges) : null,
    anchorExactShareOfRecovered: anchorOf ? round(anchorExact / Math.max(1, hits10)) : null,
    originalNamesTargetShareOfRecovered: anchorOf ? round(naming / Math.max(1, hits10)) : null,
    anchorExactShareOfNaming: anchorOf ? round(namingExact / Math.max(1, naming)) : null,
    originalIsAllowedNameShareOfRecovered: anchorOf ? round(reachable / Math.max(1, hits10)) : null,
    anchorExactShareOfAllowedName: anchorOf ? round(reachableExact / Math.max(1, reachable)) : null,
    originalIsAllowedShareOfRecovered: anchorOf ? round(allowed / Math.max(1, hits10)) : null,
    originalIsAllowedShareOfRemoved: anchorOf ? round(allowedOfRemoved / edges) : null,
  }
}

function tagBaseline(source) {
  const tags = new Set(source.tags.map((tag) => tag.toLowerCase()))
  return posts
    .filter((post) => post !== source)
    .map((post) => ({ post, shared: post.tags.filter((tag) => tags.has(tag.toLowerCase())).length }))
    .filter((entry) => entry.shared > 0)
    .sort((a, b) => b.shared - a.shared || (b.post.date < a.post.date ? -1 : b.post.date > a.post.date ? 1 : 0) || (a.post.url < b.post.url ? -1 : 1))
    .slice(0, 10)
    .map((entry) => entry.post)
}

function loadPosts(dir) {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((file) => /\.(md|markdown)$/.test(file)).sort()
  return files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '')
    const yaml = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text)
    const toml = yaml ? null : /^\+\+\+\r?\n([\s\S]*?)\r?\n\+\+\+\r?\n?/.exec(text)
    const match = yaml ?? toml
    let data = {}
    try {
      data = (yaml ? parseYaml(yaml[1]) : toml ? parseToml(toml[1]) : {}) || {}
    } catch {
      data = {}
    }
    const name = posix.basename(file).replace(/\.(md|markdown)$/, '')
    const body = match ? text.slice(match[0].length) : text
    const tags = [data.tags, data.taxonomies?.tags].flat().filter((tag) => tag !== undefined && tag !== null).map(String)
    // Hugo's `aliases`, Jekyll's (and Gatsby's) `redirect_from`: old URLs of the post.
    const aliases = [data.aliases].flat().filter((alias) => typeof alias === 'string')
    const redirectFrom = [data.redirect_from].flat().filter((from) => typeof from === 'string')
    // A post's own `lang` (ruby-lang.org's news: `lang: ru`), as nichepress reads it; else guessed from the text.
    const lang = typeof data.lang === 'string' && data.lang.trim() !== '' ? data.lang.trim() : undefined
    const common = { id: `posts/${file.split('\\').join('/')}`, lang, body, bodyLine: match ? match[0].split('\n').length : 1, tags, aliases, redirectFrom, redirect: typeof data.redirect === 'string' ? normalizePath(data.redirect) : undefined }
    if (typeof data.path === 'string') {
      // Zola: `path = "YYYY/MM/DD/slug"` is the URL (served as …/slug.html) and holds the date.
      const [, year, month, day] = /^(\d{4})\/(\d{2})\/(\d{2})\//.exec(data.path) ?? []
      return { ...common, url: `/${data.path.replace(/^\/|\/$/g, '')}/`, title: String(data.title ?? name), date: year ? `${year}-${month}-${day}` : String(data.date ?? '') }
    }
    if (typeof profile.permalink === 'string') {
      // corpus.json `permalink`: the URL from the file name (`/blog/:name/`) or from its path under posts/
      // (`/blog/:path/`; a Hugo page bundle `2023/slug/index.md` is `2023/slug`), the date from the front matter.
      // Jekyll's date placeholders (`/de/news/:year/:month/:day/:slug/`) come from a `YYYY-MM-DD-slug` file name.
      const path = file.split('\\').join('/').replace(/\.(md|markdown)$/, '').replace(/(^|\/)index$/, '')
      const [, year = '', month = '', day = '', slug = name] = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.*)$/.exec(name) ?? []
      const url = profile.permalink.replace(':name', name).replace(':path', path).replace(':year', year).replace(':month', month.padStart(2, '0')).replace(':day', day.padStart(2, '0')).replace(':slug', slug)
      return { ...common, url, title: String(data.title ?? name), date: String(data.date ?? (year ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : '')) }
    }
    // Jekyll-style names; the React blog has one with a one-digit day (2013-10-3-community-roundup-9.md).
    const [, year, month, day, slug] = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.*)$/.exec(name) ?? []
    const date = year ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : name.slice(0, 10)
    return { ...common, url: `/blog/${year}/${month?.padStart(2, '0')}/${slug}/`, title: String(data.title ?? slug), date: String(data.date ?? date) }
  })
}

// Markdown inline and reference links and HTML anchors; a link to a post loses its markup and keeps its text.
function stripPostLinks(post) {
  const links = []
  const definitions = new Map()
  for (const definition of post.body.matchAll(/^ {0,3}\[([^\]\n]+)\]:[ \t]*<?([^\s>]+)>?.*$/gm)) {
    const key = definition[1].trim().toLowerCase()
    if (!definitions.has(key)) definitions.set(key, definition[2])
  }
  // Link text may wrap over a line break (one line per clause, as the Go blog writes), never over a blank line.
  const pattern = /\[((?:[^\]\n]|\n(?![ \t]*\n))*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|<a\s[^>]*href=["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>|\[((?:[^\]\n]|\n(?![ \t]*\n))+)\](?:\[([^\]\n]*)\])?(?![(:[])/gi
  let body = post.body.replace(pattern, (whole, text, markdownUrl, htmlUrl, htmlText, referenceText, label, offset) => {
    if (offset > 0 && post.body[offset - 1] === '!') return whole
    let href = markdownUrl ?? htmlUrl
    let anchor = markdownUrl !== undefined ? text : htmlText
    if (referenceText !== undefined) {
      href = definitions.get((label === undefined || label === '' ? referenceText : label).trim().toLowerCase())
      anchor = referenceText
      if (href === undefined) return whole
    }
    const url = resolvePostUrl(href, post.url)
    const isPost = url !== undefined && byUrl.has(url)
    links.push({ url: url ?? href, isPost, anchor })
    return isPost && url !== post.url ? anchor : whole
  })
  // Definitions of removed links go too (they are not text, but they name the target).
  body = body.replace(/^ {0,3}\[([^\]\n]+)\]:[ \t]*<?([^\s>]+)>?.*$/gm, (whole, label, href) => {
    const url = resolvePostUrl(href, post.url)
    return url !== undefined && byUrl.has(url) && url !== post.url ? '' : whole
  })
  return { body, links }
}

function resolvePostUrl(href, from) {
  const hosts = profile.hosts.map((host) => host.replace(/[.]/g, '\\.')).join('|')
  let path = href.trim().replace(new RegExp(`^(?:https?:)?//(?:${hosts})(?=/|$)`, 'i'), '')
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#|^www\./i.test(path)) return undefined
  path = path.replace(/[?#].*$/, '')
  if (path === '') return undefined
  if (!path.startsWith('/')) path = posix.join(from, path)
  const url = normalizePath(path)
  return url === undefined ? undefined : (redirects.get(url) ?? url)
}

function normalizePath(href) {
  let path
  try {
    path = posix.normalize(decodeURI(href.startsWith('/') ? href : `/${href}`))
  } catch {
    return undefined
  }
  path = path.replace(/^\/blog\/(\d{4})\/(\d{2})\/\d{1,2}\//, '/blog/$1/$2/').replace(/(?:\/index)?\.html?$/, '')
  return path.endsWith('/') ? path : `${path}/`
}

function dedupeByTarget(links) {
  const seen = new Map()
  for (const link of links) if (!seen.has(link.url)) seen.set(link.url, { target: link.url, anchor: link.anchor })
  return [...seen.values()]
}

function toDocument(post) {
  return { id: post.id, url: post.url, title: post.title, lang: post.lang ?? detectLanguage(post.body), tags: post.tags, date: post.date, body: post.body, bodyLine: post.bodyLine, linkTargets: post.linkTargets }
}

// Plain BM25 (k1 1.2, b 0.75, no stemming, no stop words): each target's title and lead (first 50
// words) as the query, the source's text as the document.
function bm25Baseline() {
  const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const bodies = new Map(posts.map((post) => [post.id, words(post.body)]))
  const frequency = new Map()
  for (const list of bodies.values()) for (const word of new Set(list)) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  const idf = (word) => Math.log(1 + (posts.length - (frequency.get(word) ?? 0) + 0.5) / ((frequency.get(word) ?? 0) + 0.5))
  const average = [...bodies.values()].reduce((sum, list) => sum + list.length, 0) / posts.length
  const queries = new Map(posts.map((post) => [post.id, [...new Set([...words(post.title), ...(bodies.get(post.id) ?? []).slice(0, 50)])]]))
  const ranked = new Map()
  for (const id of removed.keys()) {
    const source = bodies.get(id)
    const counts = new Map()
    for (const word of source) counts.set(word, (counts.get(word) ?? 0) + 1)
    const norm = 1.2 * (1 - 0.75 + (0.75 * source.length) / average)
    const scored = posts
      .filter((post) => post.id !== id)
      .map((post) => ({ post, score: queries.get(post.id).reduce((sum, word) => { const tf = counts.get(word) ?? 0; return tf === 0 ? sum : sum + (idf(word) * tf * 2.2) / (tf + norm) }, 0) }))
      .sort((a, b) => b.score - a.score || (a.post.url < b.post.url ? -1 : 1))
    ranked.set(id, scored.slice(0, 10).map((entry) => entry.post))
  }
  return ranked
}

function detectLanguage(text) {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  let german = 0
  let english = 0
  for (const word of words) {
    if (/^(?:und|der|die|das|ist|nicht|mit|auf|für|ein|eine|wir|zu)$/.test(word)) german++
    if (/^(?:and|the|is|not|with|on|for|a|we|to|of|that)$/.test(word)) english++
  }
  return english > german ? 'en' : 'de'
}

// Anchors compare by their words: Markdown emphasis, HTML tags (`<em>`), spacing and line breaks,
// case and quotes or brackets around the whole anchor (`"Stability as a deliverable"` = `Stability
// as a deliverable`) do not count.
function normalize(text) {
  return text.replace(/<\/?[a-z][^>]*>/gi, '').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase().replace(/^["“”„'‘’«»(\[]+|["“”„'‘’«»)\].,:;!?]+$/g, '')
}

// Whether an anchor names the target at all: one of its words (4+ letters, or a number) shares its
// first five letters with a word of the target's title or tags. Links like "hier", "this blog post"
// or "previously announced" do not, and no anchor choice can reproduce them.
function namesTarget(anchor, target) {
  const post = byUrl.get(target)
  if (!post) return false
  const words = (text) => (text.toLowerCase().match(/[\p{L}\p{N}]+(?:\.\p{N}+)*/gu) ?? []).filter((word) => word.length >= 4 || /^\d/.test(word)).map((word) => word.slice(0, 5))
  const names = new Set(words([post.title, ...post.tags].join(' ')))
  return words(anchor).some((word) => names.has(word))
}

// Whether the anchor rules could have produced an original anchor at all: at most six words, no
// function word (of any supported language) at either end, no sentence punctuation inside. "the
// advisory", "hier" or a whole clause cannot be; "data quality report" can.
function isAllowedAnchor(text) {
  const words = text.match(/[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu) ?? []
  if (words.length === 0 || words.length > 6 || /[.!?;:,](?:\s|$)/.test(text)) return false
  const isFunction = (word) => isFunctionWord(foldWord(word, 'en')) || isFunctionWord(foldWord(word, 'de'))
  return !isFunction(words[0]) && !isFunction(words[words.length - 1])
}

function round(value) {
  return Number(value.toFixed(3))
}

function printTable(result) {
  const rows = [
    ['recall@5 (mean per post)', 'recallAt5PerPost'],
    ['recall@10 (mean per post)', 'recallAt10PerPost'],
    ['recall@5 (per link)', 'recallAt5PerLink'],
    ['recall@10 (per link)', 'recallAt10PerLink'],
    ['anchor = original anchor (share of removed links)', 'anchorExactShareOfRemoved'],
    ['anchor within original anchor (share of removed links)', 'anchorWithinOriginalShareOfRemoved'],
    ['anchor = original anchor (share of recovered links)', 'anchorExactShareOfRecovered'],
    ['original anchor names the target (share of recovered links)', 'originalNamesTargetShareOfRecovered'],
    ['anchor = original anchor (share of recovered links whose original names the target)', 'anchorExactShareOfNaming'],
    ['original anchor names the target and the anchor rules allow it (share of recovered links): the ceiling', 'originalIsAllowedNameShareOfRecovered'],
    ['anchor = original anchor (share of recovered links whose original is such an allowed name)', 'anchorExactShareOfAllowedName'],
    ['original anchor is allowed by the anchor rules, naming the target or not (share of recovered links): no allowed choice passes it', 'originalIsAllowedShareOfRecovered'],
    ['original anchor is allowed by the anchor rules (share of all removed links, as if recall were 1)', 'originalIsAllowedShareOfRemoved'],
  ]
  process.stdout.write(`${result.posts} posts, ${result.sourcesWithLinks} posts with links to other posts, ${result.removedLinks} links removed\n\n`)
  process.stdout.write(`| measure | nichepress links | plain BM25 baseline | shared-tags baseline |\n| --- | ---: | ---: | ---: |\n`)
  for (const [label, key] of rows) process.stdout.write(`| ${label} | ${result.ours[key] ?? '—'} | ${result.bm25[key] ?? '—'} | ${result.baseline[key] ?? '—'} |\n`)
  process.stdout.write(`\nindex + suggestions for the ${result.sourcesWithLinks} posts: ${result.secondsForIndexAndSuggestions} s\n`)
}
