import type { HeadElement, PluginHooks, TemplateContribution } from '../plugin.js'
import { partLanguage, primaryLanguage } from '../content/language.js'
import type { OutputPage, Site } from '../site/site.js'
import { tagLinksOf } from '../site/generate-core-pages.js'
import { serializeHeadElement } from './serialize-head.js'
import type { Theme } from './theme.js'
import { formatDate } from './format-date.js'
import { uiStrings } from './ui-strings.js'

/** Hooks of one plugin, tagged with its name for error messages. */
export type NamedHooks = PluginHooks & { name: string }

const wordsPerMinute = 200

/**
 * Renders one output page with its layout inside `base`, from its template context (the build
 * keys documents by it). Plugins' `document` hooks finish the result (see finish-document.ts).
 */
export function renderLayout(context: Record<string, unknown>, page: OutputPage, theme: Theme): string {
  const body = theme.render(page.layout, context)
  return theme.render('base', { ...context, body })
}

/** The template context documented in templates/default/README.md. */
export function templateContext(page: OutputPage, site: Site, hooks: readonly NamedHooks[]): Record<string, unknown> {
  const { config } = site
  const t = uiStrings[page.textLanguage]
  const head: HeadElement[] = []
  const merged = { bodyStart: [] as string[], bodyEnd: [] as string[], beforeContent: [] as string[], afterContent: [] as string[], footer: [] as string[] }
  const footerLinks: Array<{ label: string; url: string; lang?: string | undefined }> = []
  let data: Record<string, unknown> = {}
  for (const hook of hooks) {
    if (hook.head) head.push(...hook.head(page, site))
    if (!hook.templateData) continue
    const contribution: TemplateContribution = hook.templateData(page, site)
    if (contribution.bodyStart) merged.bodyStart.push(contribution.bodyStart)
    if (contribution.bodyEnd) merged.bodyEnd.push(contribution.bodyEnd)
    if (contribution.slots?.beforeContent) merged.beforeContent.push(contribution.slots.beforeContent)
    if (contribution.slots?.afterContent) merged.afterContent.push(contribution.slots.afterContent)
    if (contribution.slots?.footer) merged.footer.push(contribution.slots.footer)
    if (contribution.footerLinks) footerLinks.push(...contribution.footerLinks)
    if (contribution.data) data = { ...data, ...contribution.data }
  }
  const source = page.source
  const author = source?.frontMatter.author ? config.authors.find((entry) => entry.id === source.frontMatter.author) : config.authors[0]
  // WCAG 3.1.2 (language of parts): nichepress's texts on a page in another language (an English post
  // of a German site shows German menu labels and legal links) carry their own `lang`. Undefined
  // where a part is in the language around it.
  const textLang = partLanguage(page.textLanguage, page.lang)
  const navLang = partLanguage(config.language, textLang ?? page.lang)
  // The footer's links share a `lang` on their list when they are in one language; a link in another
  // (a Swiss site's "Mentions légales" beside the English privacy policy) carries its own.
  const linkLanguages = footerLinks.map((link) => link.lang ?? config.textLanguage)
  const isOneLanguage = new Set(linkLanguages.map(primaryLanguage)).size <= 1
  const footerLinksLang = isOneLanguage ? partLanguage(linkLanguages[0] ?? config.textLanguage, page.lang) : undefined
  const footerLinksWithLang = footerLinks.map((link, index) => ({ label: link.label, url: link.url, lang: isOneLanguage ? undefined : partLanguage(linkLanguages[index] ?? config.textLanguage, page.lang) }))
  return {
    ...data,
    ...page.data,
    site: {
      title: config.title,
      url: config.url,
      language: config.language,
      textLanguage: config.textLanguage,
      description: config.description,
      publisher: config.publisher,
      nav: config.nav.map((link) => ({ ...link, isCurrent: link.url === page.url })),
      navLang,
    },
    page: {
      layout: page.layout,
      kind: page.kind,
      title: page.title,
      url: page.url,
      absoluteUrl: site.absoluteUrl(page.url),
      description: page.description,
      lang: page.lang,
      textLanguage: page.textLanguage,
      textLang,
      date: page.date?.slice(0, 10),
      dateDisplay: page.date ? formatDate(page.date, page.textLanguage, page.lang) : undefined,
      updated: page.updated?.slice(0, 10),
      updatedDisplay: page.updated ? formatDate(page.updated, page.textLanguage, page.lang) : undefined,
      tags: tagLinksOf(site, source?.frontMatter.tags ?? []),
      image: page.image,
      imageAlt: page.imageAlt,
      author: source?.kind === 'post' && author ? { name: author.name, url: author.url } : undefined,
      wordCount: source?.rendered.wordCount,
      readingMinutes: source ? Math.max(1, Math.round(source.rendered.wordCount / wordsPerMinute)) : undefined,
      toc: source?.rendered.toc ?? [],
    },
    title: composeTitle(page, config.title, config.titleTemplate),
    content: page.content ?? '',
    head: head.map(serializeHeadElement).join('\n'),
    bodyStart: merged.bodyStart.join('\n'),
    bodyEnd: merged.bodyEnd.join('\n'),
    slots: {
      beforeContent: merged.beforeContent.join('\n'),
      afterContent: merged.afterContent.join('\n'),
      footer: merged.footer.join('\n'),
    },
    footerLinks: footerLinksWithLang,
    footerLinksLang,
    related: data.related ?? [],
    t,
  }
}

/** Longest `<title>` search results show in full; past it the site name is left off. */
export const maximumTitleLength = 70

/** The document title from the template, or the page title alone when the template would make it too long. */
export function composeTitle(page: Pick<OutputPage, 'kind' | 'url' | 'title'>, siteTitle: string, template: string): string {
  if (page.kind === 'home' && page.url === '/') return siteTitle
  const composed = template.replace('%s', page.title).replace('{site}', siteTitle)
  return composed.length > maximumTitleLength ? page.title : composed
}

