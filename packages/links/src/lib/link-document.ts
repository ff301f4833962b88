
/** One page as the suggestion engine sees it: plain data, independent of the build. */
export interface LinkDocument {
  /** Stable id, usually the Markdown file's path relative to the site root. */
  id: string
  /** Root-relative URL. */
  url: string
  title: string
  /** Language tag (`de`, `en-GB` …): stop words and Snowball stemming for da, de, en, es, fi, fr, it, nl, no (nb, nn), pt, ru, sv, tr; ja and zh cut into words by ICU's word breaker; other languages are folded, not stemmed. */
  lang: string
  /** `post` pages get related posts; default `post`. */
  kind?: 'post' | 'page' | undefined
  tags?: readonly string[] | undefined
  /** Publication date (`2024-03-12` or an ISO date-time); links mostly point to older posts. */
  date?: string | undefined
  keywords?: readonly string[] | undefined
  focusKeyword?: string | undefined
  /** Markdown body without front matter. */
  body: string
  /** 1-based line of the file on which the body starts; default 1. */
  bodyLine?: number | undefined
  /** URLs this page already links to (it never gets them suggested again). */
  linkTargets?: readonly string[] | undefined
  /** Body offsets of linkable text as flat `[start, end, …]` pairs; parsed from `body` when left out. */
  linkableRanges?: readonly number[] | undefined
  /** The ranges of `linkableRanges` that are text inside raw HTML; parsed with them when both are left out. */
  htmlRanges?: readonly number[] | undefined
}

/** Where a suggested key phrase came from. */
export type MatchKind = 'focus-keyword' | 'keyword' | 'title' | 'heading' | 'tag' | 'term'

/** One suggested link: which phrase in which page should link where. */
export interface LinkSuggestion {
  /** The id of the page that gets the link. */
  source: string
  /** URL of the page the link should point to. */
  target: string
  targetId: string
  targetTitle: string
  /** The phrase as it stands in the source, unlinked. */
  anchor: string
  /** 1-based line and column of the anchor in the Markdown file. */
  line: number
  column: number
  /** Offset of the anchor in the body. */
  offset: number
  score: number
  kind: MatchKind
  /** The target's key phrase the anchor matched. */
  phrase: string
  /** Human-readable why. */
  reason: string
  /** The anchor is the key phrase word for word (only case differs), not a stemmed or compound match. */
  isExact: boolean
  /** No other page has this key phrase as strongly (say, as its own keyword or title). */
  isUnambiguous: boolean
  /** The anchor is text inside raw HTML: applying it writes `<a href="…">`, not Markdown. */
  inHtml: boolean
}

/** A related post for the theme's "Mehr zum Thema" block. */
export interface RelatedPost {
  title: string
  url: string
}
