import { stringify } from 'yaml'

/** The order nichepress front matter keys are written in; other keys follow, sorted. */
export const frontMatterKeyOrder = [
  'title',
  'seoTitle',
  'description',
  'date',
  'updated',
  'slug',
  'draft',
  'author',
  'lang',
  'translationKey',
  'categories',
  'tags',
  'keywords',
  'focusKeyword',
  'image',
  'imageAlt',
  'noindex',
  'aliases',
] as const

/** Writes a Markdown file: YAML front matter in a fixed key order, then the body, ending in one newline. */
export function writeMarkdownFile(frontMatter: Readonly<Record<string, unknown>>, body: string): string {
  const known = new Set<string>(frontMatterKeyOrder)
  const ordered: Record<string, unknown> = {}
  for (const key of frontMatterKeyOrder) if (isPresent(frontMatter[key])) ordered[key] = frontMatter[key]
  for (const key of Object.keys(frontMatter).sort()) if (!known.has(key) && isPresent(frontMatter[key])) ordered[key] = frontMatter[key]
  const yaml = stringify(ordered, { lineWidth: 0, sortMapEntries: false })
  const trimmed = body.replace(/^\n+/, '').replace(/\s+$/, '')
  return `---\n${yaml}---\n\n${trimmed}${trimmed === '' ? '' : '\n'}`
}

function isPresent(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false
  return !Array.isArray(value) || value.length > 0
}
