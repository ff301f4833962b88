import type { Page } from '../content/page.js'
import { sourceHrefPrefix } from '../markdown/resolve-links.js'
import type { OutputPage } from '../site/site.js'

/** `/a/` → `a/index.html`, `/404.html` → `404.html`. */
export function outputPathOf(url: string): string {
  const path = decodeURI(url).replace(/^\/+/, '')
  if (path === '') return 'index.html'
  return path.endsWith('/') ? `${path}index.html` : /\.[a-z0-9]+$/i.test(path) ? path : `${path}/index.html`
}

/** The output documents of content pages. */
export function contentOutputPages(pages: readonly Page[]): OutputPage[] {
  return pages.map((page) => ({
    kind: page.kind,
    url: page.url,
    layout: page.frontMatter.layout ?? page.kind,
    title: page.frontMatter.title,
    description: page.frontMatter.description ?? page.rendered.excerpt,
    lang: page.lang,
    textLanguage: page.textLanguage,
    noindex: page.frontMatter.noindex || page.frontMatter.draft,
    inSitemap: !page.frontMatter.noindex && !page.frontMatter.draft,
    date: page.date,
    updated: page.updated,
    image: page.frontMatter.image,
    imageAlt: page.frontMatter.imageAlt,
    source: page,
    content: page.rendered.html,
  }))
}

/** Swaps the `np-src:` hrefs the renderer left for `.md` links with the pages' URLs. */
export function replaceSourceHrefs(html: string, urlBySource: ReadonlyMap<string, string>): string {
  if (!html.includes(sourceHrefPrefix)) return html
  return html.replace(/(href|src)="np-src:([^"#]*)(#[^"]*)?"/g, (_match, attribute: string, source: string, fragment?: string) => {
    const url = urlBySource.get(decodeHtmlAttribute(source))
    return `${attribute}="${url ?? '#'}${fragment ?? ''}"`
  })
}

function decodeHtmlAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&#x22;|&quot;/g, '"')
}
