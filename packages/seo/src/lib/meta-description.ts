/** Longest meta description written; search engines cut longer ones (Yoast and Rank Math use ~155). */
export const metaDescriptionMaxLength = 155

/**
 * Collapses white space and cuts `text` at a word boundary so the result, with its `…`, has at most
 * `maxLength` characters. Text that fits is returned whole.
 */
export function metaDescription(text: string, maxLength: number = metaDescriptionMaxLength): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  const characters = [...clean]
  if (characters.length <= maxLength) return clean
  const room = characters.slice(0, maxLength).join('')
  const boundary = room.lastIndexOf(' ')
  const cut = (boundary > maxLength / 2 ? room.slice(0, boundary) : [...room].slice(0, maxLength - 1).join('')).replace(/(?<![\s,;:.–—-])[\s,;:.–—-]+$/u, '')
  return `${cut}…`
}
