import type { LinkDocument, LinkSuggestion, MatchKind } from './link-document.js'
import type { IndexData, TrieNode } from './link-index.js'
import type { KeyPhrase, PhraseOwner } from './key-phrases.js'
import { scoreSimilarity } from './find-related.js'
import { gapBreak, gapHyphen, type TokenList } from './tokenize.js'

interface PhraseMatch {
  first: number
  last: number
  usedHead: boolean
}

interface Evidence {
  phrase: KeyPhrase
  owner: PhraseOwner
  score: number
  matches: readonly PhraseMatch[]
}

// A phrase many pages share ("Open Data") only counts for pages that are also topically close.
const ownerCap = 40
const similarCandidates = 50
// Below this summed idf (a word on more than a third of all pages) a phrase is too common to be an anchor.
const minimumInformation = 1
// How much a target's topical similarity can lift it over a stronger key phrase of another target.
const similarityFloor = 0.3
const kindLabels = { 'focus-keyword': 'focus keyword', keyword: 'keyword', title: 'title', tag: 'tag', term: 'distinctive term' } as const satisfies Record<MatchKind, string>

/** Ranked suggestions for one page: best target first, each with its own, non-overlapping anchor. */
export function suggestForPage(data: IndexData, page: number, maxSuggestions: number): LinkSuggestion[] {
  if (maxSuggestions <= 0) return []
  const similarity = scoreSimilarity(data, page)
  const evidence = collectEvidence(data, page, similarity.top(similarCandidates, () => true))
  const ranked = [...evidence]
    .map(([target, items]) => ({ target, items, score: rankScore(items, similarity.similarity(target), data.inbound[target]!) }))
    .sort((a, b) => b.score - a.score || compare(data.documents[a.target]!.url, data.documents[b.target]!.url))
  const document = data.documents[page]!
  const tokens = data.tokens[page]!
  const used: Array<[number, number]> = []
  const suggestions: LinkSuggestion[] = []
  for (const candidate of ranked) {
    if (suggestions.length === maxSuggestions) break
    const chosen = chooseAnchor(candidate.items, tokens, used)
    if (!chosen) continue
    used.push([chosen.start, chosen.end])
    suggestions.push(toSuggestion(data, document, candidate.target, candidate.score, chosen))
  }
  return suggestions
}

function collectEvidence(data: IndexData, page: number, topSimilar: readonly number[]): Map<number, Evidence[]> {
  const byTarget = new Map<number, Evidence[]>()
  for (const [phraseId, matches] of findPhraseMatches(data.trie, data.tokens[page]!)) {
    const phrase = data.phrases[phraseId]!
    if (phrase.information < minimumInformation) continue
    const owners = phrase.owners.length <= ownerCap ? phrase.owners : ownersAmong(phrase, topSimilar)
    const specificity = 1 / (1 + Math.log(phrase.owners.length))
    for (const owner of owners) {
      if (owner.target === page || data.linked[page]!.has(owner.target)) continue
      let items = byTarget.get(owner.target)
      if (!items) byTarget.set(owner.target, (items = []))
      items.push({ phrase, owner, score: owner.weight * owner.weight * phrase.information * specificity, matches })
    }
  }
  for (const items of byTarget.values()) items.sort((a, b) => b.score - a.score || a.phrase.id - b.phrase.id)
  return byTarget
}

function ownersAmong(phrase: KeyPhrase, pages: readonly number[]): PhraseOwner[] {
  phrase.ownerByTarget ??= new Map(phrase.owners.map((owner) => [owner.target, owner]))
  const found: PhraseOwner[] = []
  for (const page of pages) {
    const owner = phrase.ownerByTarget.get(page)
    if (owner) found.push(owner)
  }
  return found
}

// The best phrase counts fully, further matching phrases a little: evidence adds up, but one strong
// anchor matters more than many weak ones. The phrase's own weight counts squared, so a page's own
// keyword beats another page's title fragment; topical similarity and few inbound links lift a target.
function rankScore(items: readonly Evidence[], similarity: number, inbound: number): number {
  const best = items[0]!.score
  const rest = items.slice(1).reduce((sum, item) => sum + item.score, 0)
  return (best + 0.2 * Math.min(rest, best)) * (similarityFloor + similarity) / (1 + 0.1 * Math.log2(1 + inbound))
}

