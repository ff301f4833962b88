import type { Page, Site } from '@nichepress/core'
import type { LinkDocument, LinkSuggestion } from './link-document.js'
import { createLinkIndex, createRelatedIndex, type LinkIndex } from './link-index.js'
import type { LinksFacts } from './remark-linkable-text.js'

/**
 * Turns rendered content pages (`site.contentPages`) into documents for `createLinkIndex`, reusing
 * where rendering found linkable text and core's resolved link targets.
 */
export function documentsFromPages(pages: readonly Page[]): LinkDocument[] {
  return pages.map(toDocument)
}

function toDocument(page: Page): LinkDocument {
  const frontMatter: Record<string, unknown> = page.frontMatter
  const facts = page.rendered.facts.links as LinksFacts | undefined
  // Core parsed the body behind `bodyLine − 1` newlines so positions keep the file's line numbers.
  const shift = page.bodyLine - 1
  return {
    id: page.relativePath,
    url: page.url,
    title: page.frontMatter.title,
    lang: page.lang,
    kind: page.kind,
    tags: page.frontMatter.tags,
    date: page.frontMatter.date,
    keywords: stringList(frontMatter.keywords),
    focusKeyword: typeof frontMatter.focusKeyword === 'string' ? frontMatter.focusKeyword : undefined,
    body: page.body,
    bodyLine: page.bodyLine,
    linkTargets: page.rendered.links.map((link) => link.target),
    linkableRanges: facts?.ranges.map((offset) => offset - shift),
    htmlRanges: facts?.html?.map((offset) => offset - shift),
  }
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

const indexes = new WeakMap<Site, LinkIndex>()
const relatedIndexes = new WeakMap<Site, Pick<LinkIndex, 'related'>>()

/** The link index of a site, built once per site model (a dev rebuild makes a new site, so a new index). */
export function linkIndexOf(site: Site): LinkIndex {
  let index = indexes.get(site)
  if (!index) indexes.set(site, (index = createLinkIndex(documentsFromPages(site.contentPages))))
  return index
}

/** Related posts of a site's pages: the full index when one was built, else a lean one for this site model. */
export function relatedIndexOf(site: Site): Pick<LinkIndex, 'related'> {
  const full = indexes.get(site)
  if (full) return full
  let index = relatedIndexes.get(site)
  if (!index) relatedIndexes.set(site, (index = createRelatedIndex(documentsFromPages(site.contentPages))))
  return index
}

/**
 * Link suggestions for the page whose Markdown file is `relativePath` (relative to the site root),
 * or `undefined` when the site has no such page. For the dev server's suggestions endpoint.
 */
export function suggestionsFor(site: Site, relativePath: string, maxSuggestions = 5): LinkSuggestion[] | undefined {
  const index = linkIndexOf(site)
  if (!index.documents.some((document) => document.id === relativePath)) return undefined
  return index.suggest(relativePath, { maxSuggestions })
}
