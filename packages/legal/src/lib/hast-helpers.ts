import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import type { PostalAddress } from './legal-config-schema.js'

/** A `raw` node; only `emailLink` makes one, from fully entity-encoded text. */
interface Raw {
  type: 'raw'
  value: string
}

/** Serialises a legal page's tree; `raw` is allowed only because `emailLink` is its one source. */
export function serializeLegalTree(tree: Root): string {
  return toHtml(tree, { allowDangerousHtml: true })
}

/** Every character as a hexadecimal character reference, so `&`, `<` and `"` can never escape. */
export function encodeAllCharacters(value: string): string {
  return [...value].map((character) => `&#x${(character.codePointAt(0) ?? 0).toString(16)};`).join('')
}

/**
 * A working `mailto:` link whose href and text are written entirely as character references:
 * browsers decode them, naive harvesters that grep the HTML for `@` or `mailto:` do not. No JavaScript.
 */
export function emailLink(email: string): Element {
  const raw: Raw = { type: 'raw', value: `<a href="${encodeAllCharacters(`mailto:${email}`)}">${encodeAllCharacters(email)}</a>` }
  // hast-util-to-html prints raw nodes as they are when allowDangerousHtml is set.
  return h('span', { className: ['np-email'] }, [raw as unknown as ElementContent])
}

/** Display names of countries in the page language, from Node's ICU data. */
export function countryName(code: string, lang: string): string {
  return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code
}

/** The lines of a postal address (street, postal code and city, country), to pass to `joinLines`. */
export function addressLines(address: PostalAddress, lang: string): string[] {
  return [address.street, `${address.postalCode} ${address.city}`, countryName(address.country, lang)]
}

/** Text lines joined with `<br>`. */
export function joinLines(lines: readonly (string | ElementContent)[]): ElementContent[] {
  return lines.flatMap((line, index) => {
    const node: ElementContent = typeof line === 'string' ? { type: 'text', value: line } : line
    return index === 0 ? [node] : [h('br'), node]
  })
}

/** A `<section>` with a stable id and an `<h2>` heading. */
export function section(id: string, heading: string, children: readonly ElementContent[]): Element {
  return h('section', { id, ariaLabelledby: `${id}-heading` }, [h('h2', { id: `${id}-heading` }, heading), ...children])
}

/** An external link that opens in place and sends no referrer. */
export function externalLink(url: string, text?: string): Element {
  return h('a', { href: url, rel: ['noopener', 'noreferrer'] }, text ?? url)
}
