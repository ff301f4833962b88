import type { FilterImplOptions, Liquid } from 'liquidjs'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { UndecidableLiquid } from './liquid-drops.js'

/** What Jekyll's URL filters need. */
export interface SiteUrls {
  siteUrl: string | undefined
  baseUrl: string
}

/**
 * Adds the filters Jekyll has and liquidjs lacks (`relative_url`, `absolute_url`, `markdownify`)
 * and makes the two that depend on when or by chance the site was built (`date` of "now",
 * `sample`) undecidable. Every other filter Jekyll has, liquidjs has with Jekyll's meaning
 * (`where` with `jekyllWhere`); a filter of a plugin is unknown (`strictFilters`).
 */
export function registerJekyllFilters(engine: Liquid, urls: SiteUrls): void {
  const date = handlerOf(engine.filters.date)
  engine.registerFilter('relative_url', (value: unknown) => relativeUrl(String(value ?? ''), urls.baseUrl))
  engine.registerFilter('absolute_url', (value: unknown) => {
    const text = String(value ?? '')
    if (isAbsoluteUrl(text)) return text
    if (urls.siteUrl === undefined) throw new UndecidableLiquid('absolute_url without the site URL (`url` in _config.yml)')
    return `${urls.siteUrl}${relativeUrl(text, urls.baseUrl)}`
  })
  engine.registerFilter('markdownify', (value: unknown) => markdownToHtml(String(value ?? '')))
  engine.registerFilter('date', function (this: unknown, value: unknown, ...parameters: unknown[]) {
    // The build's own time: the page showed the day it was built.
    if (value === 'now' || value === 'today') throw new UndecidableLiquid(`"${value}" | date`)
    // A date without a time is a day, not midnight UTC shown in the site's time zone (Ruby's Date).
    const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : value
    return date?.call(this, day, ...parameters)
  })
  // Ruby's `size` counts a mapping's keys too (liquidjs says 0).
  engine.registerFilter('size', (value: unknown) => {
    if (typeof value === 'string' || Array.isArray(value)) return value.length
    return typeof value === 'object' && value !== null ? Object.keys(value).length : 0
  })
  engine.registerFilter('sample', () => {
    throw new UndecidableLiquid('sample (a random pick at build time)')
  })
}

function handlerOf(filter: FilterImplOptions | undefined): ((this: unknown, ...values: unknown[]) => unknown) | undefined {
  if (filter === undefined) return undefined
  return (typeof filter === 'function' ? filter : filter.handler) as (this: unknown, ...values: unknown[]) => unknown
}

// Kramdown passes HTML in Markdown through, so the data's own HTML stays.
const markdownProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true })

function markdownToHtml(markdown: string): string {
  return `${String(markdownProcessor.processSync(markdown)).trim()}\n`
}

/** Jekyll's `relative_url`: the base URL and the path, each with one leading slash; absolute URLs unchanged. */
export function relativeUrl(path: string, baseUrl: string): string {
  if (isAbsoluteUrl(path)) return path
  const base = baseUrl.replace(/^\/*/, '/').replace(/\/+$/, '')
  return `${base === '/' ? '' : base}${path.replace(/^\/*/, '/')}`
}

function isAbsoluteUrl(value: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(value)
}
