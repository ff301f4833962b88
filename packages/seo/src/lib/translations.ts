import type { Page, Site } from '@nichepress/core'

/** A language version of a page. */
export interface Translation {
  /** Content language, a canonical BCP 47 tag (the hreflang value). */
  lang: string
  url: string
}

/** Groups indexable content pages by front matter `translationKey`, each group sorted by language. */
export function groupTranslations(site: Site): ReadonlyMap<string, readonly Translation[]> {
  const groups = new Map<string, Translation[]>()
  for (const page of site.contentPages) {
    const key = page.frontMatter.translationKey
    if (key === undefined || !isIndexable(page)) continue
    groups.set(key, [...(groups.get(key) ?? []), { lang: page.lang, url: page.url }])
  }
  for (const group of groups.values()) group.sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : a.url < b.url ? -1 : 1))
  return groups
}

/** The language versions of `page` (itself included), or none when it has no translation. */
export function translationsOf(page: Page | undefined, groups: ReadonlyMap<string, readonly Translation[]>): readonly Translation[] {
  const key = page?.frontMatter.translationKey
  const group = key === undefined ? undefined : groups.get(key)
  return group && group.length > 1 ? group : []
}

function isIndexable(page: Page): boolean {
  return !page.frontMatter.noindex && !page.frontMatter.draft
}
