import type { Root as HastRoot } from 'hast'
import { partLanguage, type TextLanguage } from '../content/language.js'
import rehypeRaw from 'rehype-raw'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import { unified, type PluggableList } from 'unified'
import { VFile } from 'vfile'
import type { FrontMatter } from '../content/front-matter-schema.js'
import type { RenderedContent } from '../content/page.js'
import { collectFacts } from './collect-facts.js'
import { guardContentHtml, guardParsedAgain, rememberAuthoredElements } from './guard-content-html.js'
import { chooseMarkdownParser, markdownParser, type MarkdownParserChoice } from './markdown-parser.js'
import { resolveLinks } from './resolve-links.js'
import type { UnsafeHtmlOptions } from './unsafe-html.js'
import { contains, eachElement } from './walk.js'

/** What the renderer needs of a page; plain data so it crosses thread boundaries. */
export interface RenderInput {
  relativePath: string
  body: string
  bodyLine: number
  frontMatter: FrontMatter
  url: string
  /** Content language (BCP 47). */
  lang: string
  /** The language of nichepress's own texts on the page. */
  textLanguage: TextLanguage
}

/** Per-page facts every plugin can read on `file.data`, and where plugins leave what they learn. */
declare module 'vfile' {
  interface DataMap {
    /** Site-relative path of the Markdown file. */
    relativePath: string
    frontMatter: FrontMatter
    url: string
    /** The page's content language, a canonical BCP 47 tag (`de`, `en-GB`, `ja`). */
    lang: string
    /** The language of nichepress's own texts on the page (footnote labels, disclosures, placeholders). */
    textLanguage: TextLanguage
    /** What plugins learned, by plugin name; must be JSON-serialisable (it is cached). */
    facts: Record<string, unknown>
    /** Filled by core: internal links, headings, excerpt, word count. */
    rendered: Omit<RenderedContent, 'html' | 'facts' | 'unsafeHtml'>
    /** Set when the Markdown holds raw HTML (re-parsed by rehype-raw). */
    hasRawHtml: boolean
  }
}

/** Plugins to add to the pipeline, as collected from every nichepress plugin's hooks. */
export interface RendererPlugins {
  remarkPlugins: PluggableList
  rehypePlugins: PluggableList
}

/** A render function and the Markdown parser it uses. */
export interface MarkdownRenderer {
  (input: RenderInput): RenderedContent
  parser: MarkdownParserChoice
}

/** How to render: the Markdown parser (default: chosen for the plugins) and what content HTML may do (default: no scripts of its own). */
export interface MarkdownRendererOptions {
  parser?: MarkdownParserChoice
  /** Let executable first-party `<script>` elements in content through (the config allows content scripts); default false. */
  allowScripts?: boolean
  /** The site's host, which tells first-party scripts from third parties' (see `removeUnsafeHtml`). */
  siteHost?: string | undefined
}

/**
 * Builds the one unified processor (Markdown parser → plugins → remark-rehype → rehype-raw →
 * heading ids → link resolution → plugins → unsafe HTML removed → stringify, parsed again as the
 * browser will) and returns a render function. The parser is satteri, or remark-parse +
 * remark-gfm where that cannot be used (see markdown-parser.ts).
 */
export function createMarkdownRenderer(plugins: RendererPlugins, options: MarkdownRendererOptions = {}): MarkdownRenderer {
  const parser = options.parser ?? chooseMarkdownParser(plugins.remarkPlugins)
  const guard: UnsafeHtmlOptions = { allowScripts: options.allowScripts ?? false, siteHost: options.siteHost }
  const processor = createProcessor(plugins, parser, guard)
  const render = (input: RenderInput): RenderedContent => {
    // Leading newlines keep every position in the file's own line numbers.
    const file = new VFile({ path: input.relativePath, value: '\n'.repeat(input.bodyLine - 1) + input.body })
    file.data.relativePath = input.relativePath
    file.data.frontMatter = input.frontMatter
    file.data.url = input.url
    file.data.lang = input.lang
    file.data.textLanguage = input.textLanguage
    file.data.facts = {}
    const tree = processor.runSync(processor.parse(file), file)
    const serialized = processor.stringify(tree, file)
    const rendered = file.data.rendered
    if (!rendered) throw new Error('collectFacts did not run')
    // Markdown alone makes well-formed HTML; only raw HTML can read differently once parsed again.
    const again = file.data.hasRawHtml ? guardParsedAgain(tree, serialized, (root) => processor.stringify(root), guard, file) : { html: serialized, found: [] }
    return { html: again.html, ...rendered, facts: file.data.facts, unsafeHtml: [...(file.data.unsafeHtml ?? []), ...again.found] }
  }
  return Object.assign(render, { parser })
}

