import type { AffiliateFacts } from '@nichepress/affiliate'
import { outputPathOf, type Page, type Site } from '@nichepress/core'
import type { VFileMessage } from 'vfile-message'
import type { FindingCollector } from './create-finding.js'
import { frontMatterLine } from './source-file.js'

/** What the site rules need: the generated site, its documents by output path, and core's messages. */
export interface SiteCheckInput {
  site: Site
  documents: ReadonlyMap<string, string>
  /** Messages the build produced (with `keepGoing`), for the rules core already checks. */
  buildMessages: readonly VFileMessage[]
  /** Source text by relative path, for front matter positions. */
  texts: ReadonlyMap<string, string>
}

/** Runs every rule that needs the whole site or what the build learned. */
export function checkSite(input: SiteCheckInput, collector: FindingCollector): void {
  const { site, documents, texts } = input
  const at = (page: Page, key: string) => ({ line: frontMatterLine(texts.get(page.relativePath) ?? '', key) ?? 1, column: 1 })
  for (const page of site.contentPages) {
    const document = documents.get(outputPathOf(page.url)) ?? ''
    const facts = page.rendered.facts['affiliate'] as AffiliateFacts | undefined
    const first = facts?.links[0]
    if (facts && first && !document.includes('data-np-affiliate="disclosure"')) {
      const networks = [...new Set(facts.links.map((link) => link.network))].join(', ')
      collector.report('affiliate-disclosure', page.relativePath, { line: first.line, column: first.column }, `This page has ${facts.links.length} affiliate link${facts.links.length === 1 ? '' : 's'} (${networks}) but shows no disclosure.`)
    }
    if (page.frontMatter['sponsored'] === true && !document.includes('data-np-affiliate="sponsored"')) {
      collector.report('sponsored-label', page.relativePath, at(page, 'sponsored'), 'This page is `sponsored: true` but shows no sponsored label.')
    }
    const { minWords } = collector.options<{ minWords: number }>('thin-content')
    if (page.kind === 'post' && page.rendered.wordCount < minWords) {
      collector.report('thin-content', page.relativePath, at(page, 'title'), `The post has ${page.rendered.wordCount} words.`, { actual: String(page.rendered.wordCount), expected: `at least ${minWords}` })
    }
  }
  reportDuplicates(site.contentPages, (page) => page.frontMatter.title.trim(), (page, first) =>
    collector.report('duplicate-title', page.relativePath, at(page, 'title'), `The title "${page.frontMatter.title.trim()}" is also the title of ${first.relativePath}.`),
  )
  reportDuplicates(site.contentPages, (page) => page.frontMatter.description?.trim() ?? '', (page, first) =>
    collector.report('duplicate-description', page.relativePath, at(page, 'description'), `The description is the same as that of ${first.relativePath}.`),
  )
  for (const message of input.buildMessages) {
    if (message.ruleId !== 'broken-internal-link') continue
    collector.report('broken-internal-link', String(message.file ?? ''), { line: message.line ?? undefined, column: message.column ?? undefined }, message.reason)
  }
  reportOrphans(site, collector, at)
}

function reportDuplicates(pages: readonly Page[], keyOf: (page: Page) => string, report: (page: Page, first: Page) => void): void {
  const firstByKey = new Map<string, Page>()
  for (const page of pages) {
    const key = keyOf(page).toLowerCase()
    if (key === '') continue
    const first = firstByKey.get(key)
    if (first) report(page, first)
    else firstByKey.set(key, page)
  }
}

function reportOrphans(site: Site, collector: FindingCollector, at: (page: Page, key: string) => { line: number; column: number }): void {
  const linked = new Set<string>(site.config.nav.map((entry) => normalizePath(entry.url)))
  for (const page of site.contentPages) {
    for (const link of page.rendered.links) if (normalizePath(link.target) !== page.url) linked.add(normalizePath(link.target))
  }
  for (const page of site.contentPages) {
    if (page.url === '/' || page.frontMatter.noindex || linked.has(page.url)) continue
    collector.report('orphan-page', page.relativePath, at(page, 'title'), `No other page and no menu entry links to ${page.url}.`)
  }
}

function normalizePath(url: string): string {
  let path = url.split('#')[0]?.split('?')[0] ?? ''
  try {
    path = decodeURI(path)
  } catch {
    // Keep the path as written when it is not valid percent-encoding.
  }
  path = path.replace(/index\.html$/, '')
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`
}
