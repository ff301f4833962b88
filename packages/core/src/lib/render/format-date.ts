const defaultLocales = { de: 'de-DE', en: 'en-GB' } as const
const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * "12. März 2026" / "12 March 2026" from an ISO date; the time part, if any, is ignored. `lang`, the
 * page's canonical BCP 47 tag, picks the regional German where it names a region: `de-AT` (and
 * South Tyrol's `de-IT`) write "Jänner" for January, as ICU's data for those locales does.
 * English stays British whatever the region.
 */
export function formatDate(isoDate: string, textLanguage: 'de' | 'en', lang?: string): string {
  const locale = textLanguage === 'de' && lang !== undefined && /^de-(?:[a-z]{4}-)?[A-Z]{2}\b/.test(lang) ? lang : defaultLocales[textLanguage]
  let formatter = formatters.get(locale)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
    formatters.set(locale, formatter)
  }
  return formatter.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`))
}