function createProcessor(plugins: RendererPlugins, parser: MarkdownParserChoice, guard: UnsafeHtmlOptions) {
  return unified()
    .use(markdownParser, parser)
    .use(plugins.remarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(localizeFootnotes)
    .use(rehypeRawWhenNeeded)
    .use(rehypeSlug)
    .use(startIdsWithLetter)
    .use(resolveLinks)
    .use(rememberAuthoredElements)
    .use(plugins.rehypePlugins)
    .use(guardContentHtml, guard)
    .use(collectFacts)
    .use(rehypeStringify)
    .freeze()
}

const footnoteWords = {
  de: { label: 'Fußnoten', back: (reference: string) => `Zurück zum Verweis ${reference}` },
  en: { label: 'Footnotes', back: (reference: string) => `Back to reference ${reference}` },
} as const

// remark-rehype writes the footnote section's heading ("Footnotes", class sr-only: visually hidden,
// read by screen readers) and the back links' labels in English; say them in the page's text language,
// with `lang` where the page's content is in another one (WCAG 3.1.2: a French post of a German site).
function localizeFootnotes() {
  return (tree: HastRoot, file: VFile) => {
    const textLanguage = file.data.textLanguage === 'en' ? 'en' : 'de'
    const words = footnoteWords[textLanguage]
    const lang = partLanguage(textLanguage, file.data.lang ?? textLanguage)
    eachElement(tree, (node) => {
      if (node.tagName === 'h2' && node.properties.id === 'footnote-label') {
        node.children = [{ type: 'text', value: words.label }]
        if (lang) node.properties.lang = lang
      }
      if (node.tagName === 'a' && node.properties.dataFootnoteBackref !== undefined) {
        const label = node.properties.ariaLabel
        const reference = typeof label === 'string' ? /(?<!\d)(\d+(?:-\d+)?)$/.exec(label)?.[1] : undefined
        if (reference !== undefined) node.properties.ariaLabel = words.back(reference)
        if (lang) node.properties.lang = lang
      }
    })
  }
}

// Headings like "1. Brennstoff" get ids like "1-brennstoff"; valid in HTML5, but selectors and
// validators (html-validate's valid-id) want ids to start with a letter. A combining mark left in an
// id is dropped too: a Turkish "İndir" lower-cases to "i" + U+0307 ("i̇ndir", ruby-lang.org's Turkish
// news), which no precomposed letter absorbs. An id that would then repeat another gets a number.
// "NP Bayerischer Wald" would get "np-…", the namespace of nichepress's own elements (see
// removeUnsafeHtml): "h-np-…" instead.
function startIdsWithLetter() {
  return (tree: HastRoot) => {
    const ids = new Set<string>()
    eachElement(tree, (node) => {
      const id = node.properties.id
      if (typeof id === 'string') ids.add(id)
    })
    eachElement(tree, (node) => {
      const id = node.properties.id
      if (typeof id !== 'string' || !/^h[1-6]$/.test(node.tagName)) return
      let fixed = id.normalize('NFC').replace(/\p{M}/gu, '')
      if (!/^\p{L}/u.test(fixed) || /^np-/i.test(fixed)) fixed = `h-${fixed}`
      if (fixed === id) return
      let unique = fixed
      for (let count = 1; ids.has(unique); count++) unique = `${fixed}-${count}`
      ids.add(unique)
      node.properties.id = unique
    })
  }
}

// rehype-raw re-parses the whole tree with parse5; only pages with raw HTML need that.
function rehypeRawWhenNeeded() {
  const raw = rehypeRaw()
  return (tree: HastRoot, file: VFile) => {
    file.data.hasRawHtml = contains(tree, 'raw')
    return file.data.hasRawHtml ? raw(tree, file) : tree
  }
}
