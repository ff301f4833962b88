import type { Element, Root } from 'hast'
import type { Service } from './service.js'

// A vendor's snippet is its loader plus a call of its API (`paypal.Buttons().render(…)`,
// `Tally.loadEmbeds()`, `plausible.init()`) that names no host: the call belongs to the loader beside it.

// At most this many elements between the call and its loader: the snippet's container, form or iframe.
const snippetMarkup = 3

/** A gated service, or `free`: a consent-free service or an allowed host, whose script runs as written. */
export type ScriptOwner = Service | 'free'

/** The owner of the third-party script right before or after `node` among its siblings; else undefined. */
export function loaderBeside(node: Element, parents: ReadonlyMap<Element, Element | Root>, scriptOwners: ReadonlyMap<Element, ScriptOwner>): ScriptOwner | undefined {
  const elements = (parents.get(node)?.children ?? []).filter((child): child is Element => child.type === 'element')
  const index = elements.indexOf(node)
  for (const step of [-1, 1]) {
    for (let at = index + step, between = 0; at >= 0 && at < elements.length && between <= snippetMarkup; at += step, between++) {
      const sibling = elements[at]
      if (sibling?.tagName !== 'script') continue
      const owner = scriptOwners.get(sibling)
      if (owner) return owner
      break
    }
  }
  return undefined
}
