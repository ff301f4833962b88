import { createMarkdownRenderer, loadConfig, loadContent, type Page } from '@nichepress/core'
import { remarkLinkableText } from '../src/lib/remark-linkable-text.js'

/** Loads and renders a fixture site with core's real loader and Markdown pipeline (plus our remark plugin). */
export async function loadFixturePages(root: string): Promise<Page[]> {
  const config = await loadConfig(root)
  const content = await loadContent(config)
  const render = createMarkdownRenderer({ remarkPlugins: [remarkLinkableText], rehypePlugins: [] })
  return content.pages.map((source) => ({ ...source, rendered: render(source) }))
}
