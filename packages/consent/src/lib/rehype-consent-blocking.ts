import { partLanguage, type TextLanguage } from '@nichepress/core'
import type { Element, Root } from 'hast'
import type { VFile } from 'vfile'
import { planBlocking, type BlockingContext, type ConsentFacts } from './plan-blocking.js'
import { consentLanguageOf, defaultTexts, legalLanguageFor, privacyPolicyPaths, type ConsentTexts } from './texts.js'

/** Options of `rehypeConsentBlocking`: the site's extra services, its own host, texts by language. */
export interface RehypeConsentBlockingOptions {
  customServices?: BlockingContext['customServices']
  allow?: BlockingContext['allow']
  allowContentScripts?: boolean
  siteHost?: string | undefined
  /** Texts by language code (default: the built-in ones); a page gets those of its language, else its text language's. */
  texts?: Readonly<Record<string, ConsentTexts>>
  /** The language the legal pages were made in (the site's text language); default: the page's text language. */
  legalLanguage?: TextLanguage
  /** `consent.enabled: false`: every third party that would wait for consent is a problem (see `BlockingContext`). */
  consentOff?: boolean
}

/**
 * rehype plugin: blocks every registry tracker and embed in the tree until consent and leaves
 * `{ services, unknownThirdParties }` on `file.data.facts.consent`.
 */
export function rehypeConsentBlocking(options: RehypeConsentBlockingOptions = {}) {
  return (tree: Root, file: VFile) => {
    const textLanguage = file.data.textLanguage ?? 'de'
    const texts: Readonly<Record<string, ConsentTexts>> = options.texts ?? defaultTexts
    const pageLang = file.data.lang ?? textLanguage
    const lang = consentLanguageOf(pageLang, textLanguage, new Set(Object.keys(texts)))
    const context: BlockingContext = {
      customServices: options.customServices ?? [],
      siteHost: options.siteHost,
      texts: texts[lang] ?? defaultTexts[textLanguage],
      lang: partLanguage(lang, pageLang),
      privacyPolicyPath: privacyPolicyPaths[options.legalLanguage ?? textLanguage],
      privacyPolicyLang: legalLanguageFor(lang, options.legalLanguage ?? textLanguage),
      allow: options.allow ?? [],
      content: true,
      allowContentScripts: options.allowContentScripts ?? false,
      consentOff: options.consentOff ?? false,
    }
    const { edits, facts } = planBlocking(tree, context)
    applyEdits(tree, edits)
    const known: Record<string, unknown> = file.data.facts ?? {}
    const consentFacts: ConsentFacts = facts
    file.data.facts = { ...known, consent: consentFacts }
  }
}

/** Replaces each planned node in place (also inside a declarative shadow root's template content). */
export function applyEdits(tree: Root, edits: ReadonlyArray<{ node: Element; replacement: Element['children'] }>): void {
  const byNode = new Map(edits.map((edit) => [edit.node, edit.replacement]))
  if (byNode.size === 0) return
  const walk = (parent: Root | Element) => {
    const children: Array<Root['children'][number]> = []
    for (const child of parent.children) {
      const replacement = child.type === 'element' ? byNode.get(child) : undefined
      if (replacement) {
        children.push(...replacement)
        continue
      }
      if (child.type === 'element') {
        walk(child)
        if (child.content) walk(child.content)
      }
      children.push(child)
    }
    parent.children = children as typeof parent.children
  }
  walk(tree)
}
