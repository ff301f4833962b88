/** Front matter keys nichepress reads (core and feature plugins). */
export const knownFrontMatterKeys = [
  'title', 'description', 'date', 'updated', 'slug', 'tags', 'categories', 'draft', 'noindex', 'image', 'imageAlt',
  'author', 'lang', 'layout', 'aliases', 'translationKey', 'keywords', 'focusKeyword',
] as const

// Keys themes use for data of their own that are one letter from a nichepress key: `long` (with
// `lat`, a map position: codefor.de's 36 lab pages) is no misspelt `lang`.
const themeKeys = new Set(['long', 'lng', 'lat', 'data'])

/**
 * The known key `key` is most likely a misspelling of (at most two edits away, ignoring case),
 * or undefined when it is a known key or close to none.
 */
export function suggestKey(key: string, known: readonly string[] = knownFrontMatterKeys): string | undefined {
  if (known.includes(key) || key.length < 4 || themeKeys.has(key.toLowerCase())) return undefined
  let best: { key: string; distance: number } | undefined
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase())
    if (distance <= 2 && distance < candidate.length / 2 && (!best || distance < best.distance)) best = { key: candidate, distance }
  }
  return best?.key
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[]
      const previous = rows[i - 1] as number[]
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (rows[i - 2]?.[j - 2] as number) + 1)
      row[j] = value
    }
  }
  return rows[a.length]?.[b.length] ?? 0
}
