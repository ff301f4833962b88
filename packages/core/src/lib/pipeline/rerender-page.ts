import { contentHtmlPolicy } from '../config/content-html-policy.js'
import type { ResolvedConfig } from '../config/resolved-config.js'
import { readPage } from '../content/load-content.js'
import type { Page, RenderedContent } from '../content/page.js'
import type { RenderInput } from '../markdown/markdown-renderer.js'
import { renderLayout, templateContext, type NamedHooks } from '../render/render-document.js'
import type { Theme } from '../render/theme.js'
import { documentPageOf } from '../site/document-page.js'
import type { Site } from '../site/site.js'
import { contentOutputPages, outputPathOf, replaceSourceHrefs } from './content-output.js'
import { finishDocument } from './finish-document.js'
import { defaultContentLimits } from '../content/content-budget.js'
import { withTimeLimit } from '../markdown/time-limit.js'
import { createRendererForHooks, toRenderInput } from './render-pages.js'

/** Re-renders one edited page; see `GeneratedSite.rerenderPage`. */
export interface PageRerenderer {
  (sourcePath: string): Promise<{ path: string; html: string } | undefined>
  /**
   * Makes the Markdown renderer now (the dev server calls it when a build is done and the machine is
   * idle), so the first edit after each build does not pay for setting up unified and its plugins.
   */
  prepare(): void
}

/**
 * The dev server's fast path: after an edit to one existing page, render just that page's Markdown
 * and document against the last build's site model, so the browser shows the change at once. Lists,
 * feeds and sitemaps catch up in the full rebuild that follows.
 */
export function createPageRerenderer(context: { config: ResolvedConfig; site: Site; theme: Theme; hooks: readonly NamedHooks[] }): PageRerenderer {
  const { config, site, theme, hooks } = context
  let render: ((input: RenderInput) => RenderedContent) | undefined
  const prepare = () => {
    render ??= withTimeLimit(() => createRendererForHooks(hooks, contentHtmlPolicy(config, hooks)), (config.limits ?? defaultContentLimits).maxRenderMs)
    return render
  }
  const rerender = async (sourcePath: string) => {
    const { page: source, messages } = await readPage(config, sourcePath)
    if (!source || messages.length > 0) return undefined
    const contentPages = site.contentPages as Page[]
    const index = contentPages.findIndex((page) => page.relativePath === source.relativePath)
    const old = contentPages[index]
    if (!old || old.url !== source.url || old.kind !== source.kind || old.frontMatter.draft !== source.frontMatter.draft) return undefined
    // A page over the time budget is stopped here too; the full rebuild that follows reports it.
    const renderPage = prepare()
    let page: Page
    try {
      page = { ...source, rendered: renderPage(toRenderInput(source)) }
    } catch {
      return undefined
    }
    // Unsafe HTML is an error: the full rebuild that follows reports it, and nothing of it is shown.
    if (page.rendered.unsafeHtml.length > 0) return undefined
    const urlBySource = new Map(contentPages.map((other) => [other.relativePath, other.url]))
    for (const link of page.rendered.links) {
      if (link.sourceTarget === undefined) continue
      const url = urlBySource.get(link.sourceTarget)
      if (!url) return undefined
      link.target = url
    }
    page.rendered.html = replaceSourceHrefs(page.rendered.html, urlBySource)
    contentPages[index] = page
    const posts = site.posts as Page[]
    const postIndex = posts.indexOf(old)
    if (postIndex !== -1) posts[postIndex] = page
    const [output] = contentOutputPages([page])
    const pages = site.pages as Array<typeof output>
    const outputIndex = pages.findIndex((candidate) => candidate?.source === old)
    if (!output || outputIndex === -1) return undefined
    pages[outputIndex] = output
    try {
      const path = outputPathOf(output.url)
      return { path, html: finishDocument(hooks, path, renderLayout(templateContext(output, site, hooks), output, theme), documentPageOf(output)).html }
    } catch {
      return undefined
    }
  }
  return Object.assign(rerender, { prepare })
}
