import type { HeadElement } from '../plugin.js'

const escapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML text and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character)
}

/** Serialises a head element; attribute values are escaped, script text is checked, never trusted. */
export function serializeHeadElement(element: HeadElement): string {
  const attributes = Object.entries(element.attributes)
    .filter(([, value]) => value !== false)
    .map(([name, value]) => {
      if (!/^[a-z][a-z0-9:-]*$/i.test(name)) throw new Error(`invalid attribute name ${name}`)
      return value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`
    })
    .join('')
  if (element.tag !== 'script') return `<${element.tag}${attributes}>`
  const text = element.text ?? ''
  if (/<\/script|<!--/i.test(text)) throw new Error('script text must not contain "</script" or "<!--"; serialise JSON with `<` as \\u003c')
  return `<script${attributes}>${text}</script>`
}
