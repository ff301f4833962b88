import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { planBlocking, type BlockingContext, type ConsentFacts } from './plan-blocking.js'
import { defaultTexts, privacyPolicyPaths, type ConsentTexts } from './texts.js'

/** Options of `rehypeConsentBlocking`: the site's extra services, its own host, texts by language. */
export interface RehypeConsentBlockingOptions {
  customServices?: BlockingContext['customServices']
  allow?: BlockingContext['allow']
  allowContentScripts?: boolean
  siteHost?: string | undefined
  texts?: Partial<Record<'de' | 'en', ConsentTexts>>
}

/**
 * rehype plugin: blocks every registry tracker and embed in the tree until consent and leaves
 * `{ services, unknownThirdParties }` on `file.data.facts.consent`.
 */
export function rehypeConsentBlocking(options: RehypeConsentBlockingOptions = {}) {
  return (tree: Root, file: VFile) => {
    const lang = file.data.textLanguage ?? 'de'
    const context: BlockingContext = {
      customServices: options.customServices ?? [],
      siteHost: options.siteHost,
      texts: options.texts?.[lang] ?? defaultTexts[lang],
      privacyPolicyPath: privacyPolicyPaths[lang],
      allow: options.allow ?? [],
      content: true,
      allowContentScripts: options.allowContentScripts ?? false,
    }
    const { edits, facts } = planBlocking(tree, context)
    applyEdits(tree, edits)
    const known: Record<string, unknown> = file.data.facts ?? {}
    const consentFacts: ConsentFacts = facts
    file.data.facts = { ...known, consent: consentFacts }
  }
}

/** Replaces each planned node in place. */
export function applyEdits(tree: Root, edits: ReadonlyArray<{ node: Element; replacement: Element['children'] }>): void {
  const byNode = new Map(edits.map((edit) => [edit.node, edit.replacement]))
  if (byNode.size === 0) return
  visit(tree, 'element', (node: Element, index, parent) => {
    const replacement = byNode.get(node)
    if (!replacement || !parent || index === undefined) return undefined
    parent.children.splice(index, 1, ...replacement)
    return index + replacement.length
  })
}