/** Every occurrence of every key phrase in the page's linkable text, by phrase id. */
export function findPhraseMatches(trie: TrieNode, tokens: TokenList): Map<number, PhraseMatch[]> {
  const found = new Map<number, PhraseMatch[]>()
  const count = tokens.terms.length
  const walk = (node: TrieNode, index: number, first: number, usedHead: boolean): void => {
    if (index > first && tokens.gaps[index] === gapBreak) return
    const term = tokens.terms[index]!
    const head = tokens.heads[index]!
    for (const alternative of head === -1 ? [term] : [term, head]) {
      const child = node.next?.get(alternative)
      if (!child) continue
      const viaHead = usedHead || alternative !== term
      if (child.phrase >= 0) {
        let list = found.get(child.phrase)
        if (!list) found.set(child.phrase, (list = []))
        list.push({ first, last: index, usedHead: viaHead })
      }
      if (index + 1 < count && child.next) walk(child, index + 1, first, viaHead)
    }
  }
  for (let index = 0; index < count; index++) walk(trie, index, index, false)
  return found
}

interface Anchor {
  evidence: Evidence
  start: number
  end: number
  isExact: boolean
}

function chooseAnchor(items: readonly Evidence[], tokens: TokenList, used: ReadonlyArray<[number, number]>): Anchor | undefined {
  for (const evidence of items) {
    for (const match of evidence.matches) {
      let first = match.first
      let last = match.last
      while (first > 0 && tokens.gaps[first] === gapHyphen) first--
      while (last + 1 < tokens.terms.length && tokens.gaps[last + 1] === gapHyphen) last++
      const start = tokens.starts[first]!
      const end = tokens.ends[last]!
      if (used.some(([usedStart, usedEnd]) => start < usedEnd && usedStart < end)) continue
      const isExact = !match.usedHead && first === match.first && last === match.last && sameSurfaces(tokens, first, evidence.owner.surfaces)
      return { evidence, start, end, isExact }
    }
  }
  return undefined
}

function sameSurfaces(tokens: TokenList, first: number, surfaces: readonly number[]): boolean {
  return surfaces.every((surface, index) => tokens.surfaces[first + index] === surface)
}

function toSuggestion(data: IndexData, document: LinkDocument, target: number, score: number, anchor: Anchor): LinkSuggestion {
  const targetDocument = data.documents[target]!
  const { line, column } = positionOf(document, anchor.start)
  const inbound = data.inbound[target]!
  const { owner, phrase } = anchor.evidence
  return {
    source: document.id,
    target: targetDocument.url,
    targetId: targetDocument.id,
    targetTitle: targetDocument.title,
    anchor: document.body.slice(anchor.start, anchor.end),
    line,
    column,
    offset: anchor.start,
    score: Math.round(score * 1000) / 1000,
    kind: owner.kind,
    phrase: owner.text,
    reason: `matches the ${kindLabels[owner.kind]} "${owner.text}"; the target has ${inbound} inbound link${inbound === 1 ? '' : 's'}`,
    isExact: anchor.isExact,
    isUnambiguous: phrase.owners.every((other) => other === owner || other.weight < owner.weight),
    inHtml: inRanges(data.htmlRanges[data.byId.get(document.id)!] ?? [], anchor.start),
  }
}

const lineStarts = new WeakMap<LinkDocument, number[]>()

/** 1-based line and column in the Markdown file of a body offset. */
export function positionOf(document: LinkDocument, offset: number): { line: number; column: number } {
  let starts = lineStarts.get(document)
  if (!starts) {
    starts = [0]
    for (let index = document.body.indexOf('\n'); index !== -1; index = document.body.indexOf('\n', index + 1)) starts.push(index + 1)
    lineStarts.set(document, starts)
  }
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return { line: (document.bodyLine ?? 1) + low, column: offset - starts[low]! + 1 }
}

function inRanges(ranges: readonly number[], offset: number): boolean {
  for (let index = 0; index + 1 < ranges.length; index += 2) if (ranges[index]! <= offset && offset < ranges[index + 1]!) return true
  return false
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
